import { useEffect, useRef, useState } from 'preact/hooks';
import type { ListingHealthResponse } from '../../../shared/dashboard/listing-health-contract.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { callApi, type ApiFailure } from '../staff/staff-api.ts';
import { UNAUTHENTICATED, useSignInAgain } from '../staff/account-session.ts';
import { ListingHealthTable } from './ListingHealthTable.tsx';
import { ViewProblem } from './ViewProblem.tsx';

const healthUrl = (region: string, file = '') => `/api/dashboard/listing-health${file}?region=${encodeURIComponent(region)}`;

function useListingHealth(region: string) {
  const signInAgain = useSignInAgain();
  const [data, setData] = useState<ListingHealthResponse | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const latest = useRef(0);
  const load = async () => {
    // Another region chosen meanwhile: only the latest answer is shown.
    const request = ++latest.current;
    setData(null);
    setFailure(null);
    const result = await callApi<ListingHealthResponse>(healthUrl(region));
    if (request !== latest.current) return;
    if (result.ok) setData(result.data);
    else if (result.status === UNAUTHENTICATED) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), [region]);
  return { data, failure, reload: () => void load() };
}

/** The LIP's counts about its listings: how many services nobody confirmed lately, and newcomers' reports and ratings. */
export function ListingHealth({ region }: { region: string }) {
  const { t } = useTranslation();
  const { data, failure, reload } = useListingHealth(region);
  const days = data?.staleAfterDays;
  return (
    <section class="dashboard-section" aria-labelledby="dashboard-listing-health-title" aria-busy={!data && !failure}>
      <h2 id="dashboard-listing-health-title">{t('dashboard.listingHealth.title')}</h2>
      {!data && !failure && <p class="loading" role="status">{t('dashboard.loading')}</p>}
      {failure && <ViewProblem failure={failure} onRetry={reload} />}
      {data && days !== undefined && (
        <>
          <p class="dashboard-note">{t('dashboard.listingHealth.intro', { days })}</p>
          <p class="dashboard-note">{t('dashboard.listingHealth.notHidden')}</p>
          {data.organizations.length === 0 ? (
            <p class="empty-results">{t('dashboard.listingHealth.empty')}</p>
          ) : (
            <ListingHealthTable health={data} csvHref={healthUrl(region, '.csv')} />
          )}
        </>
      )}
    </section>
  );
}
