/**
 * `GET /api/dashboard/listing-health?region=`: how true the region's directory stays, per
 * organization. These count services and newcomers' feedback about organizations, which are not
 * people, so no count is hidden; no report's or rating's text is ever part of it.
 */
import { z } from 'zod';

export const listingHealthQuerySchema = z.object({ region: z.string().min(1).max(100) }).strict();

export interface ListingHealthCounts {
  /** Services newcomers can see in the live listing. */
  services: number;
  /** Of those, not confirmed within the period. */
  staleServices: number;
  /** Reports of wrong information not yet resolved, and resolved. */
  openReports: number;
  resolvedReports: number;
  ratings: number;
  /** 1 to 5, one decimal; null without ratings. */
  averageRating: number | null;
}

export interface OrganizationHealth extends ListingHealthCounts {
  organizationId: string;
  name: string;
}

export interface ListingHealthResponse {
  region: { id: string; name: string };
  staleAfterDays: number;
  organizations: OrganizationHealth[];
  totals: ListingHealthCounts;
}

/** Column keys of the CSV export, in order. */
export const listingHealthColumns = ['services', 'staleServices', 'openReports', 'resolvedReports', 'ratings', 'averageRating'] as const satisfies readonly (keyof ListingHealthCounts)[];
