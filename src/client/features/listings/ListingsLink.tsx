import { useEffect, useState } from 'preact/hooks';
import { loadStringPack } from '../../i18n/i18n.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** The way to the listing editor in the header; its word lives in the listings pack, fetched here (it is small). */
export function ListingsLink() {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  useEffect(() => void loadStringPack('listings').then(() => setReady(true), () => undefined), []);
  return ready ? <a href="/listings">{t('listings.link')}</a> : null;
}
