import { useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { isClosedStatus, referralTransitions, rejectionReasons, type ReferralStatus } from '../../../shared/referrals/referral-contract.ts';
import { callApi } from './staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from './account-session.ts';
import { useDraft } from './staff-drafts.ts';
import { actionProblem } from './action-outcome.ts';
import { StaffField } from './StaffField.tsx';
import { ConfirmPanel } from './ConfirmPanel.tsx';

interface ReferralActionsProps {
  referral: InboxReferral;
  onChanged: (updated: InboxReferral, message: string) => void;
  onStale: () => void;
}

type ClosingStatus = 'rejected' | 'completed' | 'failed' | 'cancelled';
/** Nothing moves a referral back to "requested", so every move has a label. */
type Move = Exclude<ReferralStatus, 'requested'>;

/** The moves the referral's state allows now, each with an optional note; closing ones ask first. */
export function ReferralActions({ referral, onChanged, onStale }: ReferralActionsProps) {
  const { t } = useTranslation();
  const signInAgain = useSignInAgain();
  const [note, setNote] = useDraft(referral.id, 'note');
  const [reason, setReason] = useDraft(referral.id, 'reason');
  const [pending, setPending] = useState<ClosingStatus | null>(null);
  const [reasonError, setReasonError] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const reasonSelect = useRef<HTMLSelectElement>(null);

  const move = async (to: ReferralStatus) => {
    if (to === 'rejected' && !reason) {
      setReasonError(t('staff.actions.reasonRequired'));
      reasonSelect.current?.focus();
      return;
    }
    setBusy(true);
    setProblem('');
    const body = { to, ...(to === 'rejected' && { reason }), ...(note.trim() && { note: note.trim() }) };
    const result = await callApi<InboxReferral>(`/api/inbox/${encodeURIComponent(referral.id)}/transition`, { body });
    setBusy(false);
    if (result.ok) {
      setNote('');
      setReason('');
      setPending(null);
      onChanged(result.data, t('staff.actions.done', { status: t(`staff.status.${to}`) }));
      return;
    }
    // What was typed is already kept for this tab, so it is there again after signing in.
    if (result.status === UNAUTHENTICATED) return signInAgain();
    const { message, stale } = actionProblem(result, t);
    setProblem(message);
    if (stale) onStale();
  };

  const choose = (to: ReferralStatus) => {
    setProblem('');
    setReasonError('');
    if (isClosedStatus(to)) setPending(to as ClosingStatus);
    else void move(to);
  };

  return (
    <section aria-labelledby="actions-title" class="staff-section">
      <h2 id="actions-title">{t('staff.actions.title')}</h2>
      <StaffField id="action-note" label={t('staff.actions.note')} hint={t('staff.actions.noteHint')}>
        {(control) => <textarea {...control} rows={3} maxLength={500} value={note} onInput={(event) => setNote(event.currentTarget.value)} />}
      </StaffField>
      <div class="staff-actions">
        {referralTransitions[referral.status].filter((to): to is Move => to !== 'requested').map((to) => (
          <button key={to} type="button" class={to === 'accepted' ? 'button button-primary' : 'button'} disabled={busy} aria-expanded={isClosedStatus(to) ? pending === to : undefined}
            onClick={() => choose(to)}>
            {t(`staff.actions.move.${to}`)}
          </button>
        ))}
      </div>
      {pending && (
        <ConfirmPanel id="confirm-move" title={t(`staff.actions.confirmTitle.${pending}`)} confirmLabel={t(`staff.actions.confirm.${pending}`)} busy={busy}
          onConfirm={() => void move(pending)} onBack={() => setPending(null)}>
          {pending === 'rejected' && (
            <StaffField id="reject-reason" label={t('staff.actions.reason')} error={reasonError}>
              {(control) => (
                <select {...control} ref={reasonSelect} required value={reason} onChange={(event) => { setReason(event.currentTarget.value); setReasonError(''); }}>
                  <option value="">{t('staff.actions.reasonPlaceholder')}</option>
                  {rejectionReasons.map((option) => <option key={option} value={option}>{t(`staff.reason.${option}`)}</option>)}
                </select>
              )}
            </StaffField>
          )}
        </ConfirmPanel>
      )}
      {problem && <p class="notice notice-error staff-notice" role="alert">{problem}</p>}
    </section>
  );
}
