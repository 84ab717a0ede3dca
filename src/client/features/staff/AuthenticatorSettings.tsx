import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { callApi, NO_ANSWER } from './staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from './account-session.ts';
import { setSignedInAccount, type StaffAccount } from './signed-in-account.ts';
import { problemText } from './RequestProblem.tsx';
import { StaffField } from './StaffField.tsx';
import { AuthenticatorSetup } from './AuthenticatorSetup.tsx';

type Enrolment = { secret: string; uri: string };
type Problems = { code?: string | undefined; currentCode?: string | undefined; form?: string | undefined };

/** Setting up an authenticator app, or replacing one (a new phone), which takes a code from the old one. */
export function AuthenticatorSettings({ account }: { account: StaffAccount }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [currentCode, setCurrentCode] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const signInAgain = useSignInAgain();
  const replacing = account.totpEnabled;

  const start = async () => {
    setDone('');
    setProblems({});
    const result = await callApi<Enrolment>('/api/auth/totp/setup', { body: {} });
    if (!result.ok) return result.status === UNAUTHENTICATED ? signInAgain() : setProblems({ form: problemText(result, t) });
    setEnrolment(result.data);
    setCode('');
    setCurrentCode('');
    requestAnimationFrame(() => panel.current?.querySelector('input')?.focus());
  };

  const confirm = async (event: Event) => {
    event.preventDefault();
    if (!enrolment || busy) return;
    setBusy(true);
    setProblems({});
    const body = { secret: enrolment.secret, code, ...(replacing && { currentCode }) };
    const result = await callApi<{ user: StaffAccount }>('/api/auth/totp/confirm', { body });
    setBusy(false);
    if (result.ok) {
      setSignedInAccount(result.data.user);
      setEnrolment(null);
      setDone(t('staff.totp.done'));
      return;
    }
    if (result.status === UNAUTHENTICATED) return signInAgain();
    const { code: codeProblem, currentCode: currentProblem } = result.fields;
    const form = codeProblem || currentProblem ? undefined : result.status === NO_ANSWER || result.status === 429 ? problemText(result, t) : result.error;
    setProblems({ code: codeProblem, currentCode: currentProblem, form });
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('[aria-invalid="true"], .staff-form-problem')?.focus());
  };

  return (
    <section aria-labelledby="authenticator-title" class="staff-section">
      <h2 id="authenticator-title">{t('staff.totp.title')}</h2>
      <p>{account.totpEnabled ? t('staff.totp.on') : t('staff.totp.off')}</p>
      <p role="status">{done}</p>
      {!enrolment && (
        <button type="button" class="button" onClick={() => void start()}>{replacing ? t('staff.totp.replace') : t('staff.totp.setUp')}</button>
      )}
      <div ref={panel}>
        {problems.form && <p class="notice notice-error staff-notice staff-form-problem" role="alert" tabIndex={-1}>{problems.form}</p>}
        {enrolment && (
          <form class="staff-form" onSubmit={(event) => void confirm(event)} noValidate>
            <AuthenticatorSetup idPrefix="account-totp" uri={enrolment.uri} secret={enrolment.secret} code={code} onCode={setCode} codeError={problems.code} />
            {replacing && (
              <StaffField id="account-current-code" label={t('staff.totp.currentCode')} hint={t('staff.totp.currentCodeHint')} error={problems.currentCode}>
                {(control) => (
                  <input {...control} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={9} value={currentCode}
                    onInput={(event) => setCurrentCode(event.currentTarget.value)} />
                )}
              </StaffField>
            )}
            <div class="staff-actions">
              <button type="submit" class="button button-primary" disabled={busy}>{t('staff.totp.confirm')}</button>
              <button type="button" class="button button-quiet" onClick={() => setEnrolment(null)}>{t('staff.cancelChange')}</button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
