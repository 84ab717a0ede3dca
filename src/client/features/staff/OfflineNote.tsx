import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Staff pages read and change live data: unlike the directory, they do not work offline, and say so. */
export function OfflineNote() {
  const { t } = useTranslation();
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online ? null : <p class="notice notice-offline staff-notice">{t('staff.offline')}</p>;
}
