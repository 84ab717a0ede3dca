import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation.ts';
import { directory } from '../../directory/directory-store.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { OfflineNote } from '../staff/OfflineNote.tsx';
import { dashboardPath, readDashboardChoice, type DashboardChoice } from './dashboard-query.ts';
import { regionShown, useRegionSummary } from './region-summary-loader.ts';
import { DashboardControls } from './DashboardControls.tsx';
import { DashboardSections } from './DashboardSections.tsx';
import { ListingHealth } from './ListingHealth.tsx';
import { HiddenCountsLegend } from './HiddenCount.tsx';
import { ViewProblem } from './ViewProblem.tsx';

/** The first entry of each id wins: the one with the region's name comes first. */
function uniqueRegions(entries: ({ id: string; name: string } | null | undefined)[]): { id: string; name: string }[] {
  const byId = new Map<string, { id: string; name: string }>();
  for (const entry of entries) if (entry && !byId.has(entry.id)) byId.set(entry.id, { id: entry.id, name: entry.name });
  return [...byId.values()];
}

/** `/dashboard`: a region's referrals and searches for its coordinators and administrators, nobody identifiable. */
export function DashboardPage() {
  const { t, language } = useTranslation();
  const { query, route } = useLocation();
  const choice = readDashboardChoice(query);
  const directoryRegion = directory.value?.region ?? null;
  const { account, summary, failure, reload } = useRegionSummary(choice.region, directoryRegion?.id ?? null);
  const organizations = useMemo(() => new Map(summary?.organizations.map((organization) => [organization.id, organization.name])), [summary]);

  const show = (next: DashboardChoice) => route(dashboardPath(next));
  // An administrator may look at any region; the app knows its own and the account's.
  const region = account ? regionShown(account, choice.region, directoryRegion?.id ?? null) : null;
  const regions = uniqueRegions([summary?.region, account?.role === 'admin' ? directoryRegion : null, account?.regionId ? { id: account.regionId, name: account.regionId } : null]);
  const year = summary && (choice.year !== null && summary.fiscalYears.includes(choice.year) ? choice.year : summary.currentFiscalYear);

  return (
    <section class="staff-page dashboard-page">
      <PageHeading title={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <OfflineNote />
      {account?.role === 'staff' || failure?.status === 403 ? (
        <div class="notice notice-warning" role="alert">
          <p>{account?.role === 'coordinator' ? t('dashboard.otherRegion') : t('dashboard.notForRole')}</p>
          {account?.role === 'coordinator' && account.regionId && <a href={dashboardPath({ ...choice, region: account.regionId, narrow: null })}>{t('dashboard.title')}</a>}
          <a href="/account">{t('dashboard.toAccount')}</a>
        </div>
      ) : (
        failure && <ViewProblem failure={failure} onRetry={reload} />
      )}
      {!summary && !failure && account?.role !== 'staff' && <p class="loading" role="status">{t('dashboard.loading')}</p>}
      {summary && region && year !== null && (
        <>
          <p>{t('dashboard.intro')}</p>
          <HiddenCountsLegend />
          <DashboardControls
            choice={choice}
            regions={regions}
            region={region}
            years={summary.fiscalYears}
            year={year}
            organizations={summary.organizations}
            onChange={show}
          />
          <DashboardSections region={region} year={year} choice={choice} labels={{ t, language, organizations }} onChange={show} />
          <ListingHealth region={region} />
        </>
      )}
    </section>
  );
}
