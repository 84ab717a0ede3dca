/**
 * What the dashboard tests share: the real app over a test database, accounts of each kind, and
 * referrals planted in known groups (each group: the same organization, language, category,
 * week and outcome), so every figure of every view can be worked out by hand.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createApp } from '../app.ts';
import { defaultAuthSettings, type AuthSettings } from '../auth/auth-settings.ts';
import { createTestAccount, FAST_PASSWORD_COST, TestBrowser } from '../auth/test-support.ts';
import type { GuichetDatabase } from '../db/database.ts';
import type { Database, ReferralStatus } from '../db/schema.ts';
import { createReferralRow } from '../db/test-rows.ts';
import { fileDirectorySource } from '../directory-source.ts';
import { geoJsonFileSource } from '../geo-source.ts';

export const REGION_X = 'london-middlesex';
export const ORG_A = 'org-dash-a';
export const ORG_B = 'org-dash-b';
export const ORG_C = 'org-dash-c';
export const ORG_Y = 'org-dash-y';
/** A person's details planted in every referral: none may ever appear in a dashboard answer. */
export const PLANTED_NAME = 'Zephyrine Quillbottom-Achterberg';
export const PLANTED_PHONE = '+1 (519) 555-0187';

const HOUR_MS = 3_600_000;

export interface ReferralGroup {
  count: number;
  regionId?: string;
  organizationId: string;
  language: string;
  category: string;
  source?: 'self' | 'agency';
  referringOrganizationId?: string | null;
  fsa: string | null;
  createdAt: string;
  /** Where the group's referrals are now; the history leading there is written too. */
  outcome: 'waiting' | 'accepted' | 'completed' | 'rejected' | 'forwarded';
  rejectReason?: string;
  responseHours?: number;
  /** Each referral of the group continues one of these (a forward). */
  forwardedFromIds?: readonly string[];
}

const historyOf: Record<ReferralGroup['outcome'], readonly ReferralStatus[]> = {
  waiting: [],
  accepted: ['accepted'],
  completed: ['accepted', 'in-progress', 'completed'],
  rejected: ['rejected'],
  forwarded: ['cancelled'],
};

/** Inserts the group's referrals and their history; returns their ids in order. */
export async function insertReferralGroup(db: Kysely<Database>, group: ReferralGroup): Promise<string[]> {
  const steps = historyOf[group.outcome];
  const answeredAt = group.responseHours === undefined ? null : new Date(Date.parse(group.createdAt) + group.responseHours * HOUR_MS).toISOString();
  const lastAt = answeredAt ?? group.createdAt;
  const ids: string[] = [];
  for (let index = 0; index < group.count; index += 1) {
    const row = createReferralRow(group.regionId ?? REGION_X, group.organizationId, {
      person_name: PLANTED_NAME,
      contact_phone: PLANTED_PHONE,
      preferred_language: group.language,
      need_categories: JSON.stringify([group.category]),
      source: group.source ?? 'self',
      referring_organization_id: group.referringOrganizationId ?? null,
      fsa: group.fsa,
      forwarded_from_id: group.forwardedFromIds?.[index] ?? null,
      status: steps.at(-1) ?? 'requested',
      created_at: group.createdAt,
      updated_at: lastAt,
      first_response_at: answeredAt,
      closed_at: ['completed', 'rejected', 'forwarded'].includes(group.outcome) ? lastAt : null,
    });
    await db.insertInto('referrals').values(row).execute();
    const events: { from: ReferralStatus | null; to: ReferralStatus; reason: string | null; at: string }[] = [{ from: null, to: 'requested', reason: null, at: group.createdAt }];
    steps.forEach((to, step) =>
      events.push({ from: events[step]!.to, to, reason: to === 'rejected' ? (group.rejectReason ?? 'other') : to === 'cancelled' ? 'forwarded' : null, at: lastAt }),
    );
    await db
      .insertInto('referral_events')
      .values(events.map((event) => ({ referral_id: row.id, from_status: event.from, to_status: event.to, actor: 'staff-test', reason: event.reason, note: null, at: event.at })))
      .execute();
    ids.push(row.id);
  }
  return ids;
}

export async function seedRegionsAndOrganizations(db: Kysely<Database>): Promise<{ regionY: string }> {
  const regionY = `region-${randomUUID().slice(0, 8)}`;
  const at = '2025-01-01T00:00:00.000Z';
  await db
    .insertInto('regions')
    .values([
      { id: REGION_X, name: 'London & Middlesex', timezone: 'America/Toronto', created_at: at },
      { id: regionY, name: 'Elsewhere', timezone: 'America/Toronto', created_at: at },
    ])
    .execute();
  await db
    .insertInto('organizations')
    .values([
      { id: ORG_A, region_id: REGION_X, name: 'Argyle Test Centre', intake_email: null, created_at: at },
      { id: ORG_B, region_id: REGION_X, name: 'Byron Test Centre', intake_email: null, created_at: at },
      { id: ORG_C, region_id: REGION_X, name: 'Carling Test Centre', intake_email: null, created_at: at },
      { id: ORG_Y, region_id: regionY, name: 'Elsewhere Centre', intake_email: null, created_at: at },
    ])
    .execute();
  return { regionY };
}

/**
 * Fiscal year 2025, 62 referrals in region X (worked out in dashboard-api.test.ts) and 30 in
 * region Y that X's coordinator must never see.
 */
export async function seedKnownReferrals(db: Kysely<Database>, regionY: string): Promise<void> {
  await insertReferralGroup(db, { count: 25, organizationId: ORG_A, language: 'ar', category: 'language-classes', fsa: 'N6A', createdAt: '2025-04-08T14:00:00.000Z', outcome: 'completed', responseHours: 5.5 });
  await insertReferralGroup(db, {
    count: 15,
    organizationId: ORG_B,
    language: 'es',
    category: 'employment',
    source: 'agency',
    referringOrganizationId: ORG_A,
    fsa: 'N5Y',
    createdAt: '2025-05-06T14:00:00.000Z',
    outcome: 'accepted',
    responseHours: 30.2,
  });
  await insertReferralGroup(db, { count: 12, organizationId: ORG_A, language: 'uk', category: 'housing', fsa: 'N6A', createdAt: '2025-06-03T14:00:00.000Z', outcome: 'rejected', rejectReason: 'no_capacity', responseHours: 50 });
  await insertReferralGroup(db, { count: 4, organizationId: ORG_C, language: 'ar', category: 'employment', fsa: 'N6B', createdAt: '2025-06-10T14:00:00.000Z', outcome: 'waiting' });
  const forwarded = await insertReferralGroup(db, { count: 3, organizationId: ORG_A, language: 'ar', category: 'housing', fsa: 'N6C', createdAt: '2025-07-08T14:00:00.000Z', outcome: 'forwarded', responseHours: 1 });
  await insertReferralGroup(db, {
    count: 3,
    organizationId: ORG_B,
    language: 'ar',
    category: 'housing',
    fsa: 'N6C',
    createdAt: '2025-07-09T14:00:00.000Z',
    outcome: 'accepted',
    responseHours: 2,
    forwardedFromIds: forwarded,
  });
  await insertReferralGroup(db, { count: 30, regionId: regionY, organizationId: ORG_Y, language: 'ar', category: 'housing', fsa: 'N6A', createdAt: '2025-04-08T14:00:00.000Z', outcome: 'completed', responseHours: 3 });
}

export function createDashboardTestApp(database: GuichetDatabase, overrides: Partial<AuthSettings> = {}) {
  const settings: AuthSettings = { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true, now: () => new Date('2026-03-02T09:00:00.000Z'), ...overrides };
  return createApp({
    directory: fileDirectorySource('data/demo/london-middlesex.json'),
    areas: geoJsonFileSource('data/geo/london-middlesex.geojson'),
    database,
    auth: settings,
    dashboard: { refreshIntervalMs: 0 },
  });
}

export type DashboardTestApp = ReturnType<typeof createDashboardTestApp>;

/** A browser signed in as a new account of the role (coordinators of `regionId`, staff of ORG_A). */
export async function signedInBrowser(app: DashboardTestApp, db: Kysely<Database>, role: 'admin' | 'coordinator' | 'staff', regionId = REGION_X, address = '203.0.113.7'): Promise<TestBrowser> {
  const account = await createTestAccount(db, { role, regionId: role === 'coordinator' ? regionId : null, organizationIds: role === 'staff' ? [ORG_A] : [] });
  const browser = new TestBrowser(app, 'https://guichet.example', address);
  const response = await browser.signIn(account.email);
  if (response.status !== 200) throw new Error(`Sign-in failed: ${response.status}`);
  return browser;
}
