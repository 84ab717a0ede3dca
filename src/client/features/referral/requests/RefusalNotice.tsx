import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorsFromServer, formFields } from '../form/referral-validation.ts';
import type { OutboxEntry, Refusal } from '../outbox/referral-outbox.ts';

function reasonKey(refusal: Refusal) {
  if (refusal.status === 404) return 'referral.refused.serviceGone' as const;
  if (refusal.status === 409) return 'referral.refused.conflict' as const;
  if (refusal.status === 413) return 'referral.refused.tooLarge' as const;
  if (refusal.status === 400) return 'referral.refused.invalid' as const;
  return 'referral.refused.other' as const;
}

export const fixHref = (entry: OutboxEntry): string => `/service/${encodeURIComponent(entry.body.serviceId)}/contact?fix=${entry.idempotencyKey}`;

/**
 * Why the server did not take a request, in the reader's language (its own words are English),
 * and what to do: fix it and send again, or remove it.
 */
export function RefusalNotice({ entry, onDiscard }: { entry: OutboxEntry & { refusal: Refusal }; onDiscard: () => void }) {
  const { t } = useTranslation();
  const errors = errorsFromServer(entry.refusal.fields);
  const problems = formFields.flatMap((field) => (errors[field] ? [errors[field]] : []));
  return (
    <div class="notice notice-error refusal">
      <p>
        <strong>{t('referral.refused.title')}</strong> {t(reasonKey(entry.refusal))}
      </p>
      {problems.length > 0 && (
        <ul>{problems.map((problem) => <li key={problem}>{t(`referral.errors.${problem}`)}</li>)}</ul>
      )}
      <div class="form-actions">
        {entry.refusal.status !== 404 && <a class="button" href={fixHref(entry)}>{t('referral.refused.fix')}</a>}
        <button type="button" class="button" onClick={onDiscard}>{t('referral.refused.discard')}</button>
      </div>
    </div>
  );
}

/** "The request was removed. Undo", after a discard. */
export function UndoDiscard({ visible, onUndo }: { visible: boolean; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" class="undo-region">
      {visible && (
        <p class="notice">
          <span>{t('referral.refused.discarded')}</span>
          <button type="button" class="button button-quiet" onClick={onUndo}>{t('referral.refused.undo')}</button>
        </p>
      )}
    </div>
  );
}
