import { useEffect, useState } from 'preact/hooks';
import { loadStringPack } from '../../i18n/i18n.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { StaffRole } from '../staff/signed-in-account.ts';

/** The way to the HSDS exchange, for coordinators and administrators; its word is in the exchange pack. */
export function ExchangeLink({ role }: { role: StaffRole }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const allowed = role !== 'staff';
  useEffect(() => {
    if (allowed) void loadStringPack('exchange').then(() => setReady(true), () => undefined);
  }, [allowed]);
  if (!allowed || !ready) return null;
  return <a href="/exchange">{t('exchange.link')}</a>;
}
