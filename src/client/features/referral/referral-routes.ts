/**
 * What the app shell carries of the referral feature: its pages, each a chunk of its own so
 * the home page's first load does not grow, and the start-up send of requests left waiting.
 */
import { lazyPage } from '../../app/lazy-page.ts';
import { hasMadeRequests } from './request-activity.ts';

export const NewcomerReferralPage = lazyPage('referral', () => import('./NewcomerReferralPage.tsx').then((module) => module.NewcomerReferralPage));
export const MyRequestsPage = lazyPage('referral', () => import('./requests/RequestsPage.tsx').then((module) => module.RequestsPage));
export const ReferralStatusPage = lazyPage('referral', () => import('./status/StatusPage.tsx').then((module) => module.StatusPage));
export const AgencyReferralPage = lazyPage('referral', () => import('./agency/AgencyReferralPage.tsx').then((module) => module.AgencyReferralPage));

/**
 * Requests saved offline go out when the app starts and when the connection returns (the
 * service worker's Background Sync does it too where the browser has it).
 */
export function resumeReferralOutbox(): void {
  if (hasMadeRequests.value) void import('./outbox-client.ts').then((outbox) => outbox.resumeOutbox());
}
