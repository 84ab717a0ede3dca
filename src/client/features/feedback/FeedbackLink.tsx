import { useEffect, useState } from 'preact/hooks';
import { loadStringPack } from '../../i18n/i18n.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { StaffAccount } from '../staff/signed-in-account.ts';

/** The way to newcomers' reports, for staff: one link per organization they work for, named when there are several. */
export function FeedbackLink({ account }: { account: StaffAccount }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState(false);
  const organizations = account.role === 'staff' ? account.organizations : [];
  useEffect(() => {
    if (organizations.length > 0) void loadStringPack('feedback').then(() => setReady(true), () => undefined);
  }, [organizations.length]);
  if (!ready) return null;
  return (
    <>
      {organizations.map((organization) => (
        <a key={organization.id} href={`/listings/${encodeURIComponent(organization.id)}/reports`}>
          {organizations.length === 1 ? t('feedback.link') : t('feedback.linkFor', { organization: organization.name })}
        </a>
      ))}
    </>
  );
}
