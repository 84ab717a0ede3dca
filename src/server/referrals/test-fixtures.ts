/**
 * What the referral tests share: a real generated directory loaded from a file the way the
 * server loads it, callers as the auth middleware would build them, a clock the test moves,
 * a notifier that keeps what it was asked to send, and a valid submission to vary.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/auth-context.ts';
import type { GuichetDatabase } from '../db/database.ts';
import { committerFor } from '../db/group-commit.ts';
import type { Database } from '../db/schema.ts';
import { fileDirectorySource, type DirectorySource } from '../directory-source.ts';
import { generateDirectory } from '../../cli/generate/generate-directory.ts';
import { referralSubmissionSchema, CONSENT_TEXT_VERSION, type ReferralSubmission } from '../../shared/referrals/referral-contract.ts';
import type { Directory, Service } from '../../shared/schema/directory.ts';
import { findReferralTarget } from './directory-targets.ts';
import { intakeDigest } from './intake-digest.ts';
import type { MailMessage, Notifier } from './notifier.ts';
import { ensureOrganizationRow } from './organization-rows.ts';
import type { ReferralDeps } from './referral-deps.ts';

export interface TestDirectory {
  source: DirectorySource;
  directory: Directory;
  /** Two services of organization A, one of B, one about health, one no longer listed. */
  services: { a: Service; alsoA: Service; b: Service; health: Service; unlisted: Service };
}

export function createTestDirectory(): TestDirectory {
  const generated = generateDirectory({ seed: 7, serviceCount: 30 });
  const unlisted = generated.services[generated.services.length - 1]!;
  unlisted.status = 'inactive';
  const path = join(mkdtempSync(join(tmpdir(), 'guichet-referrals-')), 'directory.json');
  writeFileSync(path, JSON.stringify(generated));
  const source = fileDirectorySource(path);
  const directory = source.current().value;
  const [a, ...others] = directory.services;
  const alsoA = others.find((service) => service.organization_id === a!.organization_id)!;
  const b = others.find((service) => service.organization_id !== a!.organization_id && service.attributes?.[0]?.taxonomy_term_id !== 'health')!;
  const health = others.find((service) => service.attributes?.[0]?.taxonomy_term_id === 'health')!;
  const listedUnlisted = directory.services.find((service) => service.id === unlisted.id)!;
  return { source, directory, services: { a: a!, alsoA, b, health, unlisted: listedUnlisted } };
}

export function staffOf(organizationId: string, userId = `staff-${organizationId}`): Caller {
  return { userId, role: 'staff', organizationIds: [organizationId], regionId: null };
}
export const coordinator: Caller = { userId: 'coordinator-1', role: 'coordinator', organizationIds: [], regionId: 'london-middlesex' };
export const admin: Caller = { userId: 'admin-1', role: 'admin', organizationIds: [], regionId: null };

/** Staff belong to organizations that have rows (memberships reference them): made here as the accounts side would. */
export async function createOrganizationRowsFor(db: Kysely<Database>, directory: Directory, services: Service[]): Promise<void> {
  for (const service of services) await ensureOrganizationRow(db, findReferralTarget(directory, service.id), '2026-01-01T00:00:00.000Z');
}

export interface FakeClock {
  now: () => Date;
  advanceDays(days: number): void;
}

export function fakeClock(start = '2026-12-01T09:00:00.000Z'): FakeClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advanceDays(days) {
      current += days * 24 * 60 * 60 * 1000;
    },
  };
}

export interface RecordingNotifier extends Notifier {
  sent: MailMessage[];
}

export function recordingNotifier(): RecordingNotifier {
  const sent: MailMessage[] = [];
  return { sent, send: async (message) => void sent.push(message) };
}

/** As the routes build them: on SQLite, submissions made with the same deps share commits. */
export function testDeps(database: GuichetDatabase, directory: DirectorySource, options: Partial<ReferralDeps> = {}): ReferralDeps {
  const { db } = database;
  const deps = { db, committer: committerFor(database), directory, notifier: recordingNotifier(), now: () => new Date(), publicUrl: 'https://guichet.example.org', ...options };
  return { ...deps, intakeNotices: options.intakeNotices ?? intakeDigest(deps) };
}

/** The body a phone would send: a name and contacts that tests look for in places they must not be. */
export function submissionBody(serviceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    serviceId,
    name: 'Amal Haddad',
    contact: { phone: '+1 519 555 0142', email: 'amal.haddad@example.net' },
    preferredLanguage: 'ar',
    interpreterNeeded: true,
    fsa: 'N6A',
    needCategories: ['language-classes'],
    note: 'Evenings only, I work days.',
    consent: { textVersion: CONSENT_TEXT_VERSION, language: 'ar', agreed: true, healthAgreed: false, allowForward: true },
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export function submission(serviceId: string, overrides: Record<string, unknown> = {}): ReferralSubmission {
  return referralSubmissionSchema.parse(submissionBody(serviceId, overrides));
}
