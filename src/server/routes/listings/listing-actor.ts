/** Who is writing a listing version, as the history and `assurer_email` record it. */
import type { Context } from 'hono';
import type { AppVariables } from '../../auth/auth-context.ts';
import { requireCaller } from '../../auth/caller-middleware.ts';
import type { Db } from '../../listings/listing-rows.ts';
import type { ListingActor } from '../../listings/listing-versions.ts';

export async function listingActor(db: Db, c: Context<{ Variables: AppVariables }>): Promise<ListingActor> {
  const caller = requireCaller(c);
  const user = await db.selectFrom('users').select(['display_name', 'email']).where('id', '=', caller.userId).executeTakeFirstOrThrow();
  return { id: caller.userId, name: user.display_name, email: user.email };
}
