import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { localizeField } from '../../directory/localize.ts';
import { callApi, NO_ANSWER } from './staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from './account-session.ts';
import type { StaffRole } from './signed-in-account.ts';
import { problemText } from './RequestProblem.tsx';
import { StaffField } from './StaffField.tsx';
import { formatDateTime } from './staff-time.ts';
import { InvitationLink, type CreatedInvitation } from './InvitationLink.tsx';

type Problems = { email?: string | undefined; organizationId?: string | undefined; form?: string | undefined };

/**
 * Inviting someone: an administrator may invite any role, a coordinator staff of their region's
 * organizations. The server checks both; this form only offers what the inviter may choose.
 */
export function InviteForm({ role: inviterRole }: { role: Exclude<StaffRole, 'staff'> }) {
  const { t, language } = useTranslation();
  const signInAgain = useSignInAgain();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [organizationId, setOrganizationId] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [created, setCreated] = useState<(CreatedInvitation & { email: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const region = directory.value?.region;
  const organizations = [...(directory.value?.organizations ?? [])]
    .map((organization) => ({ id: organization.id, name: localizeField(organization, 'name', language).text }))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (role === 'staff' && !organizationId) {
      setProblems({ organizationId: t('staff.invite.chooseOrganization') });
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    setProblems({});
    setCreated(null);
    const target = role === 'staff' ? { organizationId } : role === 'coordinator' ? { regionId: region?.id } : {};
    const result = await callApi<CreatedInvitation>('/api/auth/invitations', { body: { email, role, ...target } });
    setBusy(false);
    if (result.ok) {
      setCreated({ ...result.data, email });
      setEmail('');
      return;
    }
    if (result.status === UNAUTHENTICATED) return signInAgain();
    const { email: emailProblem, organizationId: organizationProblem } = result.fields;
    // The server explains who may invite whom in its own words; those are clearer than any general message.
    const general = result.status === NO_ANSWER || result.status === 429 || result.status >= 500 || !result.error ? problemText(result, t) : result.error;
    setProblems({ email: emailProblem, organizationId: organizationProblem, form: emailProblem || organizationProblem ? undefined : general });
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .staff-form-problem')?.focus());
  };

  return (
    <section aria-labelledby="invite-title" class="staff-section">
      <h2 id="invite-title">{t('staff.invite.title')}</h2>
      <p>{inviterRole === 'admin' ? t('staff.invite.introAdmin') : t('staff.invite.introCoordinator')}</p>
      <form class="staff-form" ref={form} onSubmit={(event) => void submit(event)} noValidate>
        {problems.form && <p class="notice notice-error staff-notice staff-form-problem" role="alert" tabIndex={-1}>{problems.form}</p>}
        <StaffField id="invite-email" label={t('staff.account.email')} error={problems.email}>
          {(control) => (
            <input {...control} type="email" autoComplete="off" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
          )}
        </StaffField>
        {inviterRole === 'admin' && (
          <StaffField id="invite-role" label={t('staff.account.role')}>
            {(control) => (
              <select {...control} value={role} onChange={(event) => setRole(event.currentTarget.value as StaffRole)}>
                {(['staff', 'coordinator', 'admin'] as const).map((option) => <option key={option} value={option}>{t(`staff.role.${option}`)}</option>)}
              </select>
            )}
          </StaffField>
        )}
        {role === 'staff' && (
          <StaffField id="invite-organization" label={t('staff.account.organization')} error={problems.organizationId}>
            {(control) => (
              <select {...control} value={organizationId} onChange={(event) => setOrganizationId(event.currentTarget.value)}>
                <option value="">{t('staff.invite.organizationPlaceholder')}</option>
                {organizations.map((organization) => <option key={organization.id} value={organization.id}>{organization.name}</option>)}
              </select>
            )}
          </StaffField>
        )}
        {role === 'coordinator' && region && <p>{t('staff.invite.coordinatorRegion', { region: region.name })}</p>}
        <div class="staff-actions">
          <button type="submit" class="button button-primary" disabled={busy}>{t('staff.invite.submit')}</button>
        </div>
      </form>
      <p role="status">{created ? t('staff.invite.created', { email: created.email, date: formatDateTime(created.expiresAt, language) }) : ''}</p>
      {created && <InvitationLink invitation={created} />}
    </section>
  );
}
