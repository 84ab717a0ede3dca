import type { Service } from '../../../shared/schema/directory.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** Who can use the service, in plain words from the structured eligibility. */
export function Eligibility({ service }: { service: Service }) {
  const { t } = useTranslation();
  const eligibility = service.guichet_eligibility;
  const statuses = eligibility?.statuses ?? null;
  const audiences = eligibility?.audiences ?? [];
  const { minimum_age: min, maximum_age: max } = service;
  return (
    <section aria-labelledby="eligibility">
      <h2 id="eligibility">{t('service.eligibility')}</h2>
      {statuses === null ? (
        <p>{t('service.openToEveryone')}</p>
      ) : (
        <>
          <p>{t('service.eligibleStatuses')}</p>
          <ul>{statuses.map((status) => <li key={status}>{t(`statuses.${status}`)}</li>)}</ul>
        </>
      )}
      {audiences.length > 0 && (
        <p>
          {t('service.audiences')} {audiences.map((audience) => t(`audiences.${audience}`)).join(', ')}
        </p>
      )}
      {min != null && max != null && <p>{t('service.ages', { min, max })}</p>}
      {min != null && max == null && min > 0 && <p>{t('service.minAge', { min })}</p>}
    </section>
  );
}
