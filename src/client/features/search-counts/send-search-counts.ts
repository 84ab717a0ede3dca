/**
 * Sends the whole past days' counts, at most once a day, to the region they were made in. No
 * cookie goes with them (nothing ties a report to a session), and nothing comes back but 202.
 * Every failure is silent: a newcomer never sees this.
 */
import { utcDay } from './daily-counts.ts';
import { planReport, reportOutcome } from './search-count-report.ts';
import { readStoredCounts, updateStoredCounts } from './search-count-storage.ts';
import { afterReport, reportIsDue, withoutDays } from './stored-counts.ts';

/** One sender across tabs: two tabs opening at once would otherwise count the same days twice. */
const SENDER_LOCK = 'guichet-search-counts';

const reportUrl = (region: string) => `/api/regions/${encodeURIComponent(region)}/search-counts`;

async function sendOnce(): Promise<void> {
  const today = utcDay(new Date());
  const stored = readStoredCounts();
  if (!stored || !reportIsDue(stored, today)) return;
  const { built, unsendable } = planReport(stored.days, today);
  if (!built) {
    if (unsendable.length > 0) updateStoredCounts((current) => withoutDays(current ?? stored, unsendable));
    return;
  }
  let status: number;
  try {
    const response = await fetch(reportUrl(stored.region), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(built.report),
      credentials: 'omit',
      cache: 'no-store',
    });
    status = response.status;
  } catch {
    return; // No network after all: the days wait for the next start or the `online` event.
  }
  // Only past days were sent: today's searches, counted meanwhile, are untouched.
  const outcome = reportOutcome(status);
  updateStoredCounts((current) => (current && current.region !== stored.region ? current : afterReport(current ?? stored, today, outcome, built.sent, unsendable)));
}

export async function sendDueSearchCounts(): Promise<void> {
  if (!navigator.locks) return sendOnce();
  // Another tab already sending: it sends these days too.
  await navigator.locks.request(SENDER_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await sendOnce();
  });
}
