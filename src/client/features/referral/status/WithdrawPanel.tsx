import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation.ts';
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';
import { withdrawRequest } from './status-api.ts';

/**
 * "Stop my request", asked twice: the second time says plainly that it erases the person's
 * details and cannot be undone.
 */
export function WithdrawPanel({ token, onWithdrawn }: { token: string; onWithdrawn: (view: ReferralStatusView) => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (confirming) question.current?.focus();
    else if (answered.current) opener.current?.focus();
  }, [confirming]);

  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    const answer = await withdrawRequest(token);
    setBusy(false);
    if (answer.kind === 'found') onWithdrawn(answer.view);
    else setFailed(true);
  };
  const keep = () => {
    answered.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return <button ref={opener} type="button" class="button" onClick={() => setConfirming(true)}>{t('requests.detail.withdraw')}</button>;
  }
  return (
    <section class="withdraw-confirm" aria-labelledby="withdraw-question">
      <h2 id="withdraw-question" ref={question} tabIndex={-1}>{t('requests.detail.withdrawQuestion')}</h2>
      <p>{t('requests.detail.withdrawWarning')}</p>
      <div role="alert">{failed && <p class="notice notice-error">{t('requests.detail.withdrawFailed')}</p>}</div>
      <div class="form-actions">
        <button type="button" class="button button-danger" disabled={busy} onClick={() => void confirm()}>{t('requests.detail.withdrawYes')}</button>
        <button type="button" class="button" onClick={keep}>{t('requests.detail.withdrawNo')}</button>
      </div>
    </section>
  );
}
