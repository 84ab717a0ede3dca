/** Moments and waits in the reader's language, for the inbox and a referral's history. */
import { intlLocale } from '../../i18n/format.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Mar. 3, 2026, 9:05 a.m.", in the device's time zone: staff read it where they work. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Under a minute, "0 minutes" reads like a fault: callers say "just now" instead. */
export const isJustNow = (since: string, now: Date): boolean => now.getTime() - new Date(since).getTime() < MINUTE;

/**
 * How long from `since` to `now`, in the largest unit that is at least one whole one: "45 minutes",
 * "5 hours", "3 days". Hours run to two days, since "30 hours" says more than "1 day" to a queue.
 */
export function formatWait(since: string, now: Date, language: string): string {
  const elapsed = Math.max(0, now.getTime() - new Date(since).getTime());
  const [unit, size] = elapsed < HOUR ? (['minute', MINUTE] as const) : elapsed < 2 * DAY ? (['hour', HOUR] as const) : (['day', DAY] as const);
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, unitDisplay: 'long' }).format(Math.floor(elapsed / size));
}
