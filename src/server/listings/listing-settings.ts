/** A region's listing settings, and new organizations added by the LIP. */
import type { z } from 'zod';
import type { newListingSchema } from '../../shared/listings/listing-contract.ts';
import { inTransaction } from '../db/transactions.ts';
import { Refusal } from '../security/refusal.ts';
import type { Db } from './listing-rows.ts';
import type { ListingActor } from './listing-versions.ts';

export async function readListingSettings(db: Db, regionId: string): Promise<{ reviewFirstPublications: boolean }> {
  const row = await db.selectFrom('region_listing_settings').select('review_first_publications').where('region_id', '=', regionId).executeTakeFirst();
  return { reviewFirstPublications: row?.review_first_publications === 1 };
}

export async function writeListingSettings(db: Db, regionId: string, settings: { reviewFirstPublications: boolean }): Promise<void> {
  const region = await db.selectFrom('directory_releases').select('region_id').where('region_id', '=', regionId).executeTakeFirst();
  if (!region) throw new Refusal(404, `No region ${regionId} has a directory here.`);
  const value = { review_first_publications: settings.reviewFirstPublications ? 1 : 0 };
  await db
    .insertInto('region_listing_settings')
    .values({ region_id: regionId, ...value })
    .onConflict((conflict) => conflict.column('region_id').doUpdateSet(value))
    .execute();
}

/**
 * A new organization: its head and a first draft holding only its name. Nothing reaches phones
 * until its staff (or the LIP) publish, and in a reviewing region until the LIP approves.
 */
export function createListing(db: Db, { regionId, organizationId, name }: z.output<typeof newListingSchema>, actor: ListingActor, at: string): Promise<void> {
  return inTransaction(db, async (trx) => {
    const region = await trx.selectFrom('directory_releases').select('region_id').where('region_id', '=', regionId).executeTakeFirst();
    if (!region) throw new Refusal(404, `No region ${regionId} has a directory here.`);
    const taken = await trx.selectFrom('listing_heads').select('organization_id').where('organization_id', '=', organizationId).executeTakeFirst();
    if (taken) throw new Refusal(409, `An organization with the id ${organizationId} is already listed.`);
    await trx.insertInto('listing_heads').values({ organization_id: organizationId, region_id: regionId, name, live_version: null, latest_version: 0, updated_at: at }).execute();
    const document = { organization: { id: organizationId, name }, services: [], locations: [], service_at_locations: [] };
    await trx.insertInto('listing_drafts').values({ organization_id: organizationId, document: JSON.stringify(document), base_version: 0, saved_by: actor.name, saved_at: at }).execute();
  });
}
