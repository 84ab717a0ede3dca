/**
 * The dashboard over HTTP, on both engines, with the 62 referrals of seedKnownReferrals:
 *
 *   25  org A  ar  language-classes  week 2025-04-07  N6A  completed, answered after 5.5 h
 *   15  org B  es  employment        week 2025-05-05  N5Y  accepted (sent by org A), 30.2 h
 *   12  org A  uk  housing           week 2025-06-02  N6A  rejected (no_capacity), 50 h
 *    4  org C  ar  employment        week 2025-06-09  N6B  waiting
 *    3  org A  ar  housing           week 2025-07-07  N6C  forwarded to org B, 1 h
 *    3  org B  ar  housing           week 2025-07-07  N6C  accepted (second hop), 2 h
 *
 * and 30 in another region. Each expected figure below is worked out from that list.
 */
import { beforeAll, expect, it } from 'vitest';
import type { DashboardTable, DashboardViewResponse } from '../../shared/dashboard/dashboard-contract.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import type { TestBrowser } from '../auth/test-support.ts';
import { createDashboardTestApp, ORG_A, ORG_B, ORG_C, REGION_X, seedKnownReferrals, seedRegionsAndOrganizations, signedInBrowser } from './test-fixtures.ts';

const X = 'x' as const;
const under10 = { suppressed: 'under-10' };
const complementary = { suppressed: 'complementary' };

/** A table as `{ rowKey: firstValue }` plus its total, for compact expectations. */
function firstColumn(table: DashboardTable | undefined) {
  return { rows: Object.fromEntries((table?.rows ?? []).map((row) => [row.key, row.values[0]])), total: table?.totals?.[0] };
}

describeOnEngines('dashboard figures', ({ db, database }) => {
  let coordinator: TestBrowser;
  const get = async (path: string): Promise<DashboardViewResponse> => {
    const response = await coordinator.request(`/api/dashboard/regions/${REGION_X}/${path}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json();
  };
  const table = async (path: string, id: string) => (await get(path)).tables.find((candidate) => candidate.id === id);

  beforeAll(async () => {
    const { regionY } = await seedRegionsAndOrganizations(db());
    await seedKnownReferrals(db(), regionY);
    coordinator = await signedInBrowser(createDashboardTestApp(database()), db(), 'coordinator');
  });

  it('counts referrals by month and by week, hiding July (6) and, so its total cannot give it away, May', async () => {
    const months = firstColumn(await table('volume?year=2025&interval=month', 'referrals-by-month'));
    expect(months.total).toBe(62);
    expect(months.rows).toMatchObject({ '2025-04': 25, '2025-05': complementary, '2025-06': 16, '2025-07': under10, '2025-08': 0, '2026-03': 0 });
    expect(Object.keys(months.rows)).toHaveLength(12);
    const weeks = firstColumn(await table('volume?year=2025&interval=week', 'referrals-by-week'));
    // June's 4 is hidden with its partner week 12; May's hidden month keeps its one week hidden.
    expect(weeks.rows).toMatchObject({ '2025-04-07': 25, '2025-05-05': complementary, '2025-06-02': complementary, '2025-06-09': under10, '2025-07-07': under10, '2025-04-14': 0 });
    expect(Object.keys(weeks.rows)[0]).toBe('2025-03-31');
  });

  it('breaks referrals down by organization, language, category and source', async () => {
    // Org C's 4 is hidden; the total of 62 would give it away, so org B's 18 goes too.
    expect(firstColumn(await table('breakdown?year=2025&by=organization', 'referrals-by-organization'))).toEqual({
      rows: { [ORG_A]: 40, [ORG_B]: complementary, [ORG_C]: under10 },
      total: 62,
    });
    expect(firstColumn(await table('breakdown?year=2025&by=language', 'referrals-by-language'))).toEqual({ rows: { ar: 35, es: 15, uk: 12 }, total: 62 });
    expect(firstColumn(await table('breakdown?year=2025&by=category', 'referrals-by-category'))).toEqual({
      rows: { 'language-classes': 25, employment: 19, housing: 18 },
      total: undefined,
    });
    expect(firstColumn(await table('breakdown?year=2025&by=source', 'referrals-by-source'))).toEqual({ rows: { self: 47, agency: 15 }, total: 62 });
    const labels = (await table('breakdown?year=2025&by=organization', 'referrals-by-organization'))!.rows.map((row) => row.label);
    expect(labels).toEqual(['Argyle Test Centre', 'Byron Test Centre', 'Carling Test Centre']);
  });

  it('narrows a breakdown to one language, keeping the organizations hidden in the region-wide view hidden', async () => {
    expect(firstColumn(await table('breakdown?year=2025&by=organization&language=ar', 'referrals-by-organization'))).toEqual({
      rows: { [ORG_A]: 28, [ORG_B]: under10, [ORG_C]: under10 },
      total: 35,
    });
    expect(firstColumn(await table(`breakdown?year=2025&by=language&organization=${ORG_A}`, 'referrals-by-language'))).toEqual({
      rows: { ar: 28, uk: 12, es: 0 },
      total: 40,
    });
    const byMonth = firstColumn(await table('volume?year=2025&interval=month&category=housing', 'referrals-by-month'));
    expect(byMonth.total).toBe(18);
    // May is hidden region-wide, so here it is joined to July through hidden cells: June's 12 goes.
    expect(byMonth.rows).toMatchObject({ '2025-04': 0, '2025-05': 0, '2025-06': complementary, '2025-07': under10 });
  });

  it('follows outcomes: the funnel, reasons for declining and the wait for a first answer', async () => {
    const outcomes = await get('outcomes?year=2025');
    const funnel = outcomes.tables.find((candidate) => candidate.id === 'funnel')!;
    expect(funnel.rows.map((row) => [row.key, ...row.values])).toEqual([
      ['requested', 62, 1],
      ['accepted', 43, 0.6935],
      ['completed', 25, 0.4032],
    ]);
    expect(firstColumn(outcomes.tables.find((candidate) => candidate.id === 'rejection-reasons'))).toEqual({
      rows: { not_eligible: 0, no_capacity: 12, wrong_service: 0, could_not_reach: 0, other: 0 },
      total: 12,
    });
    const waiting = outcomes.tables.find((candidate) => candidate.id === 'time-to-first-response')!;
    expect(waiting.rows).toEqual([{ key: 'all', values: [5, 50] }]);
    const byOrganization = outcomes.tables.find((candidate) => candidate.id === 'time-to-first-response-by-organization')!;
    expect(byOrganization.rows.map((row) => [row.key, ...row.values])).toEqual([
      [ORG_A, 5, 50],
      [ORG_B, 30, 30],
    ]);
    const forOrganizationC = await get(`outcomes?year=2025&organization=${ORG_C}`);
    expect(forOrganizationC.tables.find((candidate) => candidate.id === 'funnel')!.rows.map((row) => row.values[0])).toEqual([under10, 0, 0]);
    expect(forOrganizationC.tables.find((candidate) => candidate.id === 'time-to-first-response')!.rows[0]!.values).toEqual([null, null]);
  });

  it('counts referrals by how often they were passed on, and who sent whom', async () => {
    const forwarding = await get('forwarding?year=2025');
    expect(firstColumn(forwarding.tables[0])).toEqual({ rows: { '1': complementary, '2': under10, '3': 0, '4+': 0 }, total: 62 });
    expect(forwarding.tables[1]!.rows[0]!.values).toEqual([complementary, null, null]);
    const flows = (await get('flows?year=2025')).tables[0]!;
    expect(flows.columns.map((column) => column.key)).toEqual([ORG_B, 'total']);
    expect(flows.rows).toEqual([{ key: ORG_A, label: 'Argyle Test Centre', values: [18, 18] }]);
    expect(flows.totals).toEqual([18, 18]);
    const fromB = await get(`flows?year=2025&organization=${ORG_B}`);
    expect(firstColumn(fromB.tables.find((candidate) => candidate.id === 'flows-into-organization'))).toEqual({ rows: { [ORG_A]: 18 }, total: 18 });
  });

  it('maps referrals by residence FSA next to the directory’s services', async () => {
    const coverage = (await get('coverage?year=2025&category=housing&distanceKm=3')).tables.find((candidate) => candidate.id === 'coverage-by-fsa')!;
    const byFsa = Object.fromEntries(coverage.rows.map((row) => [row.key, row.values]));
    // Housing: 12 in N6A, 3 + 3 in N6C; the category's own table hides N6C's 6 with a partner.
    expect(byFsa.N6A![0]).toBe(12);
    expect(byFsa.N6C![0]).toEqual(under10);
    expect(coverage.totals![0]).toBe(18);
    expect(coverage.columns.map((column) => column.key)).toEqual(['referrals', 'census-newcomers', 'services', 'nearest-service-km', 'share-within-reach', 'gap-referrals']);
    expect(Object.keys(byFsa)).toHaveLength(18);
    for (const values of Object.values(byFsa)) {
      expect(typeof values[2]).toBe('number');
      expect(values[4]).toBeGreaterThanOrEqual(0);
      expect(values[4]).toBeLessThanOrEqual(1);
    }
  });

  it('exports a table as CSV with the same figures, and records who took it', async () => {
    const response = await coordinator.request(`/api/dashboard/regions/${REGION_X}/breakdown/referrals-by-organization.csv?year=2025&by=organization`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${REGION_X}-2025-26-breakdown-referrals-by-organization.csv"`);
    expect(await response.text()).toBe(
      ['organization,name,referrals', `${ORG_A},Argyle Test Centre,40`, `${ORG_B},Byron Test Centre,${X}`, `${ORG_C},Carling Test Centre,<10`, 'total,,62', ''].join('\r\n'),
    );
    const audit = await db().selectFrom('audit_log').select(['action', 'entity', 'entity_id']).where('action', '=', 'dashboard.export').execute();
    expect(audit).toEqual([{ action: 'dashboard.export', entity: 'region', entity_id: REGION_X }]);
  });

  it('refuses what would combine selections or a view cannot obey, with a reason', async () => {
    const refusal = async (path: string) => {
      const response = await coordinator.request(`/api/dashboard/regions/${REGION_X}/${path}`);
      return { status: response.status, error: ((await response.json()) as { error: string }).error };
    };
    expect(await refusal('breakdown?by=source&language=ar&category=housing')).toEqual({
      status: 400,
      error: 'category: choose one of category, language or organization at a time: combined, they would let counts under 10 be worked out from the totals',
    });
    expect((await refusal('volume?interval=week&language=ar')).status).toBe(400);
    expect((await refusal('flows?language=ar')).error).toBe('language: the flows view can be narrowed by organization only.');
    expect((await refusal('demand?category=housing')).error).toBe('category: the demand view covers the whole region only.');
    expect((await refusal('breakdown')).error).toBe('by: is required: category, language, organization or source.');
    expect((await refusal('breakdown?by=planet')).status).toBe(400);
    expect((await refusal('outcomes?year=twenty')).status).toBe(400);
    expect((await refusal('outcomes?organization=somewhere-else')).error).toBe('organization: "somewhere-else" is not an organization of London & Middlesex.');
    expect((await refusal('outcomes?category=not-a-category')).status).toBe(400);
    expect((await refusal('outcomes?limit=5')).status).toBe(400);
    expect((await refusal('galaxy')).status).toBe(404);
    expect((await refusal('breakdown/nothing.csv?by=source')).status).toBe(404);
  });

  it('answers a year without referrals with zeros, in every view', async () => {
    for (const path of ['volume?year=2023', 'breakdown?year=2023&by=language&organization=' + ORG_A, 'outcomes?year=2023&language=ar', 'forwarding?year=2023', 'flows?year=2023', 'coverage?year=2023']) {
      const counts = (await get(path)).tables.flatMap((table) =>
        [...table.rows.map((row) => row.values), table.totals ?? []].flatMap((values) => values.filter((_, column) => table.columns[column]?.unit === 'count')),
      );
      expect(counts.every((value) => value === 0 || value === null), path).toBe(true);
    }
  });

  it('summarizes the region: years with data, its organizations, what each view obeys', async () => {
    const response = await coordinator.request(`/api/dashboard/regions/${REGION_X}`);
    const summary = await response.json();
    expect(summary.fiscalYears).toEqual([2025]);
    expect(summary.organizations.map((organization: { id: string }) => organization.id)).toEqual([ORG_A, ORG_B, ORG_C]);
    expect(summary.smallCountThreshold).toBe(10);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });
});
