/** What a failed action on a referral tells the reader, and whether the page must reload the referral. */
import type { useTranslation } from '../../i18n/use-translation.ts';
import type { ApiFailure } from './staff-api.ts';
import { problemText } from './RequestProblem.tsx';

export interface ActionProblem {
  message: string;
  /** Someone else changed the referral meanwhile: what is on screen is out of date. */
  stale: boolean;
}

export function actionProblem(failure: ApiFailure, t: ReturnType<typeof useTranslation>['t']): ActionProblem {
  if (failure.status === 409) return { message: t('staff.actions.stale'), stale: true };
  if (failure.status === 400) return { message: failure.error || t('staff.problem.server'), stale: false };
  return { message: problemText(failure, t), stale: false };
}
