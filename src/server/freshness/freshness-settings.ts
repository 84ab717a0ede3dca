/** How long a verification holds, and how often an organization is reminded (STALE_AFTER_DAYS, REMINDER_INTERVAL_DAYS). */
import { DEFAULT_STALE_AFTER_DAYS } from '../../shared/listings/service-freshness.ts';

export interface FreshnessSettings {
  /** A listed service unconfirmed for more days than this is flagged. */
  staleAfterDays: number;
  /** An organization gets at most one reminder e-mail in this many days. */
  reminderIntervalDays: number;
}

export const DEFAULT_REMINDER_INTERVAL_DAYS = 30;

export const defaultFreshnessSettings: FreshnessSettings = {
  staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
  reminderIntervalDays: DEFAULT_REMINDER_INTERVAL_DAYS,
};
