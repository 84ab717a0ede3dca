import { useEffect, useState } from 'preact/hooks';
import { loadStringPack } from '../../i18n/i18n.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { StaffRole } from '../staff/signed-in-account.ts';

/**
 * The way to the dashboard, for coordinators and administrators only. Its word lives in the
 * dashboard's pack, fetched here (it is small) so staff pages need not carry it.
 */
export function DashboardLink({ role, class: className }: { role: StaffRole; class?: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const allowed = role !== 'staff';
  useEffect(() => {
    if (allowed) void loadStringPack('dashboard').then(() => setReady(true), () => undefined);
  }, [allowed]);
  if (!allowed || !ready) return null;
  return <a class={className} href="/dashboard">{t('dashboard.link')}</a>;
}
