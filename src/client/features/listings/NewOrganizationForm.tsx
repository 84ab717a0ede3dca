/**
 * The LIP adds an organization: a name, an id suggested from it (editable), then the new
 * organization's editor. What was typed is kept for the tab's life, so a refusal or a session that
 * ended costs a correction or a sign-in, never the typing.
 */
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { useSignInAgain } from '../staff/account-session.ts';
import { StaffField } from '../staff/StaffField.tsx';
import { useDraft } from '../staff/staff-drafts.ts';
import { kindOf } from './field-errors.ts';
import { listingApi, type FieldProblem } from './listing-api.ts';
import { checkNewOrganization, refusedFields, suggestOrganizationId } from './organization-id.ts';

const DRAFT_SCOPE = 'new-organization';

export function NewOrganizationForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const { route } = useLocation();
  const signInAgain = useSignInAgain();
  const [name, setName] = useDraft(DRAFT_SCOPE, 'name');
  const [typedId, setTypedId] = useDraft(DRAFT_SCOPE, 'organizationId');
  // The id follows the name until the reader edits it; emptying it to type another keeps it theirs.
  const [ownId, setOwnId] = useDraft(DRAFT_SCOPE, 'ownId');
  const organizationId = ownId ? typedId : suggestOrganizationId(name);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const problemOf = (path: string): string | undefined => {
    const problem = problems.find((item) => item.path === path);
    if (!problem) return undefined;
    if (problem.code === 'taken') return t('listings.lip.idTaken');
    const kind = kindOf(problem);
    return path === 'organizationId' && kind === 'invalid' ? t('listings.lip.idInvalid') : t(`listings.problem.${kind}`);
  };
  const focusFirstProblem = () => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .staff-form-problem')?.focus());

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setFailed(false);
    const local = checkNewOrganization(name, organizationId);
    setProblems(local);
    if (local.length > 0) return focusFirstProblem();
    setBusy(true);
    const result = await listingApi<{ organizationId: string }>('/api/listings', 'POST', { regionId, organizationId, name: name.trim() });
    setBusy(false);
    if (result.ok) {
      setName('');
      setTypedId('');
      setOwnId('');
      route(`/listings/${encodeURIComponent(result.data.organizationId)}`);
      return;
    }
    if (result.status === 401) return signInAgain();
    const placed = refusedFields(result).filter((problem) => problem.path === 'name' || problem.path === 'organizationId');
    setProblems(placed);
    setFailed(placed.length === 0);
    focusFirstProblem();
  };

  return (
    <section aria-labelledby="lip-add-title" class="staff-section">
      <h2 id="lip-add-title">{t('listings.lip.addTitle')}</h2>
      <form class="staff-form" ref={form} onSubmit={(event) => void submit(event)} noValidate>
        {failed && <p class="notice notice-error staff-notice staff-form-problem" role="alert" tabIndex={-1}>{t('listings.lip.addFailed')}</p>}
        <StaffField id="lip-name" label={t('listings.lip.name')} error={problemOf('name')}>
          {(control) => <input {...control} type="text" autoComplete="off" required value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </StaffField>
        <StaffField id="lip-id" label={t('listings.lip.id')} hint={t('listings.lip.idHint')} error={problemOf('organizationId')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellcheck={false}
              dir="ltr"
              required
              value={organizationId}
              onInput={(event) => {
                setOwnId('yes');
                setTypedId(event.currentTarget.value);
              }}
            />
          )}
        </StaffField>
        <div class="staff-actions">
          <button type="submit" class="button button-primary" disabled={busy}>{t('listings.lip.add')}</button>
        </div>
      </form>
    </section>
  );
}
