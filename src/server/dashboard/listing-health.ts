/**
 * The LIP's view of its directory's health: per organization, the services listed, how many
 * nobody confirmed within the period, newcomers' reports (open, resolved) and ratings. The
 * counts are about organizations, not people, so the small-count rule does not apply to them
 * and they are shown as they are; a report's or rating's comment never reaches this view.
 */
import { sql } from 'kysely';
import { listingHealthColumns, type ListingHealthCounts, type ListingHealthResponse, type OrganizationHealth } from '../../shared/dashboard/listing-health-contract.ts';
import type { DashboardTable } from '../../shared/dashboard/dashboard-contract.ts';
import { freshSince } from '../../shared/listings/service-freshness.ts';
import { regionFeedbackCounts } from '../feedback/feedback-queries.ts';
import { isStale, liveServiceDates } from '../freshness/live-service-dates.ts';
import type { Db } from '../listings/listing-rows.ts';
import type { DashboardRegion } from './dashboard-access.ts';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The region's ratings as one count and average, from the rows themselves (not from rounded averages). */
async function regionRatings(db: Db, regionId: string): Promise<{ ratings: number; averageRating: number | null }> {
  const row = await db
    .selectFrom('listing_feedback')
    .select([sql<string | number>`count(*)`.as('ratings'), sql<string | number | null>`avg(rating)`.as('average')])
    .where('region_id', '=', regionId)
    .where('kind', '=', 'rating')
    .executeTakeFirstOrThrow();
  return { ratings: Number(row.ratings), averageRating: row.average === null ? null : oneDecimal(Number(row.average)) };
}

export async function listingHealth(db: Db, region: DashboardRegion, now: Date, staleAfterDays: number): Promise<ListingHealthResponse> {
  const heads = await db
    .selectFrom('listing_heads')
    .select(['organization_id', 'name', 'live_version'])
    .where('region_id', '=', region.id)
    .orderBy('name')
    .orderBy('organization_id')
    .execute();
  const since = freshSince(now, staleAfterDays);
  const dates = await liveServiceDates(db, heads);
  const feedback = new Map((await regionFeedbackCounts(db, region.id)).map((counts) => [counts.organizationId, counts]));
  const organizations: OrganizationHealth[] = heads.map((head) => {
    const listed = (dates.get(head.organization_id) ?? []).filter((service) => service.listed);
    const counts = feedback.get(head.organization_id);
    return {
      organizationId: head.organization_id,
      name: head.name,
      services: listed.length,
      staleServices: listed.filter((service) => isStale(service, since)).length,
      openReports: counts?.openReports ?? 0,
      resolvedReports: counts?.resolvedReports ?? 0,
      ratings: counts?.ratings ?? 0,
      averageRating: counts?.averageRating ?? null,
    };
  });
  const sum = (key: 'services' | 'staleServices' | 'openReports' | 'resolvedReports') => organizations.reduce((total, organization) => total + organization[key], 0);
  const totals: ListingHealthCounts = {
    services: sum('services'),
    staleServices: sum('staleServices'),
    openReports: sum('openReports'),
    resolvedReports: sum('resolvedReports'),
    ...(await regionRatings(db, region.id)),
  };
  return { region: { id: region.id, name: region.name }, staleAfterDays, organizations, totals };
}

/** The same figures as a dashboard table, for the CSV export every dashboard table has. */
export function listingHealthTable(health: ListingHealthResponse): DashboardTable {
  const values = (counts: ListingHealthCounts) => listingHealthColumns.map((key) => counts[key]);
  return {
    id: 'listing-health',
    rowDimension: 'organization',
    // The unit only guides how the page draws a cell; the CSV writes the numbers as they are.
    columns: listingHealthColumns.map((key) => ({ key, unit: 'listings' as const })),
    rows: health.organizations.map((organization) => ({ key: organization.organizationId, label: organization.name, values: values(organization) })),
    totals: values(health.totals),
  };
}
