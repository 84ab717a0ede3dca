/**
 * The database's tables, as Kysely sees them. One schema for both engines (SQLite embedded,
 * PostgreSQL at scale): timestamps are ISO 8601 strings and booleans are 0/1 integers, which
 * both store and compare the same way.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

import type { ReferralStatus } from '../../shared/referrals/referral-contract.ts';

export type { ReferralStatus };
export const userRoles = ['admin', 'coordinator', 'staff'] as const;
export type UserRole = (typeof userRoles)[number];

export interface RegionTable {
  id: string;
  name: string;
  timezone: string;
  created_at: string;
}

export interface OrganizationTable {
  id: string;
  region_id: string;
  name: string;
  /** Where new-referral notices go; they carry an id and a link, never personal data. */
  intake_email: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  /** argon2id hash. */
  password_hash: string;
  role: UserRole;
  /** The coordinator's region; null for admins and staff (staff belong through memberships). */
  region_id: string | null;
  totp_secret: string | null;
  disabled_at: string | null;
  created_at: string;
}

export interface MembershipTable {
  user_id: string;
  organization_id: string;
}

export interface InvitationTable {
  /** sha-256 of the token in the link; the token itself is never stored. */
  token_hash: string;
  email: string;
  role: UserRole;
  region_id: string | null;
  organization_id: string | null;
  invited_by: string | null;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface SessionTable {
  /** sha-256 of the cookie value. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end, whatever the activity. */
  expires_at: string;
}

export interface LoginAttemptTable {
  /** `account:<email>` or `address:<ip>`. */
  key: string;
  window_started_at: string;
  failures: number;
}

export interface ReferralTable {
  id: string;
  /** Short code the newcomer can read over the phone. */
  reference_code: string;
  /** sha-256 of the private status-link token. */
  status_token_hash: string;
  region_id: string;
  organization_id: string;
  service_id: string;
  /** Set when a referral was forwarded: the one it continues. */
  forwarded_from_id: string | null;
  /** 'self' (newcomer) or 'agency' (staff referring a client). */
  source: 'self' | 'agency';
  referring_organization_id: string | null;
  status: ReferralStatus;
  // Personal fields: erased on withdrawal and after the retention period (purged_at set).
  person_name: string | null;
  contact_phone: string | null;
  contact_sms: string | null;
  contact_email: string | null;
  contact_whatsapp: string | null;
  need_note: string | null;
  // Kept for aggregate analytics: no person can be identified from them.
  preferred_language: string;
  interpreter_needed: number;
  fsa: string | null;
  need_categories: string;
  health_consent: number;
  /** The consent text agreed to, by version (`CONSENT_TEXT_VERSION`). */
  consent_text_version: string;
  /** 1: the person also said yes to passing the request on to another service (its own checkbox). */
  consent_allows_forward: number;
  consent_language: string;
  consent_at: string;
  idempotency_key: string;
  /** sha-256 of the submitted body: the same key with another body is refused. */
  request_hash: string;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  closed_at: string | null;
  purged_at: string | null;
}

export interface ReferralEventTable {
  id: Generated<number>;
  referral_id: string;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  /** User id, or 'newcomer' / 'system'. */
  actor: string;
  reason: string | null;
  note: string | null;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  at: string;
}

// The coordination dashboard's tables (migration 0003; src/server/dashboard/README.md).

/** Monthly counts of referrals by pairs of attributes, rebuilt from `referrals`. */
export interface DashboardReferralCountTable {
  region_id: string;
  /** `referral`, or those `accepted`, `completed`, `rejected`, `answered`. */
  population: string;
  /** The attributes counted, `language|organization`; `a` and `b` hold their values. */
  pair: string;
  /** YYYY-MM, a month made of whole weeks (src/shared/dashboard/fiscal-calendar.ts). */
  month: string;
  a: string;
  b: string;
  count: number;
}

export interface DashboardRollupStateTable {
  region_id: string;
  /** The latest `referrals.updated_at` the counts include. */
  changes_through: string;
  refreshed_at: string;
}

/** What devices report of searches: daily counts, and how many reports each came from. */
export interface SearchCountDayTable {
  region_id: string;
  day: string;
  kind: string;
  key: string;
  count: number;
  reports: number;
}

/** Recent immigrants by FSA, from the last census import. */
export interface CensusNewcomerCountTable {
  region_id: string;
  fsa: string;
  newcomers: number;
  source: string;
  imported_at: string;
}

// Provider listings (migration 0004; src/server/listings/README.md).

export type ListingAction = 'publish' | 'revert' | 'verify' | 'import';
export type ListingReviewState = 'live' | 'pending' | 'declined';

export interface ListingHeadTable {
  organization_id: string;
  region_id: string;
  name: string;
  /** Null until the organization's first publication goes live. */
  live_version: number | null;
  latest_version: number;
  updated_at: string;
}

export interface ListingVersionTable {
  organization_id: string;
  version: number;
  region_id: string;
  /** The whole listing as JSON. */
  document: string;
  action: ListingAction;
  review_state: ListingReviewState;
  restored_version: number | null;
  /** JSON list of readable changes against the version before. */
  changes: string;
  published_by: string;
  published_by_name: string;
  published_at: string;
}

export interface ListingDraftTable {
  organization_id: string;
  document: string;
  base_version: number | null;
  saved_by: string;
  saved_at: string;
}

export interface DirectoryReleaseTable {
  region_id: string;
  /** The bundle's region record as JSON. */
  region: string;
  release: number;
  released_at: string;
  /** The `version` of the bundle file last imported at start. */
  source_version: string | null;
}

export interface RegionListingSettingsTable {
  region_id: string;
  review_first_publications: number;
}

export interface ListingFeedbackTable {
  id: string;
  region_id: string;
  organization_id: string;
  service_id: string;
  kind: 'wrong_info' | 'rating';
  problems: string | null;
  rating: number | null;
  comment: string | null;
  language: string;
  idempotency_key: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

export interface ListingReminderTable {
  organization_id: string;
  last_sent_at: string;
}

export interface Database {
  regions: RegionTable;
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  referrals: ReferralTable;
  referral_events: ReferralEventTable;
  audit_log: AuditLogTable;
  dashboard_referral_counts: DashboardReferralCountTable;
  dashboard_rollup_state: DashboardRollupStateTable;
  search_count_days: SearchCountDayTable;
  census_newcomer_counts: CensusNewcomerCountTable;
  listing_heads: ListingHeadTable;
  listing_versions: ListingVersionTable;
  listing_drafts: ListingDraftTable;
  directory_releases: DirectoryReleaseTable;
  region_listing_settings: RegionListingSettingsTable;
  listing_feedback: ListingFeedbackTable;
  listing_reminders: ListingReminderTable;
}

export type Referral = Selectable<ReferralTable>;
export type NewReferral = Insertable<ReferralTable>;
export type ReferralUpdate = Updateable<ReferralTable>;
export type User = Selectable<UserTable>;
