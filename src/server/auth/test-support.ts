/**
 * What the auth tests share: a clock they can move, a cheap hashing cost, a small tenancy (two
 * regions, three organizations), accounts inserted as real rows, and a browser that keeps cookies
 * the way a real one does, talking to the real app over its real database.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createApp } from '../app.ts';
import type { GuichetDatabase } from '../db/database.ts';
import type { Database, UserRole } from '../db/schema.ts';
import { createOrganizationRow, createRegionRow } from '../db/test-rows.ts';
import { fileDirectorySource } from '../directory-source.ts';
import type { AuthSettings, PasswordHashCost } from './auth-settings.ts';
import { defaultAuthSettings } from './auth-settings.ts';
import { hashPassword } from './passwords.ts';

/** argon2id at its minimum: the same algorithm and code path, thousands of times cheaper. */
export const FAST_PASSWORD_COST: PasswordHashCost = { memoryKib: 64, passes: 1, parallelism: 1 };
export const GOOD_PASSWORD = 'lantern-otter-pebble-42';

export class TestClock {
  #time: number;
  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.#time = Date.parse(start);
  }
  now = () => new Date(this.#time);
  advanceMinutes(minutes: number): void {
    this.#time += minutes * 60_000;
  }
}

const demoDirectory = fileDirectorySource('data/demo/london-middlesex.json');

export function createAuthTestApp(database: GuichetDatabase, overrides: Partial<AuthSettings> = {}) {
  const clock = new TestClock();
  const settings: AuthSettings = { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, now: clock.now, ...overrides };
  const app = createApp({ directory: demoDirectory, database, auth: settings });
  return { app, clock, settings, deps: { db: database.db, settings } };
}

export interface Tenancy {
  regionA: string;
  regionB: string;
  /** Two organizations in region A and one in region B. */
  orgA1: string;
  orgA2: string;
  orgB1: string;
}

export async function seedTenancy(db: Kysely<Database>): Promise<Tenancy> {
  const regionA = createRegionRow({ name: 'Region A' });
  const regionB = createRegionRow({ name: 'Region B' });
  await db.insertInto('regions').values([regionA, regionB]).execute();
  const [orgA1, orgA2, orgB1] = [createOrganizationRow(regionA.id, { name: 'A1' }), createOrganizationRow(regionA.id, { name: 'A2' }), createOrganizationRow(regionB.id, { name: 'B1' })];
  await db.insertInto('organizations').values([orgA1, orgA2, orgB1]).execute();
  return { regionA: regionA.id, regionB: regionB.id, orgA1: orgA1.id, orgA2: orgA2.id, orgB1: orgB1.id };
}

export interface TestAccountOptions {
  role?: UserRole;
  password?: string;
  organizationIds?: string[];
  regionId?: string | null;
  totpSecret?: string | null;
  passwordCost?: PasswordHashCost;
}

/** Inserts an account as a row and returns its email and id (each call a new email). */
export async function createTestAccount(db: Kysely<Database>, options: TestAccountOptions = {}) {
  const id = randomUUID();
  const email = `person-${id.slice(0, 8)}@agency.example`;
  const { role = 'staff', password = GOOD_PASSWORD, organizationIds = [], regionId = null, totpSecret = null, passwordCost = FAST_PASSWORD_COST } = options;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      display_name: 'Test Person',
      password_hash: await hashPassword(password, passwordCost),
      role,
      region_id: regionId,
      totp_secret: totpSecret,
      disabled_at: null,
      created_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  for (const organizationId of organizationIds) await db.insertInto('memberships').values({ user_id: id, organization_id: organizationId }).execute();
  return { id, email, password };
}

export interface BrowserRequest {
  method?: string;
  json?: unknown;
  headers?: Record<string, string>;
}

/**
 * A browser at `origin`: sends JSON as the app does (with its Origin header), keeps the cookies
 * the server sets and drops the ones it clears.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: { request(url: string, init: RequestInit): Response | Promise<Response> },
    readonly origin = 'https://guichet.example',
    readonly address = '203.0.113.7',
  ) {}

  async request(path: string, { method = 'GET', json, headers = {} }: BrowserRequest = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.request(`${this.origin}${path}`, {
      method,
      headers: {
        ...(json !== undefined && { 'Content-Type': 'application/json', Origin: this.origin }),
        ...(cookie && { Cookie: cookie }),
        'X-Forwarded-For': this.address,
        ...headers,
      },
      ...(json !== undefined && { body: JSON.stringify(json) }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/i.test(header) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  post(path: string, json: unknown = {}) {
    return this.request(path, { method: 'POST', json });
  }

  signIn(email: string, password = GOOD_PASSWORD, totpCode?: string) {
    return this.post('/api/auth/login', { email, password, ...(totpCode && { totpCode }) });
  }
}
