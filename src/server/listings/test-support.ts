/**
 * The listing tests' server: the test directory imported into the listings of a real database,
 * phones' bundle built from them, and the app assembled as main.ts does, with a clock to move.
 */
import { createApp } from '../app.ts';
import type { AuthSettings } from '../auth/auth-settings.ts';
import { defaultAuthSettings } from '../auth/auth-settings.ts';
import { FAST_PASSWORD_COST, TestBrowser } from '../auth/test-support.ts';
import type { GuichetDatabase } from '../db/database.ts';
import { createOrganizationRowsFor, createTestDirectory, fakeClock, recordingNotifier, type FakeClock } from '../referrals/test-fixtures.ts';
import type { Directory } from '../../shared/schema/directory.ts';
import { checkListings, importListings } from './listing-import.ts';
import { publishedDirectory, type PublishedDirectory } from './published-directory.ts';

export interface ListingTestServer {
  app: ReturnType<typeof createApp>;
  directory: PublishedDirectory;
  clock: FakeClock;
  regionId: string;
  /** Two organizations of the region, each with services. */
  orgA: string;
  orgB: string;
  seed: Directory;
  /** What a phone downloads now. */
  bundle(): Promise<Directory>;
}

export async function startListingServer(database: GuichetDatabase, auth: Partial<AuthSettings> = {}): Promise<ListingTestServer> {
  const { directory: seed, services } = createTestDirectory();
  const clock = fakeClock('2026-06-01T12:00:00.000Z');
  await createOrganizationRowsFor(database.db, seed, [services.a, services.b]);
  const { listings, problems } = checkListings(seed);
  if (problems.length > 0) throw new Error(`The test directory does not split into listings: ${JSON.stringify(problems[0])}`);
  await importListings(database.db, seed.region, listings, { id: 'import', name: 'Test import', email: null }, clock.now().toISOString());
  const directory = await publishedDirectory(database.db, seed.region.id, { pollMs: 60_000, now: clock.now });
  const settings: AuthSettings = { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, now: clock.now, ...auth };
  const app = createApp({ directory, database, auth: settings, notifier: recordingNotifier(), onRelease: () => directory.refresh() });
  const anonymous = new TestBrowser(app);
  return {
    app,
    directory,
    clock,
    regionId: seed.region.id,
    orgA: services.a.organization_id,
    orgB: services.b.organization_id,
    seed,
    bundle: async () => (await (await anonymous.request('/api/directory')).json()) as Directory,
  };
}
