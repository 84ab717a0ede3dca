/**
 * The referral API under load, on each engine: new referrals per second with their latency
 * (autocannon against the real app over loopback), and the staff inbox's list latency over
 * 100,000 referrals. SQLite always; PostgreSQL in a schema of its own when one is reachable at
 * the test address. See README.md for what each figure means.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Engine, GuichetDatabase } from '../../src/server/db/database.ts';
import { fileDirectorySource } from '../../src/server/directory-source.ts';
import { createThrowawayDatabase, findReachablePostgres, POSTGRES_ADDRESS } from '../../src/server/db/throwaway-database.ts';
import { isListed } from '../../src/shared/directory/service-facts.ts';
import { signIn, timeInboxList, type InboxFigures } from './inbox-latency.ts';
import { count, formatTable, milliseconds, verdict } from './report-format.ts';
import { withAppInWorker } from './referral-server.ts';
import { createStaffAccount, seedReferrals } from './referral-seed.ts';
import { loadSubmissions, type SubmitFigures, type SubmitPlan } from './referral-submit-load.ts';

const SEED = 20_250_101;
const DIRECTORY_FILE = fileURLToPath(new URL('../../data/demo/london-middlesex.json', import.meta.url));
const SEEDED_REFERRALS = 100_000;
/** The signed-in staff member's organization receives this share of them: a large agency's inbox. */
const STAFF_SHARE = 0.4;
const SUBMIT_PLAN: SubmitPlan = { connections: 32, seconds: 10, warmUpSeconds: 2 };
const INBOX_PLAN = { warmUp: 20, count: 300 };
const INBOX_QUERIES = ['sort=newest', 'sort=oldest-waiting', 'status=requested&sort=oldest-waiting'];
export const REFERRAL_TARGETS = { sqliteSubmitsPerSecond: 2000, sqliteSubmitP99Ms: 50 };

interface EngineFigures {
  engine: Engine;
  seedSeconds: number;
  inbox: InboxFigures[];
  /** With notices written as .eml files (a default install without SMTP), then with notices discarded. */
  submits: { withEmlNotices: SubmitFigures; withoutNotices: SubmitFigures };
}

/**
 * PostgreSQL's autovacuum would analyze and vacuum a table that grew by 100,000 rows soon after;
 * doing it now measures the steady state instead of the minute after a bulk load. SQLite gets
 * nothing: the app never runs ANALYZE there, so the benchmark does not either.
 */
async function settleAfterBulkLoad(database: GuichetDatabase): Promise<void> {
  if (database.engine === 'postgres') await sql`vacuum analyze`.execute(database.db);
}

async function measureEngine(engine: Engine, postgresUrl: string | null): Promise<EngineFigures> {
  const throwaway = await createThrowawayDatabase(engine, { postgresUrl });
  const { database } = throwaway;
  // Notices go to .eml files there (no SMTP), as on a default install; SQLite's file lives there too.
  const dataDir = engine === 'sqlite' ? dirname(database.location) : mkdtempSync(join(tmpdir(), 'guichet-bench-'));
  try {
    const directory = fileDirectorySource(DIRECTORY_FILE).current().value;
    const staffOrganizationId = directory.organizations[0]!.id;
    const seedStarted = performance.now();
    await seedReferrals(database.db, directory, { referrals: SEEDED_REFERRALS, staffOrganizationId, staffShare: STAFF_SHARE, now: new Date(), seed: SEED });
    const account = await createStaffAccount(database.db, staffOrganizationId);
    await settleAfterBulkLoad(database);
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const where = { databaseUrl: throwaway.databaseUrl, dataDir, directoryFile: DIRECTORY_FILE };
    const inbox = await withAppInWorker({ ...where, notices: 'discarded' }, async (url) => {
      const cookie = await signIn(url, account);
      const figures: InboxFigures[] = [];
      for (const query of INBOX_QUERIES) figures.push(await timeInboxList(url, cookie, query, INBOX_PLAN));
      return figures;
    });
    const service = directory.services.find((candidate) => isListed(candidate) && candidate.organization_id !== staffOrganizationId)!;
    const submitTo = (url: string) => loadSubmissions(url, service.id, SUBMIT_PLAN);
    const withEmlNotices = await withAppInWorker({ ...where, notices: 'eml-files' }, submitTo);
    const withoutNotices = await withAppInWorker({ ...where, notices: 'discarded' }, submitTo);
    return { engine, seedSeconds, inbox, submits: { withEmlNotices, withoutNotices } };
  } finally {
    await throwaway.dispose();
    if (engine === 'postgres') rmSync(dataDir, { recursive: true, force: true });
  }
}

function printEngine({ engine, seedSeconds, inbox, submits }: EngineFigures): void {
  console.log(`\n## Referral API on ${engine}`);
  console.log(`seeded ${count(SEEDED_REFERRALS)} referrals (${STAFF_SHARE * 100}% to the staff member's organization) in ${seedSeconds.toFixed(1)} s\n`);
  const rows = inbox.map((figures) => [
    `GET /api/inbox?${figures.query}`,
    count(figures.total),
    String(figures.count),
    milliseconds(figures.p50Ms),
    milliseconds(figures.p95Ms),
    milliseconds(figures.p99Ms),
  ]);
  console.log(formatTable(['inbox list, first page, one request at a time', 'matching', 'n', 'p50 ms', 'p95 ms', 'p99 ms'], rows));
  console.log(
    `\nPOST /api/referrals, ${SUBMIT_PLAN.connections} connections, ${SUBMIT_PLAN.seconds} s each (after ${SUBMIT_PLAN.warmUpSeconds} s warm-up), a new idempotency key each:`,
  );
  printSubmits(engine, 'intake notices written as .eml files', submits.withEmlNotices);
  printSubmits(engine, 'intake notices discarded', submits.withoutNotices);
}

function printSubmits(engine: Engine, label: string, figures: SubmitFigures): void {
  const statuses = Object.entries(figures.statusCounts)
    .map(([status, responses]) => `${status}: ${count(responses)}`)
    .join(', ');
  console.log(
    `  ${label}: ${count(Math.round(figures.perSecond))} req/s, p50 ${milliseconds(figures.p50Ms)} ms, p99 ${milliseconds(figures.p99Ms)} ms; ` +
      `${count(figures.created)} created; errors ${figures.errors}, non-2xx ${figures.non2xx} (${statuses || 'no answers'})`,
  );
  if (engine !== 'sqlite') return;
  const { sqliteSubmitsPerSecond, sqliteSubmitP99Ms } = REFERRAL_TARGETS;
  const clean = figures.errors === 0 && figures.non2xx === 0;
  console.log(
    `    target ≥ ${count(sqliteSubmitsPerSecond)} req/s, all 2xx: ${verdict(figures.perSecond >= sqliteSubmitsPerSecond && clean)}; ` +
      `p99 ≤ ${sqliteSubmitP99Ms} ms: ${verdict(figures.p99Ms <= sqliteSubmitP99Ms)}`,
  );
}

export async function runReferralBenchmark(): Promise<void> {
  printEngine(await measureEngine('sqlite', null));
  const postgresUrl = await findReachablePostgres();
  if (postgresUrl) printEngine(await measureEngine('postgres', postgresUrl));
  else console.log(`\n## Referral API on postgres\nskipped: PostgreSQL is not reachable at ${POSTGRES_ADDRESS}`);
}
