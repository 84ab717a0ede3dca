/**
 * Demo mode's region, organizations and accounts, so a fresh `npm start` can be tried at once:
 * sign in as an admin, a coordinator or staff of two organizations (passwords in README.md here).
 * Refuses to run in production mode, where known passwords would be an open door.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AuthDeps } from '../auth/auth-settings.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { UserRole } from '../db/schema.ts';
import { inTransaction } from '../db/transactions.ts';

export const DEMO_DIRECTORY_FILE = 'data/demo/london-middlesex.json';

export interface DemoAccount {
  email: string;
  displayName: string;
  password: string;
  role: UserRole;
  /** Staff: the organizations they work for. */
  organizationIds: readonly string[];
}

/** Listed, with their passwords, in README.md beside this file. */
export const demoAccounts: readonly DemoAccount[] = [
  { email: 'admin@guichet.example', displayName: 'Demo Administrator', password: 'maple-harbour-lantern', role: 'admin', organizationIds: [] },
  { email: 'coordinator@guichet.example', displayName: 'Demo Coordinator', password: 'cedar-river-compass', role: 'coordinator', organizationIds: [] },
  { email: 'argyle@guichet.example', displayName: 'Demo Staff, Argyle', password: 'tulip-orchard-signal', role: 'staff', organizationIds: ['org-00001'] },
  { email: 'hamilton-road@guichet.example', displayName: 'Demo Staff, Hamilton Road', password: 'birch-meadow-anchor', role: 'staff', organizationIds: ['org-00002'] },
];

const demoDirectory = z.object({
  region: z.object({ id: z.string(), name: z.string(), timezone: z.string() }),
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** Adds what is missing (existing accounts keep their passwords); returns the emails of accounts created. */
export async function seedDemo({ db, settings }: AuthDeps, directoryFile = DEMO_DIRECTORY_FILE): Promise<string[]> {
  if (settings.mode !== 'demo') throw new Error('Demo accounts are seeded only in demo mode (GUICHET_MODE=demo).');
  const { region, organizations } = demoDirectory.parse(JSON.parse(await readFile(directoryFile, 'utf8')));
  const now = settings.now().toISOString();
  const known = new Set((await db.selectFrom('users').select('email').execute()).map((user) => user.email));
  const missing = demoAccounts.filter((account) => !known.has(account.email));
  // Hashing is slow on purpose: done before the transaction takes SQLite's write lock.
  const hashes = await Promise.all(missing.map((account) => hashPassword(account.password, settings.passwordCost)));

  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('regions')
      .values({ id: region.id, name: region.name, timezone: region.timezone, created_at: now })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ name: region.name, timezone: region.timezone }))
      .execute();
    for (const organization of organizations) {
      await trx
        .insertInto('organizations')
        .values({ id: organization.id, region_id: region.id, name: organization.name, intake_email: null, created_at: now })
        .onConflict((conflict) => conflict.column('id').doUpdateSet({ name: organization.name }))
        .execute();
    }
    for (const [index, account] of missing.entries()) {
      const id = randomUUID();
      await trx
        .insertInto('users')
        .values({
          id,
          email: account.email,
          display_name: account.displayName,
          password_hash: hashes[index] as string,
          role: account.role,
          region_id: account.role === 'coordinator' ? region.id : null,
          totp_secret: null,
          disabled_at: null,
          created_at: now,
        })
        .execute();
      for (const organizationId of account.organizationIds) {
        await trx.insertInto('memberships').values({ user_id: id, organization_id: organizationId }).execute();
      }
    }
  });
  return missing.map((account) => account.email);
}
