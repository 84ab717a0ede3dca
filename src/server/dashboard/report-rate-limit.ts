/**
 * How often one network address may report search counts. Kept in memory only: addresses are
 * never stored. A phone reports a few times a day; a flood from one address is refused with 429
 * until its window ends. (Behind a reverse proxy, TRUST_PROXY must be set, or every phone shares
 * the proxy's address.)
 */
export interface ReportRateLimit {
  /** Counts a report from the address; the seconds to wait when it is one too many, else null. */
  admit(address: string): number | null;
}

export function reportRateLimit({ maxReports = 20, windowMs = 60 * 60_000, maxAddresses = 100_000, now = () => Date.now() } = {}): ReportRateLimit {
  const windows = new Map<string, { startedAt: number; reports: number }>();
  return {
    admit(address) {
      const time = now();
      let window = windows.get(address);
      if (!window || time - window.startedAt >= windowMs) {
        // A map that keeps growing is forgotten whole, rather than let it take the server's memory.
        if (!window && windows.size >= maxAddresses) windows.clear();
        window = { startedAt: time, reports: 0 };
        windows.set(address, window);
      }
      if (window.reports >= maxReports) return Math.ceil((window.startedAt + windowMs - time) / 1000);
      window.reports += 1;
      return null;
    },
  };
}
