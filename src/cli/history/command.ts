/**
 * `npx tsx src/cli/main.ts history [--requests N] [--years Y] [--seed S] [--end YYYY-MM-DD]
 * [--no-searches]`: writes the demo region's sample referral and search history into the
 * server's database (as its environment says), for the coordination dashboard. Demo mode only,
 * and only into a region with no referrals yet: sample data never mixes with real data.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/database.ts';
import { migrateToLatest } from '../../server/db/migrate.ts';
import { fileDirectorySource } from '../../server/directory-source.ts';
import { readEnv } from '../../server/env.ts';
import { DEMO_HISTORY, referralCount, writeHistory } from './write-history.ts';

const DAY_MS = 86_400_000;

const usage = 'Usage: history [--requests N] [--years Y] [--seed S] [--end YYYY-MM-DD] [--no-searches]';

export async function runHistoryCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        requests: { type: 'string', default: String(DEMO_HISTORY.requests) },
        years: { type: 'string', default: String(DEMO_HISTORY.years) },
        seed: { type: 'string', default: String(DEMO_HISTORY.seed) },
        end: { type: 'string' },
        'no-searches': { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [requests, years, seed] = [Number(values.requests), Number(values.years), Number(values.seed)];
  const end = values.end ? new Date(`${values.end}T00:00:00.000Z`) : new Date();
  if (!Number.isInteger(requests) || requests < 1 || !(years > 0 && years <= 20) || !Number.isInteger(seed) || Number.isNaN(end.getTime())) {
    console.error(`--requests and --seed must be whole numbers (--requests at least 1), --years from 0 to 20, --end a date.\n${usage}`);
    return 2;
  }
  const env = readEnv();
  if (env.mode !== 'demo') {
    console.error('A sample history is written in demo mode only (GUICHET_MODE=demo): it must never mix with real referrals.');
    return 2;
  }
  const directory = fileDirectorySource(env.directoryFile).current().value;
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    await migrateToLatest(database);
    const existing = await referralCount(database.db, directory.region.id);
    if (existing > 0) {
      console.error(`${directory.region.name} already has ${existing} referrals in ${database.location}; a sample history is written into a region with none.`);
      return 1;
    }
    const start = new Date(end.getTime() - Math.round(years * 365 * DAY_MS));
    const summary = await writeHistory(database.db, { directory, seed, requests, start, end, retentionDays: env.retentionDays, searches: !values['no-searches'] });
    console.log(
      `Wrote ${summary.requests} sample requests (${summary.referrals} referrals, ${summary.events} history entries, ${summary.searchRows} search counts) for ${directory.region.name}, ` +
        `${start.toISOString().slice(0, 10)} to ${end.toISOString().slice(0, 10)}, into ${database.location}: ` +
        `${(summary.writeMs / 1000).toFixed(1)} s, then ${(summary.rollupMs / 1000).toFixed(1)} s building the dashboard's counts.`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
