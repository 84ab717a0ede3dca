/** The listing API's request bodies and answers, shared by the editor and the server. */
import { z } from 'zod';
import type { OrganizationListing } from './listing-document.ts';

export const saveDraftSchema = z.object({
  /** The whole listing; checked field by field (organizationListingSchema) on the server. */
  document: z.unknown(),
  /** The version the editor started from (null for a listing never published). */
  baseVersion: z.number().int().nonnegative().nullable(),
});

export const verifySchema = z.object({
  serviceIds: z.array(z.string().min(1)).min(1, 'choose at least one service').max(1000),
});

export const reviewSchema = z.object({
  decision: z.enum(['approve', 'decline']),
});

export const listingSettingsSchema = z.object({
  reviewFirstPublications: z.boolean(),
});

export const newListingSchema = z.object({
  regionId: z.string().min(1),
  organizationId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'use letters, digits, dots, dashes or underscores'),
  name: z.string().trim().min(1, 'is required').max(200),
});

/** A row of `GET /api/listings`. */
export interface ListingRow {
  organizationId: string;
  regionId: string;
  name: string;
  liveVersion: number | null;
  latestVersion: number;
  hasDraft: boolean;
  /** The latest version waits for the LIP's review. */
  pendingReview: boolean;
  updatedAt: string;
  /** Listed services of the live version unconfirmed for longer than the period. */
  staleServices: number;
  /** Newcomers' reports of wrong information not yet resolved. */
  openReports: number;
}

/** `GET /api/listings/:org`: what the editor opens. */
export interface EditableListing {
  organizationId: string;
  regionId: string;
  liveVersion: number | null;
  latestVersion: number;
  /** The draft when there is one, else the latest version (live or waiting for review). */
  document: OrganizationListing | null;
  draft: { baseVersion: number | null; savedBy: string; savedAt: string } | null;
}
