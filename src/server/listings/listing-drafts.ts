/**
 * The draft a provider edits: kept on the server between sessions and devices, checked on
 * every save so the editor shows field errors at once, and published as a whole.
 */
import { organizationListingSchema, type OrganizationListing } from '../../shared/listings/listing-document.ts';
import { Refusal } from '../security/refusal.ts';
import { parseListing, readListingAt, requireHead, type Db } from './listing-rows.ts';
import type { ListingActor } from './listing-versions.ts';
import type { EditableListing } from '../../shared/listings/listing-contract.ts';


export async function readEditableListing(db: Db, organizationId: string): Promise<EditableListing> {
  const head = await requireHead(db, organizationId);
  const draft = await db.selectFrom('listing_drafts').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
  return {
    organizationId,
    regionId: head.region_id,
    liveVersion: head.live_version,
    latestVersion: head.latest_version,
    document: draft ? parseListing(draft.document) : await readListingAt(db, organizationId, head.latest_version || null),
    draft: draft ? { baseVersion: draft.base_version, savedBy: draft.saved_by, savedAt: draft.saved_at } : null,
  };
}

/**
 * Field problems with their paths (`services.0.schedules.1.opens_at`) for the editor to place,
 * and zod's issue code (`too_small`, `invalid_format`...) for it to word in the reader's language.
 */
export function checkListing(organizationId: string, document: unknown): OrganizationListing {
  const parsed = organizationListingSchema.safeParse(document);
  if (!parsed.success) {
    throw new Refusal(400, 'Some fields need attention.', {
      fields: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })),
    });
  }
  if (parsed.data.organization.id !== organizationId) {
    throw new Refusal(400, 'Some fields need attention.', { fields: [{ path: 'organization.id', code: 'custom', message: `must be ${organizationId}` }] });
  }
  return parsed.data;
}

/**
 * Saves the draft. `baseVersion` is the version the editor started from; a new draft must start
 * from the latest version, so an edit begun before someone else's publish is caught at once.
 */
export async function saveDraft(db: Db, organizationId: string, document: unknown, baseVersion: number | null, actor: ListingActor, at: string): Promise<void> {
  const listing = checkListing(organizationId, document);
  const head = await requireHead(db, organizationId);
  const existing = await db.selectFrom('listing_drafts').select('base_version').where('organization_id', '=', organizationId).executeTakeFirst();
  const expected = existing ? existing.base_version : head.latest_version;
  if ((baseVersion ?? 0) !== (expected ?? 0)) {
    throw new Refusal(409, 'This listing changed since you opened it. Copy what you typed, reload, and apply it again.', { conflict: true });
  }
  const row = { document: JSON.stringify(listing), base_version: expected, saved_by: actor.name, saved_at: at };
  await db
    .insertInto('listing_drafts')
    .values({ organization_id: organizationId, ...row })
    .onConflict((conflict) => conflict.column('organization_id').doUpdateSet(row))
    .execute();
}

export async function discardDraft(db: Db, organizationId: string): Promise<void> {
  await requireHead(db, organizationId);
  await db.deleteFrom('listing_drafts').where('organization_id', '=', organizationId).execute();
}
