/** Why a listing page cannot show: not this account's organization, no such listing, no connection. */
import { useTranslation } from '../../i18n/use-translation.ts';
import { NO_ANSWER, type ListingFailure } from './listing-api.ts';

export function ListingRefusal({ failure, onRetry }: { failure: ListingFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    failure.status === 403
      ? t('listings.refusal.forbidden')
      : failure.status === 404
        ? t('listings.refusal.notFound')
        : failure.status === NO_ANSWER
          ? t('listings.refusal.offline')
          : failure.status === 401
            ? t('listings.save.signedOut')
            : t('listings.refusal.failed');
  const mayRetry = failure.status === NO_ANSWER || failure.status >= 500;
  return (
    <div class="notice notice-error staff-notice" role="alert">
      <p>{text}</p>
      {mayRetry && <button type="button" class="button" onClick={onRetry}>{t('app.retry')}</button>}
      <p><a href="/listings">{t('listings.editor.allListings')}</a></p>
    </div>
  );
}
