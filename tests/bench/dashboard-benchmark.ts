/**
 * Coordination dashboard benchmark: the latency of every view over a large generated history
 * (1,000,000 referrals by default) on SQLite and, when one is reachable, PostgreSQL, through the
 * real app with a signed-in coordinator; and the coverage computation over a 60,000-service
 * directory. Prints figures next to their targets with PASS or MISS; a miss never fails.
 *
 *   npx tsx tests/bench/dashboard-benchmark.ts [--referrals N] [--engine sqlite|postgres]
 *
 * Writing the history takes a few minutes at a million referrals (PostgreSQL the longest); the
 * figures themselves about a minute per engine.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createApp } from '../../src/server/app.ts';
import { defaultAuthSettings } from '../../src/server/auth/auth-settings.ts';
import { createTestAccount, FAST_PASSWORD_COST, TestBrowser } from '../../src/server/auth/test-support.ts';
import type { Engine } from '../../src/server/db/database.ts';
import { createThrowawayDatabase, findReachablePostgres } from '../../src/server/db/throwaway-database.ts';
import { fileDirectorySource } from '../../src/server/directory-source.ts';
import { geoJsonFileSource } from '../../src/server/geo-source.ts';
import { coverageGeography } from '../../src/server/dashboard/coverage-geography.ts';
import { serviceSites } from '../../src/server/dashboard/coverage-sites.ts';
import { refreshRollups } from '../../src/server/dashboard/refresh-rollups.ts';
import { measureReach } from '../../src/server/dashboard/service-reach.ts';
import { writeHistory } from '../../src/cli/history/write-history.ts';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import { createRandom } from '../../src/cli/generate/random.ts';
import { currentFiscalYear } from '../../src/shared/dashboard/fiscal-calendar.ts';
import { formatTable, milliseconds, verdict } from './report-format.ts';
import { percentile } from './keystroke-latency.ts';

const TARGET_P95_MS = 300;
const DEMO_DIRECTORY = 'data/demo/london-middlesex.json';
const DEMO_AREAS = 'data/geo/london-middlesex.geojson';
/** Each request made this often after warming up, with a fresh random selection each time. */
const TIMED_REQUESTS = 30;
const WARM_UP_REQUESTS = 3;
/** Passing requests on adds about this share of referrals to the requests made. */
const REFERRALS_PER_REQUEST = 1.07;
const DAY_MS = 86_400_000;
const END = new Date('2026-03-30T00:00:00.000Z');

type Pick = <T>(items: readonly T[]) => T;

interface ViewCase {
  name: string;
  path(pick: Pick): string;
}

const categories = ['language-classes', 'employment', 'settlement', 'housing', 'health'];
const languages = ['ar', 'es', 'uk', 'zh-Hans', 'pa', 'ti'];

function viewCases(organizations: readonly string[]): ViewCase[] {
  const selection = (pick: Pick, dimensions: readonly ('category' | 'language' | 'organization')[]) => {
    const dimension = pick(dimensions);
    return `&${dimension}=${pick(dimension === 'category' ? categories : dimension === 'language' ? languages : organizations)}`;
  };
  const all = ['category', 'language', 'organization'] as const;
  return [
    { name: 'volume, by month', path: () => 'volume?interval=month' },
    { name: 'volume, by week', path: () => 'volume?interval=week' },
    { name: 'volume, by month, narrowed', path: (pick) => `volume?interval=month${selection(pick, all)}` },
    { name: 'breakdown', path: (pick) => `breakdown?by=${pick(['category', 'language', 'organization', 'source'])}` },
    { name: 'breakdown, narrowed', path: (pick) => `breakdown?by=${pick(['category', 'language', 'organization', 'source'])}${selection(pick, all)}` },
    { name: 'outcomes', path: () => 'outcomes' },
    { name: 'outcomes, narrowed', path: (pick) => `outcomes?${selection(pick, all).slice(1)}` },
    { name: 'forwarding', path: () => 'forwarding' },
    { name: 'forwarding, narrowed', path: (pick) => `forwarding?${selection(pick, all).slice(1)}` },
    { name: 'flows', path: () => 'flows' },
    { name: 'flows, one organization', path: (pick) => `flows?organization=${pick(organizations)}` },
    { name: 'demand', path: () => 'demand' },
    { name: 'coverage', path: (pick) => `coverage?distanceKm=${pick([2, 5, 10])}` },
    { name: 'coverage, narrowed', path: (pick) => `coverage?distanceKm=${pick([2, 5, 10])}${selection(pick, ['category', 'language'])}` },
  ];
}

interface EngineFigures {
  engine: Engine;
  referrals: number;
  writeSeconds: number;
  rollupSeconds: number;
  monthRebuildMs: number;
  views: { name: string; p50: number; p95: number }[];
}

async function benchmarkEngine(engine: Engine, requests: number, postgresUrl: string | null): Promise<EngineFigures> {
  const throwaway = await createThrowawayDatabase(engine, { postgresUrl });
  try {
    const { db } = throwaway.database;
    const directorySource = fileDirectorySource(DEMO_DIRECTORY);
    const directory = directorySource.current().value;
    console.log(`[${engine}] writing ${requests.toLocaleString('en')} sample requests…`);
    const summary = await writeHistory(db, { directory, seed: 20_260_330, requests, start: new Date(END.getTime() - 730 * DAY_MS), end: END, retentionDays: 365, searches: true });

    // What one change costs: a referral of the current month moves, and its month is counted again.
    const changed = await db.selectFrom('referrals').select(['id', 'created_at']).where('region_id', '=', directory.region.id).orderBy('created_at', 'desc').limit(1).executeTakeFirstOrThrow();
    await db.updateTable('referrals').set({ updated_at: new Date(END.getTime() + 60_000).toISOString() }).where('id', '=', changed.id).execute();
    const rebuildStarted = performance.now();
    await refreshRollups(db, directory.region.id, END);
    const monthRebuildMs = performance.now() - rebuildStarted;

    const settings = { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, now: () => END };
    const app = createApp({ directory: directorySource, areas: geoJsonFileSource(DEMO_AREAS), database: throwaway.database, auth: settings, dashboard: { refreshIntervalMs: 0 } });
    const account = await createTestAccount(db, { role: 'coordinator', regionId: directory.region.id });
    const coordinator = new TestBrowser(app);
    await coordinator.signIn(account.email);

    const random = createRandom(7);
    const pick: Pick = (items) => random.pick(items);
    const organizations = directory.organizations.map((organization) => organization.id);
    const year = currentFiscalYear(new Date(END.getTime() - DAY_MS));
    const views = [];
    for (const view of viewCases(organizations)) {
      const timings: number[] = [];
      for (let round = 0; round < WARM_UP_REQUESTS + TIMED_REQUESTS; round += 1) {
        const path = view.path(pick);
        const started = performance.now();
        const response = await coordinator.request(`/api/dashboard/regions/${directory.region.id}/${path}${path.includes('?') ? '&' : '?'}year=${year}`);
        await response.text();
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        if (round >= WARM_UP_REQUESTS) timings.push(performance.now() - started);
      }
      views.push({ name: view.name, p50: percentile(timings, 0.5), p95: percentile(timings, 0.95) });
    }
    return { engine, referrals: summary.referrals, writeSeconds: summary.writeMs / 1000, rollupSeconds: summary.rollupMs / 1000, monthRebuildMs, views };
  } finally {
    await throwaway.dispose();
  }
}

/** The coverage computation alone, over a 60,000-service directory and the region's areas. */
function benchmarkCoverage(): string[] {
  const started = performance.now();
  const directory = generateDirectory({ seed: 20_250_101, serviceCount: 60_000 });
  const generated = performance.now() - started;
  const geographyStarted = performance.now();
  const geography = coverageGeography(geoJsonFileSource(DEMO_AREAS))('london-middlesex');
  const sampling = performance.now() - geographyStarted;
  // Indexing the directory's sites happens once per version of the directory.
  const indexStarted = performance.now();
  serviceSites(directory, { category: null, language: null }, geography.areas);
  const indexing = performance.now() - indexStarted;
  const rows = [];
  for (const [label, filter] of [
    ['every service', { category: null, language: null }],
    ['language classes', { category: 'language-classes', language: null }],
    ['housing, in Arabic', { category: 'housing', language: 'ar' }],
  ] as const) {
    for (const distanceKm of [2, 5, 10]) {
      const timings: number[] = [];
      let sites = 0;
      for (let round = 0; round < 5; round += 1) {
        const begin = performance.now();
        const found = serviceSites(directory, filter, geography.areas);
        measureReach(geography.sampled, found.points, distanceKm);
        timings.push(performance.now() - begin);
        sites = found.points.length;
      }
      rows.push([label, `${distanceKm} km`, sites.toLocaleString('en'), milliseconds(percentile(timings, 0.5)), milliseconds(Math.max(...timings))]);
    }
  }
  const samples = geography.sampled.reduce((sum, area) => sum + area.samples.length, 0);
  return [
    `Coverage over 60,000 services (directory generated in ${(generated / 1000).toFixed(1)} s; ${geography.sampled.length} FSAs sampled at ${samples} points in ${milliseconds(sampling)} ms, ` +
      `once per areas file; the directory's sites indexed in ${milliseconds(indexing)} ms, once per directory version):`,
    formatTable(['services', 'distance', 'sites', 'p50 ms', 'max ms'], rows),
  ];
}

export async function runDashboardBenchmark({ referrals = 1_000_000, engines }: { referrals?: number; engines?: Engine[] } = {}): Promise<string[]> {
  const postgresUrl = await findReachablePostgres();
  const lines: string[] = [];
  for (const engine of engines ?? (['sqlite', 'postgres'] as const)) {
    if (engine === 'postgres' && !postgresUrl) {
      lines.push('PostgreSQL: skipped, none reachable at 127.0.0.1:5432 (database test).');
      continue;
    }
    const figures = await benchmarkEngine(engine, Math.round(referrals / REFERRALS_PER_REQUEST), postgresUrl);
    lines.push(
      `Dashboard on ${engine}: ${figures.referrals.toLocaleString('en')} referrals written in ${figures.writeSeconds.toFixed(0)} s, ` +
        `counted for the dashboard in ${figures.rollupSeconds.toFixed(0)} s; one changed referral re-counts its month in ${milliseconds(figures.monthRebuildMs)} ms.`,
      formatTable(
        ['view', 'p50 ms', 'p95 ms', `target p95 ≤ ${TARGET_P95_MS} ms`],
        figures.views.map((view) => [view.name, milliseconds(view.p50), milliseconds(view.p95), verdict(view.p95 <= TARGET_P95_MS)]),
      ),
      '',
    );
  }
  lines.push(...benchmarkCoverage());
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { referrals: { type: 'string', default: '1000000' }, engine: { type: 'string' } } });
  const engines = values.engine ? [values.engine as Engine] : undefined;
  for (const line of await runDashboardBenchmark({ referrals: Number(values.referrals), ...(engines && { engines }) })) console.log(line);
}
