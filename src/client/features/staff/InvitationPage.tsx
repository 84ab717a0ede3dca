import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { callApi, type ApiFailure } from './staff-api.ts';
import { RequestProblem } from './RequestProblem.tsx';
import { OfflineNote } from './OfflineNote.tsx';
import { InvitationForm, type InvitationView } from './InvitationForm.tsx';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'closed'; expired: boolean } | { kind: 'failed'; failure: ApiFailure } | { kind: 'open'; invitation: InvitationView };

/** The link carries the token (and perhaps a suggested name) after #, which never reaches a server log. */
function readFragment(): { token: string | null; name: string } {
  const fragment = new URLSearchParams(location.hash.slice(1));
  return { token: fragment.get('token'), name: fragment.get('name') ?? '' };
}

/** Following an invitation link: what it is for, then a name, a password and perhaps an authenticator app. */
export function InvitationPage() {
  const { t } = useTranslation();
  const [{ token, name }] = useState(readFragment);
  const [state, setState] = useState<Loaded>(token ? { kind: 'loading' } : { kind: 'missing' });

  const inspect = async () => {
    if (!token) return;
    setState({ kind: 'loading' });
    const result = await callApi<{ invitation: InvitationView }>('/api/auth/invitations/inspect', { body: { token } });
    if (result.ok) setState({ kind: 'open', invitation: result.data.invitation });
    else if (result.status === 410) setState({ kind: 'closed', expired: /expired/i.test(result.error) });
    else if (result.status === 404 || result.status === 400) setState({ kind: 'missing' });
    else setState({ kind: 'failed', failure: result });
  };
  useEffect(() => void inspect(), []);

  return (
    <section class="staff-page staff-narrow">
      <PageHeading title={t('staff.invitation.title')}>{t('staff.invitation.title')}</PageHeading>
      <OfflineNote />
      {state.kind === 'loading' && <p class="loading" role="status">{t('staff.invitation.loading')}</p>}
      {state.kind === 'missing' && <p class="notice notice-error staff-notice" role="alert">{t('staff.invitation.invalid')}</p>}
      {state.kind === 'closed' && (
        <div class="notice notice-warning staff-notice" role="alert">
          <p>{state.expired ? t('staff.invitation.expired') : t('staff.invitation.used')}</p>
          <a href="/sign-in">{t('staff.invitation.signInInstead')}</a>
        </div>
      )}
      {state.kind === 'failed' && <RequestProblem failure={state.failure} onRetry={() => void inspect()} />}
      {state.kind === 'open' && token && (
        <InvitationForm token={token} invitation={state.invitation} suggestedName={name} onClosed={(expired) => setState({ kind: 'closed', expired })} />
      )}
    </section>
  );
}
