/**
 * The HSDS API's query parameters, checked: a wrong one is a 400 that says what is accepted,
 * never a silently ignored filter.
 */
import { parseFsa } from '../../shared/geo/fsa.ts';
import { Refusal } from '../security/refusal.ts';

export const DEFAULT_PER_PAGE = 50;
/** Large enough for a consumer to sync quickly, small enough that one page stays cheap. */
export const MAX_PER_PAGE = 200;

export interface Paging {
  page: number;
  perPage: number;
}

export interface ListQuery extends Paging {
  search: string | null;
  taxonomyTermId: string | null;
  organizationId: string | null;
  modifiedAfter: number | null;
  fsa: string | null;
  /** Metres around the postcode's FSA centroid, as the HSDS API reference defines `proximity`. */
  proximityMetres: number | null;
}

type Params = Record<string, string | undefined>;

function wholeNumber(params: Params, name: string, fallback: number, max: number): number {
  const raw = params[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) throw new Refusal(400, `${name} must be a whole number from 1 to ${max} (got "${raw.slice(0, 20)}").`);
  return value;
}

const text = (params: Params, name: string) => {
  const value = params[name]?.trim();
  if (value && value.length > 200) throw new Refusal(400, `${name} must be at most 200 characters.`);
  return value ? value : null;
};

export function pagingOf(params: Params): Paging {
  return { page: wholeNumber(params, 'page', 1, 1_000_000), perPage: wholeNumber(params, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE) };
}

export function listQueryOf(params: Params): ListQuery {
  const modified = text(params, 'modified_after');
  let modifiedAfter: number | null = null;
  if (modified) {
    modifiedAfter = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(modified) ? Date.parse(modified) : NaN;
    if (Number.isNaN(modifiedAfter)) throw new Refusal(400, `modified_after must be a date or date-time like 2026-01-31 or 2026-01-31T09:00:00Z (got "${modified.slice(0, 40)}").`);
  }
  const postcode = text(params, 'postcode');
  const fsa = postcode ? parseFsa(postcode) : null;
  if (postcode && !fsa) throw new Refusal(400, `postcode must be a Canadian postal code or its first three characters, like N6A 3K7 or N6A (got "${postcode.slice(0, 20)}").`);
  const proximity = text(params, 'proximity');
  let proximityMetres: number | null = null;
  if (proximity) {
    if (!fsa) throw new Refusal(400, 'proximity needs a postcode to measure from.');
    proximityMetres = Number(proximity);
    if (!/^\d+(\.\d+)?$/.test(proximity) || proximityMetres <= 0 || proximityMetres > 500_000) throw new Refusal(400, `proximity is a distance in metres, from 1 to 500000 (got "${proximity.slice(0, 20)}").`);
  }
  return {
    ...pagingOf(params),
    search: text(params, 'search'),
    taxonomyTermId: text(params, 'taxonomy_term_id'),
    organizationId: text(params, 'organization_id'),
    modifiedAfter,
    fsa,
    proximityMetres,
  };
}

export interface Page<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** One page as the HSDS API reference shapes it. */
export function pageOf<T>(items: readonly T[], { page, perPage }: Paging): Page<T> {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: items.length === 0,
    contents,
  };
}
