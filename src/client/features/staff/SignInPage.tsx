import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { callApi, NO_ANSWER, type ApiFailure } from './staff-api.ts';
import { setSignedInAccount, signedInAccount, type StaffAccount } from './signed-in-account.ts';
import { destinationAfterSignIn, homeOf } from './next-path.ts';
import { StaffField } from './StaffField.tsx';
import { OfflineNote } from './OfflineNote.tsx';

type Step = 'password' | 'code';
type Translate = ReturnType<typeof useTranslation>['t'];

function signInProblem(failure: ApiFailure, step: Step, t: Translate): string {
  const { status, details } = failure;
  if (status === NO_ANSWER) return t('staff.signIn.offline');
  if (status === 429) {
    const seconds = Number(details.retryAfterSeconds);
    return t('staff.signIn.throttled', { count: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 15 });
  }
  if (status === 401) return step === 'code' ? t('staff.signIn.wrongCode') : t('staff.signIn.wrongCredentials');
  if (status === 403) return details.totpEnrolmentRequired ? t('staff.signIn.needsAuthenticator') : t('staff.signIn.disabled');
  if (status === 400) return failure.fields.email ? t('staff.signIn.emailInvalid') : failure.error;
  return t('staff.problem.server');
}

/** Email and password, then the authenticator's code when the account has one. */
export function SignInPage() {
  const { t } = useTranslation();
  const { query, route } = useLocation();
  const [step, setStep] = useState<Step>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  const account = signedInAccount.value;

  useEffect(() => {
    if (step === 'code') codeInput.current?.focus();
  }, [step]);

  const fail = (message: string) => {
    setProblem(message);
    // Focus goes to the message so it is read at once; the fields below still hold what was typed.
    requestAnimationFrame(() => problemBox.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem('');
    const body = { email, password, ...(step === 'code' && { totpCode: code }) };
    const result = await callApi<{ user: StaffAccount }>('/api/auth/login', { body });
    setBusy(false);
    if (result.ok) {
      setSignedInAccount(result.data.user);
      route(destinationAfterSignIn(result.data.user.role, query.next, location.origin));
      return;
    }
    if (result.status === 401 && result.details.totpRequired && step === 'password') {
      setStep('code');
      return;
    }
    if (result.status === 401 && step === 'code') setCode('');
    fail(signInProblem(result, step, t));
  };

  const startOver = () => {
    setStep('password');
    setPassword('');
    setCode('');
    setProblem('');
    requestAnimationFrame(() => passwordInput.current?.focus());
  };

  return (
    <section class="staff-page staff-narrow">
      <PageHeading title={t('staff.signIn.title')}>{t('staff.signIn.title')}</PageHeading>
      <OfflineNote />
      {query['signed-out'] !== undefined && !account && <p class="notice staff-notice" role="status">{t('staff.signIn.signedOut')}</p>}
      {query.next && !account && <p class="notice staff-notice">{t('staff.signIn.toContinue')}</p>}
      {account ? (
        <div class="notice staff-notice">
          <p>{t('staff.signIn.already', { name: account.displayName })}</p>
          <a class="button" href={homeOf(account.role)}>{account.role === 'staff' ? t('staff.menu.inbox') : t('staff.menu.account')}</a>
        </div>
      ) : (
        <p>{t('staff.signIn.intro')}</p>
      )}
      <div class="notice notice-error staff-notice" role="alert" tabIndex={-1} ref={problemBox} hidden={!problem}>
        <p>{problem}</p>
      </div>
      <form class="staff-form" onSubmit={(event) => void submit(event)} noValidate>
        {step === 'password' ? (
          <>
            <StaffField id="sign-in-email" label={t('staff.signIn.email')}>
              {(control) => (
                <input {...control} type="email" name="email" autoComplete="username" required value={email}
                  onInput={(event) => setEmail(event.currentTarget.value)} />
              )}
            </StaffField>
            <StaffField id="sign-in-password" label={t('staff.signIn.password')}>
              {(control) => (
                <input {...control} ref={passwordInput} type="password" name="password" autoComplete="current-password" required value={password}
                  onInput={(event) => setPassword(event.currentTarget.value)} />
              )}
            </StaffField>
          </>
        ) : (
          <>
            <p>{t('staff.signIn.codeIntro', { email })}</p>
            <StaffField id="sign-in-code" label={t('staff.signIn.code')} hint={t('staff.totp.codeHint')}>
              {(control) => (
                <input {...control} ref={codeInput} type="text" name="totpCode" inputMode="numeric" autoComplete="one-time-code"
                  maxLength={9} required value={code} onInput={(event) => setCode(event.currentTarget.value)} />
              )}
            </StaffField>
          </>
        )}
        <div class="staff-actions">
          <button type="submit" class="button button-primary" disabled={busy}>{busy ? t('staff.signIn.busy') : t('staff.signIn.submit')}</button>
          {step === 'code' && <button type="button" class="button button-quiet" onClick={startOver}>{t('staff.signIn.startOver')}</button>}
        </div>
      </form>
    </section>
  );
}
