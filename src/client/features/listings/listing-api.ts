/**
 * Calls to the listing API (/api/listings). Like the inbox's calls, every failure comes back as
 * one shape, here with the server's field problems kept whole (path, code, message) so the
 * editor can place each one next to its input and word it in the reader's language.
 */
import type { ListingChange } from '../../../shared/listings/listing-changes.ts';
import type { EditableListing, ListingRow } from '../../../shared/listings/listing-contract.ts';

export type { EditableListing, ListingRow };

export const NO_ANSWER = 0;

export interface FieldProblem {
  /** `services.0.schedules.1.opens_at` */
  path: string;
  /** zod's issue code (`too_small`, `invalid_format`…) or one of the editor's own checks. */
  code: string;
  message?: string;
}

export interface ListingFailure {
  ok: false;
  /** The HTTP status, or 0 when no answer came (offline, server unreachable). */
  status: number;
  error: string;
  fields: FieldProblem[];
  conflict: boolean;
}
export type ListingResult<T> = { ok: true; status: number; data: T } | ListingFailure;



export interface WrittenVersion {
  version: number;
  reviewState: 'live' | 'pending' | 'declined';
  changes: ListingChange[];
}

export interface VersionSummary {
  version: number;
  action: 'publish' | 'revert' | 'verify' | 'import';
  reviewState: 'live' | 'pending' | 'declined';
  restoredVersion: number | null;
  publishedBy: string;
  publishedAt: string;
  changes: ListingChange[];
}

export interface ListingFreshness {
  staleAfterDays: number;
  services: { serviceId: string; name: string; assuredDate: string | null; stale: boolean }[];
}

function fieldList(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is FieldProblem => item !== null && typeof item === 'object' && typeof item.path === 'string' && typeof item.code === 'string',
  );
}

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

export async function listingApi<T>(path: string, method: Method = 'GET', body?: unknown): Promise<ListingResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    return { ok: false, status: NO_ANSWER, error: '', fields: [], conflict: false };
  }
  let parsed: Record<string, unknown> = {};
  try {
    const json: unknown = await response.json();
    if (json !== null && typeof json === 'object') parsed = json as Record<string, unknown>;
  } catch {
    // An empty or non-JSON answer: the status says enough.
  }
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  return {
    ok: false,
    status: response.status,
    error: typeof parsed.error === 'string' ? parsed.error : '',
    fields: fieldList(parsed.fields),
    conflict: parsed.conflict === true,
  };
}

export const listingPath = (organizationId: string, rest = '') => `/api/listings/${encodeURIComponent(organizationId)}${rest}`;
