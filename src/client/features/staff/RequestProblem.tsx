import { useTranslation } from '../../i18n/use-translation.ts';
import { NO_ANSWER, type ApiFailure } from './staff-api.ts';

/** A failure in the reader's language; the server's own sentence only where no better one exists. */
export function problemText(failure: ApiFailure, t: ReturnType<typeof useTranslation>['t']): string {
  if (failure.status === NO_ANSWER) return t('staff.problem.offline');
  if (failure.status === 403) return t('staff.problem.forbidden');
  if (failure.status === 404) return t('staff.problem.notFound');
  if (failure.status === 429) return t('staff.problem.throttled');
  if (failure.status >= 500) return t('staff.problem.server');
  return failure.error || t('staff.problem.server');
}

/** A page that could not load what it shows: what went wrong, and a way to try again when that can help. */
export function RequestProblem({ failure, onRetry }: { failure: ApiFailure; onRetry?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const mayRetry = onRetry && (failure.status === NO_ANSWER || failure.status >= 500);
  return (
    <div class="notice notice-error staff-notice" role="alert">
      <p>{problemText(failure, t)}</p>
      {mayRetry && <button type="button" class="button" onClick={onRetry}>{t('app.retry')}</button>}
    </div>
  );
}
