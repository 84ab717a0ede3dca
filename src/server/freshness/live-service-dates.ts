/**
 * What freshness needs from each organization's live listing (its services' names, verification
 * dates and whether newcomers see them), read once per live version and kept. A version is never
 * rewritten, so a kept entry is right for as long as the head points at it, in every process;
 * the list of listings, the LIP's counts and the reminders re-read only what was published since.
 */
import { isListed } from '../../shared/directory/service-facts.ts';
import { freshSince, isStaleDate } from '../../shared/listings/service-freshness.ts';
import { parseListing, readLiveDocuments, type Db } from '../listings/listing-rows.ts';

export interface ServiceDate {
  serviceId: string;
  name: string;
  assuredDate: string | null;
  /** Shown to newcomers (not withdrawn): only these can be stale. */
  listed: boolean;
}

export interface LiveHead {
  organization_id: string;
  live_version: number | null;
}

interface Kept {
  version: number;
  services: ServiceDate[];
}

/** One cache per database handle: tests and processes each hold their own. */
const caches = new WeakMap<Db, Map<string, Kept>>();

function cacheOf(db: Db): Map<string, Kept> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

/** The live services of each head, by organization; an unpublished listing has none. */
export async function liveServiceDates(db: Db, heads: readonly LiveHead[]): Promise<Map<string, ServiceDate[]>> {
  const cache = cacheOf(db);
  const missing = heads.filter((head): head is { organization_id: string; live_version: number } => head.live_version !== null && cache.get(head.organization_id)?.version !== head.live_version);
  for (const row of await readLiveDocuments(db, null, missing.map((head) => head.organization_id))) {
    const services = parseListing(row.document).services.map((service) => ({
      serviceId: service.id,
      name: service.name,
      assuredDate: service.assured_date ?? null,
      listed: isListed(service),
    }));
    cache.set(row.organization_id, { version: row.version, services });
  }
  const byOrganization = new Map<string, ServiceDate[]>();
  for (const head of heads) {
    const kept = head.live_version === null ? undefined : cache.get(head.organization_id);
    byOrganization.set(head.organization_id, kept?.version === head.live_version ? kept.services : []);
  }
  return byOrganization;
}

export const isStale = (service: ServiceDate, since: string): boolean => service.listed && isStaleDate(service.assuredDate, since);

/** Stale services per organization, at `now`. */
export async function staleCounts(db: Db, heads: readonly LiveHead[], now: Date, staleAfterDays: number): Promise<Map<string, number>> {
  const since = freshSince(now, staleAfterDays);
  const dates = await liveServiceDates(db, heads);
  return new Map([...dates].map(([organizationId, services]) => [organizationId, services.filter((service) => isStale(service, since)).length]));
}
