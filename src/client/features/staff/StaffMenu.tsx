import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { signedInAccount } from './signed-in-account.ts';
import { signOut, useKnownAccount } from './account-session.ts';
import { DashboardLink } from '../dashboard/DashboardLink.tsx';
import { ExchangeLink } from '../exchange/ExchangeLink.tsx';
import { FeedbackLink } from '../feedback/FeedbackLink.tsx';
import { ListingsLink } from '../listings/ListingsLink.tsx';

/** The header's "signed in as …" with the way to the inbox or account, and out. */
export function StaffMenu() {
  const { t } = useTranslation();
  const { route } = useLocation();
  const [problem, setProblem] = useState('');
  const account = signedInAccount.value;

  // After a reload the tab only knows it signed in earlier; the server says whether it still is.
  useKnownAccount();

  if (!account) return null;
  const leave = async () => {
    setProblem('');
    if (await signOut()) route('/sign-in?signed-out');
    else setProblem(t('staff.menu.signOutFailed'));
  };
  return (
    <nav class="staff-menu" aria-label={t('staff.menu.label')}>
      <span class="staff-menu-name">{t('staff.menu.signedInAs', { name: account.displayName })}</span>
      {account.role === 'staff' && <a href="/inbox">{t('staff.menu.inbox')}</a>}
      <ListingsLink />
      <FeedbackLink account={account} />
      <DashboardLink role={account.role} />
      <ExchangeLink role={account.role} />
      <a href="/account">{t('staff.menu.account')}</a>
      <button type="button" class="button staff-menu-button" onClick={() => void leave()}>{t('staff.menu.signOut')}</button>
      {problem && <p class="staff-menu-problem" role="alert">{problem}</p>}
    </nav>
  );
}
