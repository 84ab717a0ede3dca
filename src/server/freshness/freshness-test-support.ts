/**
 * What the freshness and listing-health tests share: confirming an organization's services as
 * its staff would ("still correct"), the services newcomers see, and newcomers' feedback rows
 * planted as the feedback API stores them.
 */
import { randomUUID } from 'node:crypto';
import { isListed } from '../../shared/directory/service-facts.ts';
import type { ListingTestServer } from '../listings/test-support.ts';
import type { Db } from '../listings/listing-rows.ts';
import { verifyServices } from '../listings/listing-versions.ts';

export const verifier = { id: 'verifier', name: 'Test Verifier', email: 'verifier@agency.example' };

/** Every service of the organization, confirmed at the server's current time, and the phones' bundle rebuilt. */
export async function confirmAll(db: Db, server: ListingTestServer, organizationId: string): Promise<void> {
  const ids = server.seed.services.filter((service) => service.organization_id === organizationId).map((service) => service.id);
  await verifyServices(db, organizationId, ids, verifier, server.clock.now().toISOString());
  await server.directory.refresh();
}

/** The organization's services a newcomer can see (the ones that can be flagged). */
export const listedServices = (server: ListingTestServer, organizationId: string) =>
  server.seed.services.filter((service) => service.organization_id === organizationId && isListed(service));

export interface PlantedFeedback {
  kind: 'wrong_info' | 'rating';
  serviceId: string;
  resolved?: boolean;
  rating?: number;
  comment?: string;
}

export async function plantFeedback(db: Db, server: ListingTestServer, organizationId: string, rows: readonly PlantedFeedback[]): Promise<void> {
  const at = server.clock.now().toISOString();
  await db
    .insertInto('listing_feedback')
    .values(
      rows.map((row) => ({
        id: randomUUID(),
        region_id: server.regionId,
        organization_id: organizationId,
        service_id: row.serviceId,
        kind: row.kind,
        problems: row.kind === 'wrong_info' ? '["hours"]' : null,
        rating: row.kind === 'rating' ? (row.rating ?? 4) : null,
        comment: row.comment ?? null,
        language: 'ar',
        idempotency_key: randomUUID(),
        created_at: at,
        resolved_at: row.resolved ? at : null,
        resolved_by: row.resolved ? 'someone' : null,
      })),
    )
    .execute();
}
