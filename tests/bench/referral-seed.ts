/**
 * A database filled the way months of use would leave it, fast: referrals with their history and
 * audit rows, written in bulk straight through Kysely in the shape the app writes them (the same
 * columns, JSON, codes and hashes), spread over the directory's organizations, one of which gets a
 * large share (the signed-in staff member's). Seeded, so every run measures the same rows.
 */
import type { Insertable, Kysely } from 'kysely';
import { createRandom, type Random } from '../../src/cli/generate/random.ts';
import { PRODUCTION_PASSWORD_COST } from '../../src/server/auth/auth-settings.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import type { AuditLogTable, Database, NewReferral, ReferralEventTable, ReferralStatus } from '../../src/server/db/schema.ts';
import { numberedReferenceCode } from '../../src/server/referrals/referral-secrets.ts';
import { inTransaction } from '../../src/server/db/transactions.ts';
import { newReferralId, sha256Hex } from '../../src/server/referrals/referral-secrets.ts';
import { isListed } from '../../src/shared/directory/service-facts.ts';
import { isClosedStatus } from '../../src/shared/referrals/referral-contract.ts';
import type { Directory, Service } from '../../src/shared/schema/directory.ts';

/** 32 columns × 500 rows stays under either engine's limit on bound parameters per statement. */
const ROWS_PER_INSERT = 500;
const DAY_MS = 24 * 60 * 60 * 1000;
const LANGUAGES = ['ar', 'fa', 'uk', 'es', 'fr', 'en', 'ti', 'zh-Hans'];
const FSAS = ['N6A', 'N6B', 'N6C', 'N5V', 'N5W', 'N5Y', 'N6E', 'N6G', null];

/** The Task-model steps that lead from `requested` to each state. */
const STEPS: Record<ReferralStatus, ReferralStatus[]> = {
  requested: [],
  accepted: ['accepted'],
  'in-progress': ['accepted', 'in-progress'],
  'on-hold': ['accepted', 'on-hold'],
  completed: ['accepted', 'in-progress', 'completed'],
  failed: ['accepted', 'failed'],
  rejected: ['rejected'],
  cancelled: ['cancelled'],
};

/**
 * Where referrals of each age are now: recent ones mostly waiting or under way, old ones mostly
 * closed, as in a real inbox (so "oldest waiting first" has to skip a long closed past).
 */
const STATES_BY_AGE: [maxAgeDays: number, shares: Partial<Record<ReferralStatus, number>>][] = [
  [14, { requested: 0.5, accepted: 0.25, 'in-progress': 0.15, rejected: 0.05, cancelled: 0.05 }],
  [90, { requested: 0.05, accepted: 0.1, 'in-progress': 0.25, 'on-hold': 0.1, completed: 0.3, rejected: 0.1, failed: 0.05, cancelled: 0.05 }],
  [Infinity, { 'in-progress': 0.03, 'on-hold': 0.02, completed: 0.6, rejected: 0.15, failed: 0.1, cancelled: 0.1 }],
];

export interface SeedPlan {
  referrals: number;
  /** The organization the benchmark signs in to, and the share of all referrals addressed to it. */
  staffOrganizationId: string;
  staffShare: number;
  /** The newest referral's time; the rest go back two years from it. */
  now: Date;
  seed: number;
}

function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random.next() * 4)]!;
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

function pickState(random: Random, ageDays: number): ReferralStatus {
  const [, shares] = STATES_BY_AGE.find(([maxAgeDays]) => ageDays < maxAgeDays)!;
  let roll = random.next();
  for (const [status, share] of Object.entries(shares) as [ReferralStatus, number][]) {
    if ((roll -= share) < 0) return status;
  }
  return 'completed';
}

interface SeededReferral {
  referral: NewReferral;
  events: Insertable<ReferralEventTable>[];
  audit: Insertable<AuditLogTable>;
}

function createSeededReferral(index: number, service: Service, regionId: string, plan: SeedPlan, random: Random): SeededReferral {
  const ageDays = random.next() * 730;
  const createdMs = Math.round(plan.now.getTime() - ageDays * DAY_MS);
  const id = newReferralId(createdMs);
  const status = pickState(random, ageDays);
  const steps = STEPS[status];
  let stepMs = createdMs;
  // Each step some hours after the one before, none after now.
  const stepTimes = steps.map(() => new Date((stepMs = Math.min(stepMs + random.int(1, 72) * 60 * 60 * 1000, plan.now.getTime()))).toISOString());
  const createdAt = new Date(createdMs).toISOString();
  const updatedAt = stepTimes.at(-1) ?? createdAt;
  const closedAt = isClosedStatus(status) ? updatedAt : null;
  // Closed more than a year ago: the retention purge has erased the person, as it would have.
  const purgedAt = closedAt && Date.parse(closedAt) < plan.now.getTime() - 365 * DAY_MS ? plan.now.toISOString() : null;
  const category = service.attributes?.[0]?.taxonomy_term_id ?? 'language-classes';
  const referral: NewReferral = {
    id,
    reference_code: numberedReferenceCode(index),
    status_token_hash: sha256Hex(`seeded-status-token-${index}`),
    region_id: regionId,
    organization_id: service.organization_id,
    service_id: service.id,
    forwarded_from_id: null,
    source: random.chance(0.8) ? 'self' : 'agency',
    referring_organization_id: null,
    status,
    person_name: purgedAt ? null : `Person ${index}`,
    contact_phone: purgedAt ? null : `+1 519 555 ${String(index % 10_000).padStart(4, '0')}`,
    contact_sms: null,
    contact_email: purgedAt || random.chance(0.5) ? null : `person-${index}@example.net`,
    contact_whatsapp: null,
    need_note: purgedAt || random.chance(0.5) ? null : 'Evenings only, I work days.',
    preferred_language: random.pick(LANGUAGES),
    interpreter_needed: random.chance(0.6) ? 1 : 0,
    fsa: random.pick(FSAS),
    need_categories: JSON.stringify([category]),
    health_consent: category.includes('health') ? 1 : 0,
    consent_text_version: '2026-11-v1',
    consent_allows_forward: random.chance(0.6) ? 1 : 0,
    consent_language: 'en',
    consent_at: createdAt,
    idempotency_key: seededUuid(random),
    request_hash: sha256Hex(`seeded-request-${index}`),
    created_at: createdAt,
    updated_at: updatedAt,
    first_response_at: stepTimes[0] ?? null,
    closed_at: closedAt,
    purged_at: purgedAt,
  };
  const actor = 'newcomer';
  const events: Insertable<ReferralEventTable>[] = [{ referral_id: id, from_status: null, to_status: 'requested', actor, reason: null, note: null, at: createdAt }];
  steps.forEach((to, step) => {
    const from = step === 0 ? 'requested' : steps[step - 1]!;
    const reason = to === 'rejected' ? 'no_capacity' : null;
    events.push({ referral_id: id, from_status: from, to_status: to, actor: 'seeded-staff', reason, note: null, at: stepTimes[step]! });
  });
  return { referral, events, audit: { actor, action: 'referral.create', entity: 'referral', entity_id: id, at: createdAt } };
}

async function insertInChunks<Table extends 'referrals' | 'referral_events' | 'audit_log'>(
  trx: Kysely<Database>,
  table: Table,
  rows: Insertable<Database[Table]>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await trx.insertInto(table).values(rows.slice(start, start + ROWS_PER_INSERT) as never).execute();
  }
}

/** The directory's region and organizations, as `ensureOrganizationRow` writes them on a first referral. */
async function insertOrganizations(trx: Kysely<Database>, directory: Directory, at: string): Promise<void> {
  const { region } = directory;
  await trx.insertInto('regions').values({ id: region.id, name: region.name, timezone: region.timezone, created_at: at }).execute();
  const organizations = directory.organizations.map((organization) => ({
    id: organization.id,
    region_id: region.id,
    name: organization.name,
    intake_email: organization.email ?? null,
    created_at: at,
  }));
  await trx.insertInto('organizations').values(organizations).execute();
}

export async function seedReferrals(db: Kysely<Database>, directory: Directory, plan: SeedPlan): Promise<void> {
  const random = createRandom(plan.seed);
  const listed = directory.services.filter(isListed);
  const staffServices = listed.filter((service) => service.organization_id === plan.staffOrganizationId);
  const otherServices = listed.filter((service) => service.organization_id !== plan.staffOrganizationId);
  await inTransaction(db, async (trx) => {
    await insertOrganizations(trx, directory, new Date(plan.now.getTime() - 800 * DAY_MS).toISOString());
    // Built and written a slice at a time, so 100,000 referrals never sit in memory all at once.
    const slice = 10_000;
    for (let first = 0; first < plan.referrals; first += slice) {
      const seeded = Array.from({ length: Math.min(slice, plan.referrals - first) }, (_, offset) => {
        const service = random.pick(random.chance(plan.staffShare) ? staffServices : otherServices);
        return createSeededReferral(first + offset, service, directory.region.id, plan, random);
      });
      await insertInChunks(trx, 'referrals', seeded.map((item) => item.referral));
      await insertInChunks(trx, 'referral_events', seeded.flatMap((item) => item.events));
      await insertInChunks(trx, 'audit_log', seeded.map((item) => item.audit));
    }
  });
}

export interface StaffAccount {
  email: string;
  password: string;
}

/** A staff member of the organization, with the production password cost (one sign-in is all it costs). */
export async function createStaffAccount(db: Kysely<Database>, organizationId: string): Promise<StaffAccount> {
  const account = { email: 'bench-staff@agency.example', password: 'quiet-harbour-lantern-7' };
  const id = 'bench-staff';
  await db
    .insertInto('users')
    .values({
      id,
      email: account.email,
      display_name: 'Bench Staff',
      password_hash: await hashPassword(account.password, PRODUCTION_PASSWORD_COST),
      role: 'staff',
      region_id: null,
      totp_secret: null,
      disabled_at: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  await db.insertInto('memberships').values({ user_id: id, organization_id: organizationId }).execute();
  return account;
}
