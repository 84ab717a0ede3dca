/**
 * When a service counts as unverified ("stale"): its provider has not confirmed it for more than
 * the region's period (HSDS `assured_date`, a calendar date in UTC). One rule for the editor's
 * flags, the reminders, the LIP's counts and the newcomer's page.
 */
import type { Service } from '../schema/directory.ts';
import { isListed } from '../directory/service-facts.ts';

export const DEFAULT_STALE_AFTER_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The earliest `assured_date` still fresh at `now`: a date before it is older than the period. */
export function freshSince(now: Date, staleAfterDays: number): string {
  return new Date(now.getTime() - staleAfterDays * DAY_MS).toISOString().slice(0, 10);
}

/** Never verified, or verified before `freshSince`. Dates are `YYYY-MM-DD`, so text order is date order. */
export function isStaleDate(assuredDate: string | null | undefined, since: string): boolean {
  return !assuredDate || assuredDate < since;
}

/** A service newcomers can see that nobody confirmed within the period. Withdrawn services are never flagged: nobody sees them. */
export function isStaleService(service: Service, since: string): boolean {
  return isListed(service) && isStaleDate(service.assured_date, since);
}
