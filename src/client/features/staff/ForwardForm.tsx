import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { callApi } from './staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from './account-session.ts';
import { useDraft } from './staff-drafts.ts';
import { actionProblem } from './action-outcome.ts';
import { serviceName } from '../../directory/directory-names.ts';
import { StaffField } from './StaffField.tsx';
import { ServicePicker } from './ServicePicker.tsx';
import { ConfirmPanel } from './ConfirmPanel.tsx';

interface ForwardFormProps {
  referral: InboxReferral;
  onChanged: (updated: InboxReferral, message: string) => void;
  onStale: () => void;
}

type Problems = { service?: string; consent?: string };

/**
 * The wrong door: pass the request to a better-suited service. The person's consent must cover
 * it; when their form did not, staff ask them again first and say so here.
 */
export function ForwardForm({ referral, onChanged, onStale }: ForwardFormProps) {
  const { t, language } = useTranslation();
  const signInAgain = useSignInAgain();
  const [serviceId, setServiceId] = useDraft(referral.id, 'forwardService');
  const [note, setNote] = useDraft(referral.id, 'forwardNote');
  const [consentReasked, setConsentReasked] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [confirming, setConfirming] = useState(false);
  // Folded away until needed, unless a choice or a note is waiting from before a sign-in.
  const [open, setOpen] = useState(() => serviceId !== '' || note !== '');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const section = useRef<HTMLElement>(null);
  const needsReasking = !referral.consent.allowsForward;

  const review = (event: Event) => {
    event.preventDefault();
    setProblem('');
    const found: Problems = {
      ...(!serviceId && { service: t('staff.forward.chooseService') }),
      ...(needsReasking && !consentReasked && { consent: t('staff.forward.consentRequired') }),
    };
    setProblems(found);
    if (found.service || found.consent) {
      requestAnimationFrame(() => section.current?.querySelector<HTMLElement>(found.service ? '#forward-search' : '#forward-consent')?.focus());
      return;
    }
    setConfirming(true);
  };

  const forward = async () => {
    setBusy(true);
    setProblem('');
    const body = { serviceId, consentReasked: needsReasking && consentReasked, ...(note.trim() && { note: note.trim() }) };
    const result = await callApi<InboxReferral>(`/api/inbox/${encodeURIComponent(referral.id)}/forward`, { body });
    setBusy(false);
    if (result.ok) {
      setServiceId('');
      setNote('');
      setConfirming(false);
      onChanged(result.data, t('staff.forward.done', { service: serviceName(serviceId, language) ?? serviceId }));
      return;
    }
    if (result.status === UNAUTHENTICATED) return signInAgain();
    const { message, stale } = actionProblem(result, t);
    setProblem(message);
    setConfirming(false);
    if (stale) onStale();
  };

  const target = serviceName(serviceId, language) ?? '';
  const toggle = () => {
    setOpen(!open);
    if (!open) requestAnimationFrame(() => section.current?.querySelector<HTMLElement>('#forward-search')?.focus());
  };
  return (
    <section aria-labelledby="forward-title" class="staff-section" ref={section}>
      <h2 id="forward-title">{t('staff.forward.title')}</h2>
      <p>{t('staff.forward.intro')}</p>
      <button type="button" class="button" aria-expanded={open} aria-controls="forward-form" onClick={toggle}>{t('staff.forward.open')}</button>
      <form id="forward-form" class="staff-form" onSubmit={review} noValidate hidden={!open}>
        <ServicePicker excludeId={referral.serviceId} selectedId={serviceId} onSelect={(id) => { setServiceId(id); setProblems({ ...problems, service: undefined }); }} error={problems.service} />
        <StaffField id="forward-note" label={t('staff.forward.note')} hint={t('staff.forward.noteHint')}>
          {(control) => <textarea {...control} rows={3} maxLength={500} value={note} onInput={(event) => setNote(event.currentTarget.value)} />}
        </StaffField>
        {needsReasking && (
          <div class={problems.consent ? 'staff-field has-error' : 'staff-field'}>
            <p class="hint" id="forward-consent-hint">{t('staff.forward.consentNotGiven')}</p>
            <label class="staff-check">
              <input id="forward-consent" type="checkbox" checked={consentReasked} aria-invalid={problems.consent ? true : undefined}
                aria-describedby={problems.consent ? 'forward-consent-hint forward-consent-error' : 'forward-consent-hint'}
                onChange={(event) => { setConsentReasked(event.currentTarget.checked); setProblems({ ...problems, consent: undefined }); }} />
              <span>{t('staff.forward.consentReasked')}</span>
            </label>
            {problems.consent && <p class="field-error" id="forward-consent-error">{problems.consent}</p>}
          </div>
        )}
        <div class="staff-actions">
          <button type="submit" class="button" aria-expanded={confirming}>{t('staff.forward.submit')}</button>
        </div>
      </form>
      {confirming && (
        <ConfirmPanel id="confirm-forward" title={t('staff.forward.confirmTitle', { service: target })} confirmLabel={t('staff.forward.confirm')} busy={busy}
          onConfirm={() => void forward()} onBack={() => setConfirming(false)} />
      )}
      {problem && <p class="notice notice-error staff-notice" role="alert">{problem}</p>}
    </section>
  );
}
