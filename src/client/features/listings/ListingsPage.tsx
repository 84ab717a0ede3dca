/** `/listings`: the organizations this account may edit, with where each listing stands. */
import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { useKnownAccount, useSignInAgain } from '../staff/account-session.ts';
import { OfflineNote } from '../staff/OfflineNote.tsx';
import { listingApi, type ListingFailure, type ListingRow } from './listing-api.ts';
import { ListingRefusal } from './ListingRefusal.tsx';
import { LipTools } from './LipTools.tsx';

function ListingFacts({ row }: { row: ListingRow }) {
  const { t } = useTranslation();
  return (
    <ul class="listing-facts">
      <li>{row.liveVersion ? t('listings.list.live', { version: row.liveVersion }) : t('listings.list.notLive')}</li>
      {row.hasDraft && <li class="listing-badge">{t('listings.list.draft')}</li>}
      {row.pendingReview && <li class="listing-badge">{t('listings.list.pendingReview')}</li>}
      {row.staleServices !== undefined && row.staleServices > 0 && <li class="listing-badge listing-badge-stale">{t('listings.list.stale', { count: row.staleServices })}</li>}
      {row.openReports !== undefined && row.openReports > 0 && (
        <li class="listing-badge">
          <a href={`/listings/${encodeURIComponent(row.organizationId)}/reports`}>{t('listings.list.reports', { count: row.openReports })}</a>
        </li>
      )}
    </ul>
  );
}

export function ListingsPage() {
  const { t } = useTranslation();
  const signInAgain = useSignInAgain();
  useKnownAccount();
  const [rows, setRows] = useState<ListingRow[] | null>(null);
  const [failure, setFailure] = useState<ListingFailure | null>(null);
  const load = async () => {
    const result = await listingApi<{ listings: ListingRow[] }>('/api/listings');
    if (result.ok) {
      setRows(result.data.listings);
      setFailure(null);
    } else if (result.status === 401) signInAgain();
    else setFailure(result);
  };
  useEffect(() => void load(), []);
  return (
    <section class="staff-page">
      <PageHeading title={t('listings.list.title')}>{t('listings.list.title')}</PageHeading>
      <OfflineNote />
      <p class="hint">{t('listings.list.intro')}</p>
      {failure && <ListingRefusal failure={failure} onRetry={() => void load()} />}
      {!rows && !failure && <p role="status">{t('listings.loading')}</p>}
      {rows?.length === 0 && <p class="empty-results">{t('listings.list.empty')}</p>}
      {rows && rows.length > 0 && (
        <ul class="listing-list">
          {rows.map((row) => (
            <li key={row.organizationId} class="listing-card">
              <h2>
                <a href={`/listings/${encodeURIComponent(row.organizationId)}`}>{row.name}</a>
              </h2>
              <ListingFacts row={row} />
              <a href={`/listings/${encodeURIComponent(row.organizationId)}/history`}>{t('listings.list.history', { name: row.name })}</a>
            </li>
          ))}
        </ul>
      )}
      <LipTools rows={rows} />
    </section>
  );
}
