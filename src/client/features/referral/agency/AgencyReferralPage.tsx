import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { directoryIndex } from '../../../directory/directory-store.ts';
import { PageHeading } from '../../../ui/PageHeading.tsx';
import { agencyReferralSchema } from '../../../../shared/referrals/inbox-contract.ts';
import type { ReferralReceipt } from '../../../../shared/referrals/referral-contract.ts';
import { findTerm } from '../../../../shared/taxonomy/taxonomy.ts';
import { ConsentFields } from '../form/ConsentFields.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { fieldId } from '../form/field-ids.ts';
import { needsHealthConsent } from '../../../../shared/referrals/health-needs.ts';
import { NeedFields } from '../form/NeedFields.tsx';
import { PersonFields } from '../form/PersonFields.tsx';
import { draftStore, newDraft, noConsent, postalCodeIsValid, requestFields, type ConsentChoices } from '../form/referral-draft.ts';
import { errorCount, errorsFromServer, validateRequest, type FormField } from '../form/referral-validation.ts';
import { useReferralForm } from '../form/use-referral-form.ts';
import { useRetentionDays } from '../referral-config.ts';
import { serviceNames } from '../../../directory/directory-names.ts';
import { AgencyReceipt } from './AgencyReceipt.tsx';
import { fetchAccount, forgetAttempt, keyFor, sendAgencyReferral, type AccountAnswer } from './agency-api.ts';
import { ServicePicker } from './ServicePicker.tsx';

/** A client's details on a shared office computer: gone when the browser session ends. */
const agencyDrafts = draftStore('guichet.agency-referral-draft', () => sessionStorage);
const SIGN_IN_HREF = `/sign-in?next=${encodeURIComponent('/inbox/refer')}`;

type Notice = 'signed-out' | 'forbidden' | 'offline' | 'refused' | null;

/** `/inbox/refer`: staff refer a client to another organization's service, with the client's consent. */
export function AgencyReferralPage() {
  const { t, language } = useTranslation();
  const [account, setAccount] = useState<AccountAnswer | null>(null);
  useEffect(() => void fetchAccount().then(setAccount), []);
  const form = useReferralForm(agencyDrafts, () => newDraft('', language, []));
  const retentionDays = useRetentionDays();
  const [consent, setConsent] = useState<ConsentChoices>(noConsent);
  const [referringOrganizationId, setReferringOrganizationId] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<ReferralReceipt | null>(null);

  const organizations = account?.kind === 'signed-in' ? account.account.organizations : [];
  const target = serviceNames(form.draft.serviceId, language);
  const healthNeeded = needsHealthConsent(form.draft.needCategories);

  const chooseService = (serviceId: string) => {
    const service = directoryIndex.value.services.get(serviceId);
    const categories = [...new Set((service?.attributes ?? []).map((attribute) => attribute.taxonomy_term_id))].filter((id) => findTerm(id));
    // The service's own needs are a starting point only until the staff member picks some.
    form.update({ serviceId, ...(form.draft.needCategories.length === 0 && { needCategories: categories.slice(0, 10) }) });
  };

  const send = async () => {
    const { idempotencyKey: _placeholder, ...fields } = {
      ...requestFields(form.draft, consent, { language, idempotencyKey: '', healthNeeded }),
      ...(organizations.length > 1 && { referringOrganizationId }),
    };
    const request = { ...fields, idempotencyKey: keyFor(fields) };
    const { errors, request: valid } = validateRequest(agencyReferralSchema, request, {
      postalCodeValid: postalCodeIsValid(form.draft),
      healthConsentMissing: healthNeeded && !consent.healthAgreed,
    });
    if (!valid || errorCount(errors) > 0) {
      form.showErrors(errors);
      return;
    }
    setNotice(null);
    setSending(true);
    const answer = await sendAgencyReferral(valid);
    setSending(false);
    if (answer.kind === 'sent') {
      forgetAttempt();
      form.clearDraft();
      setReceipt(answer.receipt);
      return;
    }
    setNotice(answer.kind);
    if (answer.kind === 'refused') form.showErrors(errorsFromServer(answer.fields));
  };

  const startAgain = () => {
    form.replace(newDraft('', language, []));
    setConsent(noConsent);
    setReceipt(null);
    setNotice(null);
  };

  const signedOut = account?.kind === 'signed-out' || notice === 'signed-out';
  // Coordinators and administrators have no organization to refer for.
  const forbidden = notice === 'forbidden' || (account?.kind === 'signed-in' && organizations.length === 0);
  return (
    <section class="referral">
      <PageHeading title={t('referral.staff.title')}>{t('referral.staff.title')}</PageHeading>
      <p class="lead">{t('referral.staff.intro')}</p>
      <div role="alert">
        {signedOut && (
          <p class="notice notice-warning">
            <span>{t('referral.staff.signedOut')}</span> <a href={SIGN_IN_HREF}>{t('referral.staff.signIn')}</a>
          </p>
        )}
        {forbidden && <p class="notice notice-error">{t('referral.staff.forbidden')}</p>}
        {notice === 'offline' && <p class="notice notice-error">{t('referral.staff.offline')}</p>}
        {notice === 'refused' && <p class="notice notice-error">{t('referral.refused.other')}</p>}
      </div>
      {receipt ? (
        <AgencyReceipt receipt={receipt} onAnother={startAgain} />
      ) : (
        <form class="referral-form" noValidate onSubmit={(event) => { event.preventDefault(); void send(); }}>
          <p class="hint">{t('referral.staff.draftKept')}</p>
          <ErrorSummary errors={form.errors} />
          {organizations.length > 1 && (
            <div class="form-field">
              <label for={fieldId('referringOrganizationId')}>{t('referral.staff.organization')}</label>
              <select id={fieldId('referringOrganizationId')} value={referringOrganizationId} onChange={(event) => { setReferringOrganizationId(event.currentTarget.value); form.clearFieldErrors(['referringOrganizationId']); }}>
                <option value="">{t('referral.staff.chooseOrganization')}</option>
                {organizations.map((organization) => <option key={organization.id} value={organization.id}>{organization.name}</option>)}
              </select>
            </div>
          )}
          <ServicePicker selected={form.draft.serviceId} error={form.errors.serviceId} onSelect={chooseService} />
          <h2>{t('referral.staff.detailsTitle')}</h2>
          <PersonFields draft={form.draft} errors={form.errors} onChange={form.update} voice="client" />
          <NeedFields draft={form.draft} errors={form.errors} onChange={form.update} voice="client" />
          <h2>{t('referral.staff.consentTitle')}</h2>
          {target ? (
            <ConsentFields organization={target.organization} service={target.service} retentionDays={retentionDays} healthNeeded={healthNeeded}
              consent={consent} errors={form.errors} voice="client"
              onChange={(patch) => { setConsent({ ...consent, ...patch }); form.clearFieldErrors(Object.keys(patch).map((key) => `consent.${key}` as FormField)); }} />
          ) : (
            <p class="hint">{t('referral.staff.chooseServiceFirst')}</p>
          )}
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={sending}>{t('referral.staff.send')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
