/**
 * Who sees what: anonymous callers get 401, staff 403, a coordinator their own region only, an
 * admin any region; and whatever comes back, JSON or CSV, carries no personal field and no count
 * from 1 to 9.
 */
import { beforeAll, expect, it } from 'vitest';
import { dashboardViews, isSuppressed, type DashboardViewResponse } from '../../shared/dashboard/dashboard-contract.ts';
import { TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import {
  createDashboardTestApp,
  ORG_A,
  PLANTED_NAME,
  PLANTED_PHONE,
  REGION_X,
  seedKnownReferrals,
  seedRegionsAndOrganizations,
  signedInBrowser,
  type DashboardTestApp,
} from './test-fixtures.ts';

const viewPaths = [
  'volume?year=2025',
  'volume?year=2025&interval=week',
  'volume?year=2025&language=ar',
  'breakdown?year=2025&by=organization',
  'breakdown?year=2025&by=category&language=ar',
  `breakdown?year=2025&by=source&organization=${ORG_A}`,
  'outcomes?year=2025',
  'outcomes?year=2025&category=housing',
  'forwarding?year=2025',
  'flows?year=2025',
  'demand?year=2025',
  'coverage?year=2025',
  'coverage?year=2025&language=ar',
];

/** Keys that would carry a person: none may appear in a dashboard answer. */
const PERSONAL_KEYS = /^(person|person_name|name|contact|contact_\w+|phone|sms|email|whatsapp|note|need_note|reference_?code|status_?token\w*)$/i;
/** Referral ids are UUIDs: none may be named either. */
const REFERRAL_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function personalKeys(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) personalKeys(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (PERSONAL_KEYS.test(key)) found.push(key);
      personalKeys(item, found);
    }
  }
  return found;
}

/** Every count shown in the response's tables that lies from 1 to 9. */
function smallCounts(response: DashboardViewResponse): string[] {
  return response.tables.flatMap((table) =>
    [...table.rows.map((row) => ({ key: row.key, values: row.values })), { key: 'totals', values: table.totals ?? [] }].flatMap(({ key, values }) =>
      values.flatMap((value, column) =>
        table.columns[column]?.unit === 'count' && typeof value === 'number' && value >= 1 && value <= 9 ? [`${table.id} ${key} ${table.columns[column]!.key}: ${value}`] : [],
      ),
    ),
  );
}

describeOnEngines('dashboard access', ({ db, database }) => {
  let app: DashboardTestApp;
  let regionY: string;
  let coordinatorX: TestBrowser;
  let coordinatorY: TestBrowser;
  let admin: TestBrowser;
  let staff: TestBrowser;

  beforeAll(async () => {
    ({ regionY } = await seedRegionsAndOrganizations(db()));
    await seedKnownReferrals(db(), regionY);
    app = createDashboardTestApp(database());
    coordinatorX = await signedInBrowser(app, db(), 'coordinator', REGION_X);
    coordinatorY = await signedInBrowser(app, db(), 'coordinator', regionY);
    admin = await signedInBrowser(app, db(), 'admin');
    staff = await signedInBrowser(app, db(), 'staff');
  });

  it('asks anonymous callers to sign in and turns staff away, from every route', async () => {
    const anonymous = new TestBrowser(app);
    for (const path of ['', '/volume?year=2025', '/breakdown/referrals-by-source.csv?by=source']) {
      expect((await anonymous.request(`/api/dashboard/regions/${REGION_X}${path}`)).status).toBe(401);
      const refused = await staff.request(`/api/dashboard/regions/${REGION_X}${path}`);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'The coordination dashboard is for coordinators and administrators.' });
    }
  });

  it('shows a coordinator their region only, and an admin any region', async () => {
    for (const path of ['', '/volume?year=2025', '/breakdown/referrals-by-source.csv?by=source&year=2025']) {
      expect((await coordinatorX.request(`/api/dashboard/regions/${regionY}${path}`)).status).toBe(403);
      expect((await coordinatorY.request(`/api/dashboard/regions/${REGION_X}${path}`)).status).toBe(403);
      expect((await admin.request(`/api/dashboard/regions/${regionY}${path}`)).status).toBe(200);
    }
    const totalOf = async (browser: TestBrowser, region: string) =>
      ((await (await browser.request(`/api/dashboard/regions/${region}/volume?year=2025`)).json()) as DashboardViewResponse).tables[0]!.totals![0];
    expect(await totalOf(coordinatorX, REGION_X)).toBe(62);
    expect(await totalOf(coordinatorY, regionY)).toBe(30);
    expect(await totalOf(admin, regionY)).toBe(30);
    expect((await admin.request('/api/dashboard/regions/no-such-region/volume')).status).toBe(404);
  });

  it('never answers with a personal field or a count from 1 to 9, in JSON or CSV', async () => {
    for (const view of dashboardViews) expect(viewPaths.some((path) => path.startsWith(view))).toBe(true);
    for (const path of viewPaths) {
      const response = await coordinatorX.request(`/api/dashboard/regions/${REGION_X}/${path}`);
      const text = await response.text();
      expect(response.status, path).toBe(200);
      for (const planted of [PLANTED_NAME, ...PLANTED_NAME.split(/[ -]/), PLANTED_PHONE, '555-0187']) expect(text).not.toContain(planted);
      const body = JSON.parse(text) as DashboardViewResponse;
      expect(personalKeys(body.tables), path).toEqual([]);
      expect(text, path).not.toMatch(REFERRAL_ID);
      expect(smallCounts(body), path).toEqual([]);
      for (const table of body.tables) {
        const [view, query] = path.split('?');
        const csv = await (await coordinatorX.request(`/api/dashboard/regions/${REGION_X}/${view}/${table.id}.csv?${query}`)).text();
        expect(csv).not.toContain(PLANTED_NAME);
        // Columns as in the JSON, after the row key and, for named rows, the name.
        const offset = table.rows.some((row) => row.label !== undefined) ? 2 : 1;
        for (const line of csv.trim().split('\r\n').slice(1)) {
          const cells = line.split(',');
          table.columns.forEach((column, index) => {
            if (column.unit === 'count') expect(cells[offset + index], `${path} ${table.id} ${line}`).not.toMatch(/^[1-9]$/);
          });
        }
      }
    }
  });

  it('marks every hidden count as such, never as a number', async () => {
    const body = (await (await coordinatorX.request(`/api/dashboard/regions/${REGION_X}/breakdown?year=2025&by=organization`)).json()) as DashboardViewResponse;
    const hidden = body.tables[0]!.rows.filter((row) => isSuppressed(row.values[0]!));
    expect(hidden.map((row) => row.values[0])).toEqual([{ suppressed: 'complementary' }, { suppressed: 'under-10' }]);
  });
});
