import { useTranslation } from '../../i18n/use-translation.ts';
import type { FeedbackSend } from './use-feedback-send.ts';

/**
 * Where a form says what became of what was sent. Always in the page (empty while editing), so
 * screen readers announce each change.
 */
export function FeedbackStatus({ send, sentText }: { send: FeedbackSend; sentText: string }) {
  const { t } = useTranslation();
  const text =
    send.state === 'sent'
      ? sentText
      : send.state === 'waiting'
        ? t('feedback.status.waiting')
        : send.state === 'delayed'
          ? t('feedback.status.delayed')
          : send.state === 'sending'
            ? t('feedback.status.sending')
            : '';
  return (
    <div class="feedback-status">
      <p role="status">{text}</p>
      {send.state === 'editing' && send.refusal !== null && (
        <p class="field-error" role="alert">
          {t('feedback.status.refused')} {send.refusal && <span lang="en">{send.refusal}</span>}
        </p>
      )}
      {send.notSaved && <p class="field-error" role="alert">{t('feedback.status.notSaved')}</p>}
      {send.state === 'sent' && (
        <button type="button" class="button" onClick={send.startOver}>{t('feedback.another')}</button>
      )}
    </div>
  );
}
