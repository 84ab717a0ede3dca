import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';

/** The phone's share sheet where there is one; copying the link otherwise. */
export function ShareButton({ title }: { title: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const canShare = typeof navigator.share === 'function';
  const share = async () => {
    const url = location.href;
    try {
      if (canShare) {
        await navigator.share({ title, url });
      } else {
        await navigator.clipboard.writeText(url);
        setMessage(t('service.linkCopied'));
      }
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setMessage(t('service.shareFailed'));
    }
  };
  return (
    <div class="share">
      <button type="button" class="button" onClick={() => void share()}>{canShare ? t('service.share') : t('service.copyLink')}</button>
      <p role="status" class="field-message">{message}</p>
    </div>
  );
}
