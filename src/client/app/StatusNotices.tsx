import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import { useTranslation } from '../i18n/use-translation.ts';
import { offlineReady, updateNow, updateReady } from './service-worker.ts';
import { directoryUpdated } from '../directory/directory-store.ts';

const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

/** Connection and app-version notices, announced politely to screen readers. */
export function StatusNotices() {
  const { t } = useTranslation();
  useEffect(() => {
    const update = () => (online.value = navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return (
    <div class="status-notices" role="status" aria-live="polite">
      {!online.value && <p class="notice notice-offline">{t('app.offline')}</p>}
      {updateReady.value && (
        <div class="notice notice-update">
          <p>{t('app.updateAvailable')}</p>
          <button type="button" class="button" onClick={updateNow}>{t('app.updateNow')}</button>
          <button type="button" class="button button-quiet" onClick={() => (updateReady.value = false)}>{t('app.updateLater')}</button>
        </div>
      )}
      {directoryUpdated.value && (
        <div class="notice notice-directory-updated">
          <p>{t('app.directoryUpdated')}</p>
          <button type="button" class="button button-quiet" onClick={() => (directoryUpdated.value = false)}>{t('app.dismiss')}</button>
        </div>
      )}
      {offlineReady.value && !updateReady.value && (
        <div class="notice">
          <p>{t('app.offlineReady')}</p>
          <button type="button" class="button button-quiet" onClick={() => (offlineReady.value = false)}>{t('app.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
