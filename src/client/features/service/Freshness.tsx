import type { Service } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { formatDate } from '../../i18n/format.ts';
import { freshSince, isStaleDate } from '../../../shared/listings/service-freshness.ts';
import { useStaleAfterDays } from './freshness.ts';

/** When the provider last confirmed the page, and a gentle word when that was long ago. */
export function Freshness({ service }: { service: Service }) {
  const { t, language } = useTranslation();
  const staleAfterDays = useStaleAfterDays();
  const assured = service.assured_date;
  if (!assured) return <p class="verified">{t('service.notVerified')}</p>;
  return (
    <div class="verified">
      <p>{t('service.lastVerified', { date: formatDate(assured, language) })}</p>
      {isStaleDate(assured, freshSince(new Date(), staleAfterDays)) && <p class="verified-old">{t('service.mayBeOutOfDate')}</p>}
    </div>
  );
}
