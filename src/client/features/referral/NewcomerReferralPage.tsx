import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directoryIndex } from '../../directory/directory-store.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { isListed } from '../../../shared/directory/service-facts.ts';
import { referralSubmissionSchema } from '../../../shared/referrals/referral-contract.ts';
import { findTerm } from '../../../shared/taxonomy/taxonomy.ts';
import type { Service } from '../../../shared/schema/directory.ts';
import { ConsentFields } from './form/ConsentFields.tsx';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { needsHealthConsent } from '../../../shared/referrals/health-needs.ts';
import { NeedFields } from './form/NeedFields.tsx';
import { PersonFields } from './form/PersonFields.tsx';
import { draftFromBody, draftStore, newDraft, noConsent, postalCodeIsValid, requestFields, type ConsentChoices, type ReferralDraft } from './form/referral-draft.ts';
import { errorCount, errorsAmong, errorsFromServer, validateRequest, type FormField } from './form/referral-validation.ts';
import { useReferralForm } from './form/use-referral-form.ts';
import { outboxEntries, submitToOutbox, watchOutbox } from './outbox-client.ts';
import { useRetentionDays } from './referral-config.ts';
import { serviceNames } from '../../directory/directory-names.ts';
import { SubmissionOutcome } from './SubmissionOutcome.tsx';

const detailFields: FormField[] = ['name', 'contact', 'contact.phone', 'contact.sms', 'contact.email', 'contact.whatsapp', 'postalCode', 'needCategories', 'note'];
const consentFields: FormField[] = ['consent.agreed', 'consent.healthAgreed'];
const MAX_NEEDS = 10;

/** The newcomer's own phone: the draft outlives the browser session. */
const newcomerDrafts = draftStore('guichet.referral-draft', () => localStorage);

/** The service's own categories, as the needs the form starts with. */
const categoriesOf = (service: Service): string[] =>
  [...new Set((service.attributes ?? []).map((attribute) => attribute.taxonomy_term_id))].filter((id) => findTerm(id)).slice(0, MAX_NEEDS);

/** A draft made for another service keeps the person's details; the needs start from this service's. */
function draftFor(service: Service, stored: ReferralDraft | null, language: string): ReferralDraft {
  const fresh = newDraft(service.id, language, categoriesOf(service));
  if (!stored || stored.serviceId === service.id) return stored ?? fresh;
  return { ...stored, serviceId: service.id, needCategories: fresh.needCategories, note: '' };
}

type Step = 'details' | 'consent' | 'done';

/** `/service/:id/contact`: asking a service to contact you, in two steps, then what became of it. */
export function NewcomerReferralPage() {
  const { t } = useTranslation();
  const { params, query } = useRoute();
  const service = directoryIndex.value.services.get(params.id ?? '');
  if (!service || !isListed(service)) {
    return (
      <section>
        <PageHeading title={t('referral.title')}>{t('referral.title')}</PageHeading>
        <p>{t('referral.notFound')}</p>
        <a class="button" href="/">{t('app.home')}</a>
      </section>
    );
  }
  // "Fix and send again" opens this same page for another request: it starts afresh.
  return <ReferralFlow key={`${service.id}:${query.fix ?? ''}`} service={service} fixKey={query.fix} />;
}

function ReferralFlow({ service, fixKey }: { service: Service; fixKey: string | undefined }) {
  const { t, language } = useTranslation();
  const names = serviceNames(service.id, language)!;
  const retentionDays = useRetentionDays();
  const form = useReferralForm(newcomerDrafts, () => draftFor(service, newcomerDrafts.load(), language));
  const [step, setStep] = useState<Step>('details');
  const [consent, setConsent] = useState<ConsentChoices>(noConsent);
  const [replacing, setReplacing] = useState<string | undefined>();
  const [sentKey, setSentKey] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [storageFailed, setStorageFailed] = useState(false);

  // A new step takes the focus with its heading, so a screen reader announces it; a step shown
  // because of a wrong answer leaves the focus to that answer instead.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  useEffect(() => {
    if (focusHeading.current) stepHeading.current?.focus();
    focusHeading.current = false;
  }, [step]);
  const goTo = (next: Step) => {
    focusHeading.current = true;
    setStep(next);
  };

  // "Fix and send again" from a refused request: its details come back, with the server's findings.
  useEffect(() => {
    if (fixKey) watchOutbox();
  }, [fixKey]);
  const refused = fixKey ? outboxEntries.value.find((entry) => entry.idempotencyKey === fixKey && entry.refusal) : undefined;
  useEffect(() => {
    if (!refused?.refusal) return;
    form.replace({ ...draftFromBody(refused.body), serviceId: service.id });
    form.showErrors(errorsAmong(errorsFromServer(refused.refusal.fields), detailFields));
    setReplacing(refused.idempotencyKey);
  }, [refused?.idempotencyKey]);

  const healthNeeded = needsHealthConsent(form.draft.needCategories);
  const check = (choices: ConsentChoices) =>
    validateRequest(referralSubmissionSchema, requestFields(form.draft, choices, { language, idempotencyKey: crypto.randomUUID(), healthNeeded }), {
      postalCodeValid: postalCodeIsValid(form.draft),
      healthConsentMissing: healthNeeded && !choices.healthAgreed,
    });

  // The details are checked as if consent were given: the schema stops at the first wrong part,
  // and a missing consent must not hide what is wrong with the details.
  const detailErrors = () => errorsAmong(check({ agreed: true, healthAgreed: true, allowForward: false }).errors, detailFields);

  const next = () => {
    const errors = detailErrors();
    if (errorCount(errors) > 0) form.showErrors(errors);
    else goTo('consent');
  };

  const send = async () => {
    const { errors, request } = check(consent);
    const wrongDetails = detailErrors();
    if (errorCount(wrongDetails) > 0) {
      setStep('details');
      form.showErrors(wrongDetails);
      return;
    }
    if (!request) {
      form.showErrors(errorsAmong(errors, consentFields));
      return;
    }
    setSending(true);
    try {
      await submitToOutbox(request, replacing);
      form.clearDraft();
      setSentKey(request.idempotencyKey);
      goTo('done');
    } catch {
      setStorageFailed(true);
    } finally {
      setSending(false);
    }
  };

  const stepTitle = { details: t('referral.form.detailsTitle'), consent: t('referral.consent.title'), done: t('referral.outcome.title') }[step];
  return (
    <section class="referral">
      <a class="back-link" href={`/service/${encodeURIComponent(service.id)}`}>{t('referral.backToService')}</a>
      <PageHeading title={t('referral.title')}>{t('referral.title')}</PageHeading>
      {step !== 'done' && (
        <>
          <p class="lead">{t('referral.intro', { service: names.service, organization: names.organization })}</p>
          <p class="hint">{t('referral.step', { current: step === 'details' ? 1 : 2, total: 2 })}</p>
        </>
      )}
      <h2 ref={stepHeading} tabIndex={-1}>{stepTitle}</h2>

      {step === 'details' && (
        <form class="referral-form" noValidate onSubmit={(event) => { event.preventDefault(); next(); }}>
          <p class="hint">{t('referral.form.draftKept')}</p>
          <ErrorSummary errors={form.errors} />
          <PersonFields draft={form.draft} errors={form.errors} onChange={form.update} voice="self" />
          <NeedFields draft={form.draft} errors={form.errors} onChange={form.update} voice="self" />
          <div class="form-actions">
            <button type="submit" class="button button-primary">{t('referral.form.next')}</button>
          </div>
        </form>
      )}

      {step === 'consent' && (
        <form class="referral-form" noValidate onSubmit={(event) => { event.preventDefault(); void send(); }}>
          <ErrorSummary errors={form.errors} />
          <ConsentFields organization={names.organization} service={names.service} retentionDays={retentionDays} healthNeeded={healthNeeded}
            consent={consent} errors={form.errors} voice="self"
            onChange={(patch) => { setConsent({ ...consent, ...patch }); form.clearFieldErrors(Object.keys(patch).map((key) => `consent.${key}` as FormField)); }} />
          {storageFailed && <p class="notice notice-error" role="alert">{t('referral.outcome.storageFailed')}</p>}
          <div class="form-actions">
            <button type="button" class="button" onClick={() => goTo('details')}>{t('referral.form.back')}</button>
            <button type="submit" class="button button-primary" disabled={sending}>{t('referral.form.send')}</button>
          </div>
        </form>
      )}

      {step === 'done' && sentKey && <SubmissionOutcome idempotencyKey={sentKey} />}
    </section>
  );
}
