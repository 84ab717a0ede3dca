import { useTranslation } from '../../i18n/use-translation.ts';
import type { InboxHistoryEntry, InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import { signedInAccount } from './signed-in-account.ts';
import { formatDateTime } from './staff-time.ts';

type Translate = ReturnType<typeof useTranslation>['t'];

/** The history names people by user id; the reader is "you", anyone else at an agency is "staff". */
function actorText(actor: string, t: Translate): string {
  if (actor === 'newcomer') return t('staff.history.byPerson');
  if (actor === 'system') return t('staff.history.bySystem');
  if (actor === signedInAccount.value?.id) return t('staff.history.byYou');
  return t('staff.history.byStaff');
}

function changeText(entry: InboxHistoryEntry, t: Translate): string {
  const to = t(`staff.status.${entry.to}`);
  return entry.from ? t('staff.history.moved', { from: t(`staff.status.${entry.from}`), to }) : t('staff.history.created', { status: to });
}

/** Every step so far, oldest first: who, when, and why. */
export function ReferralHistory({ referral }: { referral: InboxReferral }) {
  const { t, language } = useTranslation();
  return (
    <section aria-labelledby="history-title" class="staff-section">
      <h2 id="history-title">{t('staff.history.title')}</h2>
      <ol class="timeline">
        {referral.history.map((entry, index) => (
          <li key={index} class="timeline-entry">
            <p class="timeline-when"><time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time></p>
            <p class="timeline-what">{changeText(entry, t)}</p>
            <p>{actorText(entry.actor, t)}</p>
            {entry.reason && <p>{t('staff.history.reason', { reason: t(`staff.reason.${entry.reason}`) })}</p>}
            {entry.note && <p class="timeline-note"><bdi>{entry.note}</bdi></p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
