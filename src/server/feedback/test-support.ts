/**
 * The feedback tests' server: the test directory imported into listings of a real database, the
 * phones' bundle built from them, and the app assembled as main.ts does, with a feedback rate
 * limit the test chooses and a clock it moves.
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '../app.ts';
import { defaultAuthSettings } from '../auth/auth-settings.ts';
import { FAST_PASSWORD_COST, TestBrowser } from '../auth/test-support.ts';
import type { GuichetDatabase } from '../db/database.ts';
import { checkListings, importListings } from '../listings/listing-import.ts';
import { publishedDirectory } from '../listings/published-directory.ts';
import { createOrganizationRowsFor, createTestDirectory, fakeClock, recordingNotifier, type FakeClock, type TestDirectory } from '../referrals/test-fixtures.ts';

export interface FeedbackTestServer {
  app: ReturnType<typeof createApp>;
  clock: FakeClock;
  fixture: TestDirectory;
  regionId: string;
  orgA: string;
  orgB: string;
}

export async function startFeedbackServer(database: GuichetDatabase, { reportsPerHour = 1000 } = {}): Promise<FeedbackTestServer> {
  const fixture = createTestDirectory();
  const { directory: seed, services } = fixture;
  const clock = fakeClock('2026-06-01T12:00:00.000Z');
  await createOrganizationRowsFor(database.db, seed, [services.a, services.b]);
  const { listings } = checkListings(seed);
  await importListings(database.db, seed.region, listings, { id: 'import', name: 'Test import', email: null }, clock.now().toISOString());
  const directory = await publishedDirectory(database.db, seed.region.id, { pollMs: 60_000, now: clock.now });
  const app = createApp({
    directory,
    database,
    auth: { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, now: clock.now },
    notifier: recordingNotifier(),
    onRelease: () => directory.refresh(),
    feedback: { reportsPerHour },
  });
  return { app, clock, fixture, regionId: seed.region.id, orgA: services.a.organization_id, orgB: services.b.organization_id };
}

/** A report as the newcomer's phone sends it. */
export function reportBody(serviceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { idempotencyKey: randomUUID(), serviceId, kind: 'wrong_info', problems: ['hours', 'phone'], comment: 'The door says it closes at 4 now.', language: 'fr', ...overrides };
}

export function ratingBody(serviceId: string, rating: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { idempotencyKey: randomUUID(), serviceId, kind: 'rating', rating, language: 'ar', ...overrides };
}

/** A newcomer's phone at its own address, so rate limits of one test do not touch another's. */
export const newcomerPhone = (server: FeedbackTestServer, address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`) =>
  new TestBrowser(server.app, 'https://guichet.example', address);
