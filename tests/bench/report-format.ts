/** Text formatting of the benchmark report: aligned columns and target verdicts. */

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const milliseconds = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
export const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const percent = (fraction: number) => `${(fraction * 100).toFixed(0)}%`;
export const count = (value: number) => value.toLocaleString('en');

export function verdict(passes: boolean): string {
  return passes ? 'PASS' : 'MISS';
}
