import { useTranslation } from '../../i18n/use-translation.ts';
import { NO_ANSWER, type ApiFailure } from '../staff/staff-api.ts';

/** A view that could not load, in plain words; offline and server trouble can be tried again. */
export function ViewProblem({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const text = failure.status === NO_ANSWER ? t('dashboard.offline') : failure.status === 403 ? t('dashboard.notForRole') : t('dashboard.problem');
  return (
    <div class="notice notice-error" role="alert">
      <p>{text}</p>
      {failure.status !== 403 && <button type="button" class="button" onClick={onRetry}>{t('dashboard.retry')}</button>}
    </div>
  );
}
