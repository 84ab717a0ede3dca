/**
 * The project's icon sprite: one 24×24 SVG path per category icon, drawn inline by the list and
 * the map alike, so icons cost no request and work offline.
 */
const paths: Record<string, string> = {
  compass: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm3.5 6.5-2 5-5 2 2-5 5-2Z',
  shelter: 'M3 20h18L12 4 3 20Zm9-10 4 8H8l4-8Z',
  clipboard: 'M8 3h8v3H8zM6 5h2v2h8V5h2v16H6V5Zm3 6h6v2H9v-2Zm0 4h6v2H9v-2Z',
  book: 'M4 4h7a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4V4Zm16 0h-5a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h5V4Z',
  'briefcase-book': 'M9 4h6v2h5v13H4V6h5V4Zm2 2h2V5h-2v1Zm-3 5v6h3a1 1 0 0 1 1 1 1 1 0 0 1 1-1h3v-6h-8Z',
  briefcase: 'M9 4h6v2h5v13H4V6h5V4Zm2 2h2V5h-2v1ZM4 11h16v1H4z',
  certificate: 'M4 4h16v12H4V4Zm3 3v1h10V7H7Zm0 3v1h6v-1H7Zm9 5 2 5-2-1-2 1 2-5Z',
  house: 'M12 3 2 12h3v8h5v-5h4v5h5v-8h3L12 3Z',
  heart: 'M12 21s-8-5.3-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.7-8 11-8 11Z',
  mind: 'M12 3a7 7 0 0 0-7 7c0 2 1 3.5 2 4.5V21h6v-3h3a2 2 0 0 0 2-2v-3h2l-2-3.5A7 7 0 0 0 12 3Z',
  child: 'M12 2a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm-5 8h10l-2 5v7h-2v-5h-2v5H9v-7l-2-5Z',
  school: 'M12 3 1 9l11 6 9-4.9V17h2V9L12 3ZM5 13.2V17l7 4 7-4v-3.8L12 17l-7-3.8Z',
  scale: 'M11 3h2v2h6l-3 7a3 3 0 0 0 6 0l-3-7M5 5l-3 7a3 3 0 0 0 6 0L5 5m6 0v14H7v2h10v-2h-4V5',
  flag: 'M5 3h2v18H5V3Zm3 1h11l-2 4 2 4H8V4Z',
  speech: 'M4 4h16v11H8l-4 4V4Zm4 4v2h8V8H8Z',
  bus: 'M6 3h12a2 2 0 0 1 2 2v12h-1v2h-3v-2H8v2H5v-2H4V5a2 2 0 0 1 2-2Zm0 3v5h12V6H6Zm1 7a1 1 0 1 0 0 2 1 1 0 0 0 0-2Zm10 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2Z',
  food: 'M7 2h2v7a2 2 0 0 1-1 1.7V22H6V10.7A2 2 0 0 1 5 9V2h2v5h0V2Zm8 0c2 0 3 3 3 6s-1 4-2 4v10h-2V2h1Z',
  coins: 'M9 4a6 6 0 1 1 0 12A6 6 0 0 1 9 4Zm7.5 3.2a6 6 0 1 1-7.3 9.3A7 7 0 0 0 16.5 7.2Z',
  people: 'M8 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6Zm8 1a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5ZM2 19c0-4 3-6 6-6s6 2 6 6H2Zm13 0c0-2-.6-3.6-1.7-4.8A5 5 0 0 1 22 18v1h-7Z',
  faith: 'M12 2 4 9v13h16V9l-8-7Zm-1 8h2v3h3v2h-3v5h-2v-5H8v-2h3v-3Z',
  ballot: 'M4 13h16v8H4v-8Zm3-10h10v9H7V3Zm2 4 2 2 4-4',
  hand: 'M7 11V5a1.5 1.5 0 0 1 3 0v5h1V3.5a1.5 1.5 0 0 1 3 0V10h1V5a1.5 1.5 0 0 1 3 0v9a8 8 0 0 1-8 8 7 7 0 0 1-6-3.5L2 12.5a1.5 1.5 0 0 1 2.5-1.6L7 14v-3Z',
};

export function categoryIconPath(icon: string): string {
  return paths[icon] ?? paths.compass!;
}
