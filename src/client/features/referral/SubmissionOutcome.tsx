import { useEffect } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { online, outboxEntries, sendWaitingRequests, sentRequests, watchOutbox } from './outbox-client.ts';
import { RefusalNotice, UndoDiscard } from './requests/RefusalNotice.tsx';
import { useDiscardWithUndo } from './requests/use-discard.ts';
import type { OutboxEntry, Refusal } from './outbox/referral-outbox.ts';
import { statusHref } from './status/status-link.ts';

const isRefused = (entry: OutboxEntry | undefined): entry is OutboxEntry & { refusal: Refusal } => !!entry?.refusal;

/**
 * What became of the request just made, followed live: waiting to send (offline), sent with
 * its reference code and private link, or refused with what to do. Announced as it changes.
 */
export function SubmissionOutcome({ idempotencyKey }: { idempotencyKey: string }) {
  const { t } = useTranslation();
  const { discarded, discard, undo } = useDiscardWithUndo();
  useEffect(watchOutbox, []);
  const sent = sentRequests.value.find((request) => request.idempotencyKey === idempotencyKey);
  const entry = outboxEntries.value.find((waiting) => waiting.idempotencyKey === idempotencyKey);
  return (
    <div class="submission-outcome">
      <div role="status" aria-live="polite">
        {sent && (
          <p class="outcome-sent">
            {t('referral.outcome.sent')} {t('referral.outcome.reference', { code: sent.referenceCode })}
          </p>
        )}
        {!sent && entry && !entry.refusal && <p class="outcome-waiting">{online.value ? t('referral.outcome.sending') : t('referral.outcome.waiting')}</p>}
        {isRefused(entry) && <RefusalNotice entry={entry} onDiscard={() => void discard(entry.idempotencyKey)} />}
      </div>
      {sent && (
        <>
          <p>{t('referral.outcome.keepLink')}</p>
          <p><a class="button button-primary" href={statusHref(sent.statusToken)}>{t('referral.outcome.seeStatus')}</a></p>
        </>
      )}
      {!sent && entry && !entry.refusal && online.value && (
        <button type="button" class="button" onClick={sendWaitingRequests}>{t('referral.outcome.tryNow')}</button>
      )}
      <UndoDiscard visible={!!discarded} onUndo={() => void undo()} />
      <p><a href="/requests">{t('referral.outcome.myRequests')}</a></p>
    </div>
  );
}
