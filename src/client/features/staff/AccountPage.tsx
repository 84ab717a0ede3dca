import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { signedInAccount } from './signed-in-account.ts';
import { fetchSignedInAccount, signOut, UNAUTHENTICATED, useSignInAgain } from './account-session.ts';
import type { ApiFailure } from './staff-api.ts';
import { RequestProblem } from './RequestProblem.tsx';
import { OfflineNote } from './OfflineNote.tsx';
import { AuthenticatorSettings } from './AuthenticatorSettings.tsx';
import { InviteForm } from './InviteForm.tsx';
import { DashboardLink } from '../dashboard/DashboardLink.tsx';

/** Who is signed in, their authenticator app, signing out, and for admins and coordinators: inviting people. */
export function AccountPage() {
  const { t } = useTranslation();
  const { route } = useLocation();
  const signInAgain = useSignInAgain();
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [signOutProblem, setSignOutProblem] = useState('');
  const account = signedInAccount.value;

  const load = async () => {
    setFailure(null);
    const result = await fetchSignedInAccount();
    if (result.ok) return;
    if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), []);

  const leave = async () => {
    setSignOutProblem('');
    if (await signOut()) route('/sign-in?signed-out');
    else setSignOutProblem(t('staff.menu.signOutFailed'));
  };

  const region = directory.value?.region;
  return (
    <section class="staff-page staff-narrow">
      <PageHeading title={t('staff.account.title')}>{t('staff.account.title')}</PageHeading>
      <OfflineNote />
      {failure && <RequestProblem failure={failure} onRetry={() => void load()} />}
      {!account && !failure && <p class="loading" role="status">{t('staff.loading')}</p>}
      {account && (
        <>
          <dl class="staff-facts">
            <dt>{t('staff.account.name')}</dt>
            <dd><bdi>{account.displayName}</bdi></dd>
            <dt>{t('staff.account.email')}</dt>
            <dd><bdi>{account.email}</bdi></dd>
            <dt>{t('staff.account.role')}</dt>
            <dd>{t(`staff.role.${account.role}`)}</dd>
            {account.organizations.length > 0 && <dt>{t('staff.account.organizations')}</dt>}
            {account.organizations.map((organization) => <dd key={organization.id}><bdi>{organization.name}</bdi></dd>)}
            {account.regionId && <dt>{t('staff.account.region')}</dt>}
            {account.regionId && <dd><bdi>{region?.id === account.regionId ? region.name : account.regionId}</bdi></dd>}
          </dl>
          {account.role === 'staff' && <p><a class="button" href="/inbox">{t('staff.account.toInbox')}</a></p>}
          {account.role !== 'staff' && <p><DashboardLink class="button" role={account.role} /></p>}
          <AuthenticatorSettings account={account} />
          {account.role !== 'staff' && <InviteForm role={account.role} />}
          <section aria-labelledby="sign-out-title" class="staff-section">
            <h2 id="sign-out-title">{t('staff.account.signOutTitle')}</h2>
            <p>{t('staff.account.signOutIntro')}</p>
            <button type="button" class="button" onClick={() => void leave()}>{t('staff.menu.signOut')}</button>
            {signOutProblem && <p class="field-error" role="alert">{signOutProblem}</p>}
          </section>
        </>
      )}
    </section>
  );
}
