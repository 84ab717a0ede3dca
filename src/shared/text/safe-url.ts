/**
 * A website from a listing as a link that is safe to open: only http(s), so an imported
 * `javascript:` address can never run; a bare "www.example.org" gets its https:// back.
 */
export function safeWebUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
