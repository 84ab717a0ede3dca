/**
 * What providers (and the region's coordinators) read of newcomers' feedback, and resolving a
 * report; and the region's counts per organization, for the dashboard's listing health. Callers have
 * settled access first (src/server/listings/listing-access.ts); every query is bounded to the
 * organization or region it was asked for.
 */
import { sql } from 'kysely';
import type { Directory } from '../../shared/schema/directory.ts';
import type {
  FeedbackProblem,
  FeedbackReport,
  FeedbackReportPage,
  FeedbackState,
  OrganizationFeedbackCounts,
  RatingComment,
  ServiceRatings,
} from '../../shared/feedback/feedback-contract.ts';
import type { ListingFeedbackTable } from '../db/schema.ts';
import type { Db } from '../listings/listing-rows.ts';
import { Refusal } from '../security/refusal.ts';

export const REPORTS_PER_PAGE = 20;
/** Enough for a provider to read what people say; the counts cover every rating. */
const COMMENTS_PER_SERVICE = 10;

/** The organization's service names in the directory phones have now. */
function serviceNames(directory: Directory, organizationId: string): Map<string, string> {
  return new Map(directory.services.filter((service) => service.organization_id === organizationId).map((service) => [service.id, service.name]));
}

function reportOf(row: ListingFeedbackTable, names: Map<string, string>): FeedbackReport {
  return {
    id: row.id,
    serviceId: row.service_id,
    serviceName: names.get(row.service_id) ?? row.service_id,
    problems: row.problems ? (JSON.parse(row.problems) as FeedbackProblem[]) : [],
    comment: row.comment,
    language: row.language,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
  };
}

const reportsOf = (db: Db, organizationId: string, state: FeedbackState) =>
  db
    .selectFrom('listing_feedback')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'wrong_info')
    .where('resolved_at', state === 'open' ? 'is' : 'is not', null);

/** Newest first, a page at a time. */
export async function listReports(db: Db, directory: Directory, organizationId: string, state: FeedbackState, page: number): Promise<FeedbackReportPage> {
  const [rows, counted] = await Promise.all([
    reportsOf(db, organizationId, state)
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(REPORTS_PER_PAGE)
      .offset((page - 1) * REPORTS_PER_PAGE)
      .execute(),
    reportsOf(db, organizationId, state).select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  const names = serviceNames(directory, organizationId);
  return { state, reports: rows.map((row) => reportOf(row, names)), page, perPage: REPORTS_PER_PAGE, total: Number(counted.total) };
}

/** Marks a report resolved (by whom, when) or open again; 404 when the organization has no such report. */
export async function setResolved(db: Db, directory: Directory, organizationId: string, id: string, resolved: { by: string; at: string } | null): Promise<FeedbackReport> {
  await db
    .updateTable('listing_feedback')
    .set({ resolved_at: resolved?.at ?? null, resolved_by: resolved?.by ?? null })
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'wrong_info')
    // Resolving twice keeps the first resolution.
    .where('resolved_at', resolved ? 'is' : 'is not', null)
    .execute();
  const row = await db.selectFrom('listing_feedback').selectAll().where('id', '=', id).where('organization_id', '=', organizationId).where('kind', '=', 'wrong_info').executeTakeFirst();
  if (!row) throw new Refusal(404, 'This organization has no such report.');
  return reportOf(row, serviceNames(directory, organizationId));
}

/** Per service: count and average of every rating, with the newest comments. */
export async function listRatings(db: Db, directory: Directory, organizationId: string): Promise<ServiceRatings[]> {
  const [totals, commented] = await Promise.all([
    db
      .selectFrom('listing_feedback')
      .where('organization_id', '=', organizationId)
      .where('kind', '=', 'rating')
      .select((eb) => ['service_id', eb.fn.countAll<string | number>().as('count'), eb.fn.avg<string | number>('rating').as('average')])
      .groupBy('service_id')
      .execute(),
    db
      .selectFrom('listing_feedback')
      .where('organization_id', '=', organizationId)
      .where('kind', '=', 'rating')
      .where('comment', 'is not', null)
      .select(['id', 'service_id', 'rating', 'comment', 'language', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
      .execute(),
  ]);
  const names = serviceNames(directory, organizationId);
  const comments = new Map<string, RatingComment[]>();
  for (const row of commented) {
    const list = comments.get(row.service_id) ?? [];
    if (list.length < COMMENTS_PER_SERVICE) list.push({ id: row.id, rating: row.rating ?? 0, comment: row.comment ?? '', language: row.language, createdAt: row.created_at });
    comments.set(row.service_id, list);
  }
  return totals
    .map((total) => ({
      serviceId: total.service_id,
      serviceName: names.get(total.service_id) ?? total.service_id,
      count: Number(total.count),
      average: Math.round(Number(total.average) * 10) / 10,
      comments: comments.get(total.service_id) ?? [],
    }))
    .sort((a, b) => a.serviceName.localeCompare(b.serviceName));
}

/** The region's organizations that have any feedback, with their counts (the dashboard's listing health reads this). */
export async function regionFeedbackCounts(db: Db, regionId: string): Promise<OrganizationFeedbackCounts[]> {
  const isReport = sql<boolean>`kind = 'wrong_info'`;
  const rows = await db
    .selectFrom('listing_feedback')
    .leftJoin('listing_heads', 'listing_heads.organization_id', 'listing_feedback.organization_id')
    .where('listing_feedback.region_id', '=', regionId)
    .select([
      'listing_feedback.organization_id',
      'listing_heads.name',
      sql<string | number>`sum(case when ${isReport} and resolved_at is null then 1 else 0 end)`.as('open_reports'),
      sql<string | number>`sum(case when ${isReport} and resolved_at is not null then 1 else 0 end)`.as('resolved_reports'),
      sql<string | number>`sum(case when kind = 'rating' then 1 else 0 end)`.as('ratings'),
      sql<string | number | null>`avg(case when kind = 'rating' then rating end)`.as('average_rating'),
    ])
    .groupBy(['listing_feedback.organization_id', 'listing_heads.name'])
    .orderBy('listing_feedback.organization_id')
    .execute();
  return rows.map((row) => ({
    organizationId: row.organization_id,
    name: row.name ?? row.organization_id,
    openReports: Number(row.open_reports),
    resolvedReports: Number(row.resolved_reports),
    ratings: Number(row.ratings),
    averageRating: row.average_rating === null ? null : Math.round(Number(row.average_rating) * 10) / 10,
  }));
}
