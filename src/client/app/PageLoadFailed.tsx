import { useTranslation } from '../i18n/use-translation.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/**
 * Shown in place of a page whose code or strings could not be fetched (no connection before the app
 * was saved for offline use). A reload is the one way to fetch it again.
 */
export function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading>{t('app.pageLoadFailedTitle')}</PageHeading>
      <p role="alert">{t('app.pageLoadFailed')}</p>
      <button type="button" class="button" onClick={() => location.reload()}>{t('app.retry')}</button>
    </section>
  );
}
