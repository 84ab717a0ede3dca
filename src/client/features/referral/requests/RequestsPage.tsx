import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { PageHeading } from '../../../ui/PageHeading.tsx';
import { online, outboxEntries, outboxState, sentRequests, watchOutbox } from '../outbox-client.ts';
import { UndoDiscard } from './RefusalNotice.tsx';
import { useDiscardWithUndo } from './use-discard.ts';
import { serviceNames } from '../../../directory/directory-names.ts';
import { SentRequestItem } from './SentRequestItem.tsx';
import { useLatestStatuses } from './use-latest-statuses.ts';
import { WaitingRequestItem } from './WaitingRequestItem.tsx';

/**
 * Says "Your request to X was sent" when a request that was waiting on this page goes out
 * (the connection came back, or the service worker sent it).
 */
function useSentAnnouncement(): string {
  const { t, language } = useTranslation();
  const waitingBefore = useRef<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const justSent = sentRequests.value.filter((request) => waitingBefore.current.has(request.idempotencyKey));
  useEffect(() => {
    if (justSent.length > 0) {
      const names = justSent.map((request) => serviceNames(request.serviceId, language)?.service ?? t('requests.unknownService'));
      setAnnouncement(names.map((service) => t('requests.justSent', { service })).join(' '));
    }
    waitingBefore.current = new Set(outboxEntries.value.filter((entry) => !entry.refusal).map((entry) => entry.idempotencyKey));
  }, [outboxEntries.value, sentRequests.value]);
  return announcement;
}

/** `/requests`: what this device asked for, waiting or sent, and where each one is now. */
export function RequestsPage() {
  const { t } = useTranslation();
  useEffect(watchOutbox, []);
  const { discarded, discard, undo } = useDiscardWithUndo();
  const unknown = useLatestStatuses(sentRequests.value, online.value);
  const announcement = useSentAnnouncement();
  const waiting = outboxEntries.value;
  const sent = sentRequests.value;
  const empty = outboxState.value === 'ready' && waiting.length === 0 && sent.length === 0;

  return (
    <section class="requests">
      <PageHeading title={t('requests.title')}>{t('requests.title')}</PageHeading>
      <p>{t('requests.intro')}</p>
      <div role="status" aria-live="polite">
        {announcement && <p class="notice">{announcement}</p>}
      </div>
      <UndoDiscard visible={!!discarded} onUndo={() => void undo()} />
      {outboxState.value === 'loading' && <p class="loading">{t('app.loading')}</p>}
      {outboxState.value === 'unavailable' && <p class="notice notice-error">{t('requests.storageUnavailable')}</p>}
      {empty && (
        <div class="empty-results">
          <p>{t('requests.empty')}</p>
          <a class="button" href="/">{t('requests.findService')}</a>
        </div>
      )}
      {waiting.length > 0 && (
        <section aria-labelledby="requests-waiting">
          <h2 id="requests-waiting">{t('requests.waitingTitle')}</h2>
          <ul class="request-list">
            {waiting.map((entry) => <WaitingRequestItem key={entry.idempotencyKey} entry={entry} onDiscard={() => void discard(entry.idempotencyKey)} />)}
          </ul>
        </section>
      )}
      {sent.length > 0 && (
        <section aria-labelledby="requests-sent">
          <h2 id="requests-sent">{t('requests.sentTitle')}</h2>
          <ul class="request-list">
            {sent.map((request) => <SentRequestItem key={request.idempotencyKey} request={request} linkBroken={unknown.has(request.idempotencyKey)} />)}
          </ul>
        </section>
      )}
    </section>
  );
}
