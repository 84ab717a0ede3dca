/**
 * What the app shell carries of the feedback feature: the providers' reports page as a lazy
 * chunk, and the start-up send of reports left waiting on this phone.
 */
import type { ComponentType } from 'preact';
import { lazyPage } from '../../app/lazy-page.ts';
import { loadStringPack } from '../../i18n/i18n.ts';
import { hasQueuedFeedback } from './feedback-activity.ts';

// The page uses the staff pages' shared parts (sign-in, notices), so both packs come.
export const FeedbackReportsPage = lazyPage('feedback', () =>
  Promise.all([import('./provider/ReportsPage.tsx'), loadStringPack('staff')]).then(([module]) => module.ReportsPage as ComponentType),
);

/** Reports saved offline go out when the app starts, on devices that ever queued one. */
export function resumeFeedbackOutbox(): void {
  if (hasQueuedFeedback()) void import('./feedback-client.ts').then((client) => client.resumeFeedbackOutbox());
}
