import { useTranslation } from '../../../i18n/use-translation.ts';
import type { ReferralStatusView } from '../../../../shared/referrals/referral-contract.ts';
import { formatMoment } from './moments.ts';

/** Each change of state, oldest first, with the reason the service gave. */
export function StatusTimeline({ history }: { history: ReferralStatusView['history'] }) {
  const { t, language } = useTranslation();
  return (
    <ol class="timeline">
      {history.map((entry) => (
        <li key={`${entry.at}-${entry.status}`} class="timeline-entry">
          <p class="timeline-when"><time dateTime={entry.at}>{formatMoment(entry.at, language)}</time></p>
          <p class="timeline-what">{t(`referral.status.${entry.status}`)}</p>
          {entry.reason && <p>{t(`referral.reason.${entry.reason}`)}</p>}
        </li>
      ))}
    </ol>
  );
}
