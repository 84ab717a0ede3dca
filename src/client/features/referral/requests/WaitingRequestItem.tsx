import { useTranslation } from '../../../i18n/use-translation.ts';
import { RefusalNotice } from './RefusalNotice.tsx';
import type { OutboxEntry, Refusal } from '../outbox/referral-outbox.ts';
import { serviceNames } from '../../../directory/directory-names.ts';
import { formatMoment } from '../status/moments.ts';

/** A request still on this device: waiting to send, or refused and waiting for the person. */
export function WaitingRequestItem({ entry, onDiscard }: { entry: OutboxEntry; onDiscard: () => void }) {
  const { t, language } = useTranslation();
  const names = serviceNames(entry.body.serviceId, language);
  return (
    <li class="request-card">
      <h3><bdi>{names?.service ?? t('requests.unknownService')}</bdi></h3>
      {names?.organization && <p class="result-organization"><bdi>{names.organization}</bdi></p>}
      {entry.refusal ? (
        <RefusalNotice entry={entry as OutboxEntry & { refusal: Refusal }} onDiscard={onDiscard} />
      ) : (
        <p class="outcome-waiting">{t('requests.waiting')}</p>
      )}
      <p class="hint">{t('requests.savedOn', { date: formatMoment(entry.queuedAt, language) })}</p>
    </li>
  );
}
