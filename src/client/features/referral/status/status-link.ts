/**
 * The private status link keeps its token in the fragment (`/status#token=…`): browsers never
 * send a fragment to the server, so the token stays out of access logs and Referer headers.
 */
export const statusHref = (token: string): string => `/status#token=${encodeURIComponent(token)}`;

export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token?.trim() || null;
}
