/**
 * Who sees a region's dashboard: its coordinators, and administrators (any region). Staff never
 * do: they see their own organization's referrals, with names, and nothing region-wide.
 */
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/auth-context.ts';
import type { Database } from '../db/schema.ts';
import { Refusal } from '../security/refusal.ts';

export interface DashboardRegion {
  id: string;
  name: string;
}

export async function requireDashboardRegion(db: Kysely<Database>, caller: Caller | undefined, regionId: string): Promise<DashboardRegion> {
  if (!caller) throw new Refusal(401, 'Please sign in to continue. Your session may have ended.');
  if (caller.role === 'staff') throw new Refusal(403, 'The coordination dashboard is for coordinators and administrators.');
  if (caller.role === 'coordinator' && caller.regionId !== regionId) throw new Refusal(403, 'Your account coordinates another region.');
  const region = await db.selectFrom('regions').select(['id', 'name']).where('id', '=', regionId).executeTakeFirst();
  if (!region) throw new Refusal(404, `There is no region "${regionId}".`);
  return region;
}
