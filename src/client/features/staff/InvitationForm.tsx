import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { callApi, NO_ANSWER, type ApiFailure } from './staff-api.ts';
import { setSignedInAccount, type StaffAccount, type StaffRole } from './signed-in-account.ts';
import { homeOf } from './next-path.ts';
import { formatDateTime } from './staff-time.ts';
import { StaffField } from './StaffField.tsx';
import { AuthenticatorSetup } from './AuthenticatorSetup.tsx';

/** What POST /api/auth/invitations/inspect says about an open invitation. */
export interface InvitationView {
  email: string;
  role: StaffRole;
  organization: { id: string; name: string } | null;
  region: { id: string; name: string } | null;
  expiresAt: string;
  resetsAccount: boolean;
  totp: { secret: string; uri: string; required: boolean };
}

interface InvitationFormProps {
  token: string;
  invitation: InvitationView;
  suggestedName: string;
  onClosed: (expired: boolean) => void;
}

type Problems = { displayName?: string; password?: string; code?: string; form?: string };

function problemsOf(failure: ApiFailure, t: ReturnType<typeof useTranslation>['t']): Problems {
  if (failure.status === NO_ANSWER) return { form: t('staff.problem.offline') };
  // The server words its password rules itself: its sentence goes next to the field it is about.
  const problems: Problems = { displayName: failure.fields.displayName, password: failure.fields.password, code: failure.fields['totp.code'] };
  if (failure.details.totpRequired) problems.code = t('staff.totp.required');
  if (!problems.displayName && !problems.password && !problems.code) problems.form = failure.status >= 500 ? t('staff.problem.server') : failure.error;
  return problems;
}

export function InvitationForm({ token, invitation, suggestedName, onClosed }: InvitationFormProps) {
  const { t, language } = useTranslation();
  const { route } = useLocation();
  const [displayName, setDisplayName] = useState(suggestedName);
  const [password, setPassword] = useState('');
  const [useApp, setUseApp] = useState(invitation.totp.required);
  const [code, setCode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblems({});
    const totp = useApp ? { totp: { secret: invitation.totp.secret, code } } : {};
    const result = await callApi<{ user: StaffAccount }>('/api/auth/invitations/accept', { body: { token, displayName, password, ...totp } });
    setBusy(false);
    if (result.ok) {
      setSignedInAccount(result.data.user);
      route(homeOf(result.data.user.role));
      return;
    }
    if (result.status === 410) return onClosed(/expired/i.test(result.error));
    setProblems(problemsOf(result, t));
    // The first field with a problem takes focus, and its message is read with it.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .staff-form-problem')?.focus());
  };

  const where = invitation.organization?.name ?? invitation.region?.name;
  return (
    <>
      <p>{invitation.resetsAccount ? t('staff.invitation.introReset') : t('staff.invitation.intro')}</p>
      <dl class="staff-facts">
        <dt>{t('staff.account.email')}</dt>
        <dd><bdi>{invitation.email}</bdi></dd>
        <dt>{t('staff.account.role')}</dt>
        <dd>{t(`staff.role.${invitation.role}`)}</dd>
        {where && <dt>{invitation.organization ? t('staff.account.organization') : t('staff.account.region')}</dt>}
        {where && <dd><bdi>{where}</bdi></dd>}
        <dt>{t('staff.invitation.expires')}</dt>
        <dd>{formatDateTime(invitation.expiresAt, language)}</dd>
      </dl>
      <form class="staff-form" ref={form} onSubmit={(event) => void submit(event)} noValidate>
        {problems.form && <p class="notice notice-error staff-notice staff-form-problem" role="alert" tabIndex={-1}>{problems.form}</p>}
        <StaffField id="invitation-name" label={t('staff.invitation.name')} hint={t('staff.invitation.nameHint')} error={problems.displayName}>
          {(control) => (
            <input {...control} type="text" autoComplete="name" maxLength={80} required value={displayName}
              onInput={(event) => setDisplayName(event.currentTarget.value)} />
          )}
        </StaffField>
        <StaffField id="invitation-password" label={t('staff.invitation.password')} hint={t('staff.invitation.passwordHint')} error={problems.password}>
          {(control) => (
            <input {...control} type="password" autoComplete="new-password" required value={password}
              onInput={(event) => setPassword(event.currentTarget.value)} />
          )}
        </StaffField>
        <fieldset class="staff-fieldset">
          <legend>{t('staff.totp.title')}</legend>
          {invitation.totp.required ? (
            <p>{t('staff.totp.requiredIntro')}</p>
          ) : (
            <label class="staff-check">
              <input type="checkbox" checked={useApp} onChange={(event) => setUseApp(event.currentTarget.checked)} />
              <span>{t('staff.totp.offer')}</span>
            </label>
          )}
          {useApp && (
            <AuthenticatorSetup idPrefix="invitation-totp" uri={invitation.totp.uri} secret={invitation.totp.secret} code={code} onCode={setCode} codeError={problems.code} />
          )}
        </fieldset>
        <div class="staff-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {invitation.resetsAccount ? t('staff.invitation.submitReset') : t('staff.invitation.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
