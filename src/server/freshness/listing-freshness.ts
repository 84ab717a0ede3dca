/** One listing's services with their verification dates and stale flags, for its editor. */
import { freshSince } from '../../shared/listings/service-freshness.ts';
import type { Db } from '../listings/listing-rows.ts';
import { isStale, liveServiceDates, type LiveHead } from './live-service-dates.ts';

export interface ServiceFreshness {
  serviceId: string;
  name: string;
  /** `YYYY-MM-DD`, or null when nobody ever confirmed the service. */
  assuredDate: string | null;
  stale: boolean;
}

export interface ListingFreshness {
  staleAfterDays: number;
  services: ServiceFreshness[];
}

/** The live version's services (none before the first publication). */
export async function listingFreshness(db: Db, head: LiveHead, now: Date, staleAfterDays: number): Promise<ListingFreshness> {
  const since = freshSince(now, staleAfterDays);
  const services = (await liveServiceDates(db, [head])).get(head.organization_id) ?? [];
  return {
    staleAfterDays,
    services: services.map((service) => ({ serviceId: service.serviceId, name: service.name, assuredDate: service.assuredDate, stale: isStale(service, since) })),
  };
}
