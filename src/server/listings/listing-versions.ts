/**
 * Writing versions: publish a draft, revert to an earlier version, confirm services are still
 * correct, and the LIP's review of first publications. Each is one transaction that appends a
 * version (the history is never rewritten) and, when what phones see changed, moves the
 * region's release on.
 */
import type { ListingAction, ListingReviewState } from '../db/schema.ts';
import { inTransaction } from '../db/transactions.ts';
import { changedServiceIds, listingChanges, type ListingChange } from '../../shared/listings/listing-changes.ts';
import type { OrganizationListing } from '../../shared/listings/listing-document.ts';
import { Refusal } from '../security/refusal.ts';
import { bumpRelease, parseListing, readListingAt, readVersionRow, requireHead, type Db } from './listing-rows.ts';

export interface ListingActor {
  /** A user id, or `import`. */
  id: string;
  name: string;
  /** Recorded as the HSDS `assurer_email` of the services the actor verifies. */
  email: string | null;
}

/** A calendar date in UTC: `assured_date` is an HSDS date. */
const dayOf = (at: string) => at.slice(0, 10);

/** Marks services as verified today by the actor. */
export function assure(listing: OrganizationListing, serviceIds: ReadonlySet<string>, actor: ListingActor, at: string): OrganizationListing {
  return {
    ...listing,
    services: listing.services.map((service) =>
      serviceIds.has(service.id) ? { ...service, assured_date: dayOf(at), assurer_email: actor.email ?? service.assurer_email ?? null } : service,
    ),
  };
}

interface NewVersion {
  organizationId: string;
  document: OrganizationListing;
  action: ListingAction;
  actor: ListingActor;
  at: string;
  restoredVersion?: number;
  /** When the region's LIP reviews first publications and none went live yet. */
  reviewFirst?: boolean;
}

export interface WrittenVersion {
  version: number;
  reviewState: ListingReviewState;
  changes: ListingChange[];
}

/** Appends the version and makes it live (or pending review). Runs inside the caller's transaction. */
export async function appendVersion(trx: Db, { organizationId, document, action, actor, at, restoredVersion, reviewFirst = false }: NewVersion): Promise<WrittenVersion> {
  const head = await requireHead(trx, organizationId);
  const live = await readListingAt(trx, organizationId, head.live_version);
  const changes = listingChanges(live, document);
  if (changes.length === 0) throw new Refusal(409, 'This is what is already published: there is nothing to publish.');
  const version = head.latest_version + 1;
  const reviewState: ListingReviewState = reviewFirst && head.live_version === null ? 'pending' : 'live';
  await trx
    .insertInto('listing_versions')
    .values({
      organization_id: organizationId,
      version,
      region_id: head.region_id,
      document: JSON.stringify(document),
      action,
      review_state: reviewState,
      restored_version: restoredVersion ?? null,
      changes: JSON.stringify(changes),
      published_by: actor.id,
      published_by_name: actor.name,
      published_at: at,
    })
    .execute();
  await trx
    .updateTable('listing_heads')
    .set({ latest_version: version, name: document.organization.name, updated_at: at, ...(reviewState === 'live' && { live_version: version }) })
    .where('organization_id', '=', organizationId)
    .execute();
  if (reviewState === 'live') await bumpRelease(trx, head.region_id, at);
  return { version, reviewState, changes };
}

async function reviewsFirstPublications(trx: Db, regionId: string): Promise<boolean> {
  const settings = await trx.selectFrom('region_listing_settings').select('review_first_publications').where('region_id', '=', regionId).executeTakeFirst();
  return settings?.review_first_publications === 1;
}

/** Publishes the draft: refused when someone published since the draft was started (the draft is kept). */
export function publishDraft(db: Db, organizationId: string, actor: ListingActor, at: string): Promise<WrittenVersion> {
  return inTransaction(db, async (trx) => {
    const head = await requireHead(trx, organizationId);
    const draft = await trx.selectFrom('listing_drafts').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
    if (!draft) throw new Refusal(409, 'There is no draft to publish. Edit the listing first.');
    if (draft.base_version !== head.latest_version) {
      throw new Refusal(409, 'Someone published this listing after you started your draft. Your draft is kept: review it against the published version, then publish again.', {
        conflict: true,
      });
    }
    const edited = parseListing(draft.document);
    const live = await readListingAt(trx, organizationId, head.live_version);
    // Publishing a service is its provider saying it is right today.
    const document = assure(edited, changedServiceIds(listingChanges(live, edited)), actor, at);
    const written = await appendVersion(trx, {
      organizationId,
      document,
      action: 'publish',
      actor,
      at,
      reviewFirst: await reviewsFirstPublications(trx, head.region_id),
    });
    await trx.deleteFrom('listing_drafts').where('organization_id', '=', organizationId).execute();
    return written;
  });
}

/** Publishes an earlier version's content again, as a new version. */
export function revertToVersion(db: Db, organizationId: string, version: number, actor: ListingActor, at: string): Promise<WrittenVersion> {
  return inTransaction(db, async (trx) => {
    const row = await readVersionRow(trx, organizationId, version);
    if (!row) throw new Refusal(404, `This listing has no version ${version}.`);
    if (row.review_state !== 'live') throw new Refusal(409, `Version ${version} never went live; only a published version can be restored.`);
    return appendVersion(trx, { organizationId, document: parseListing(row.document), action: 'revert', actor, at, restoredVersion: version });
  });
}

/**
 * "Still correct": the live services are verified today, as a new version. A draft in progress
 * gets the same dates and moves onto the new version, so publishing it later neither undoes the
 * verification nor counts as a conflict.
 */
export function verifyServices(db: Db, organizationId: string, serviceIds: readonly string[], actor: ListingActor, at: string): Promise<WrittenVersion> {
  return inTransaction(db, async (trx) => {
    const head = await requireHead(trx, organizationId);
    const live = await readListingAt(trx, organizationId, head.live_version);
    if (!live) throw new Refusal(409, 'This listing is not published yet; publishing it verifies it.');
    const known = new Set(live.services.map((service) => service.id));
    const unknown = serviceIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new Refusal(400, `Not a published service of this organization: ${unknown.join(', ')}.`);
    const chosen = new Set(serviceIds);
    const written = await appendVersion(trx, { organizationId, document: assure(live, chosen, actor, at), action: 'verify', actor, at });
    const draft = await trx.selectFrom('listing_drafts').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
    if (draft && draft.base_version === head.latest_version) {
      await trx
        .updateTable('listing_drafts')
        .set({ document: JSON.stringify(assure(parseListing(draft.document), chosen, actor, at)), base_version: written.version })
        .where('organization_id', '=', organizationId)
        .execute();
    }
    return written;
  });
}

/** The LIP approves or declines a first publication waiting for review. */
export function reviewVersion(db: Db, organizationId: string, version: number, decision: 'approve' | 'decline', at: string): Promise<{ reviewState: ListingReviewState }> {
  return inTransaction(db, async (trx) => {
    const head = await requireHead(trx, organizationId);
    const row = await readVersionRow(trx, organizationId, version);
    if (!row || row.review_state !== 'pending') throw new Refusal(409, `Version ${version} is not waiting for review.`);
    const reviewState: ListingReviewState = decision === 'approve' ? 'live' : 'declined';
    await trx.updateTable('listing_versions').set({ review_state: reviewState }).where('organization_id', '=', organizationId).where('version', '=', version).execute();
    if (reviewState === 'live') {
      await trx.updateTable('listing_heads').set({ live_version: version, updated_at: at }).where('organization_id', '=', organizationId).execute();
      await bumpRelease(trx, head.region_id, at);
    }
    return { reviewState };
  });
}
