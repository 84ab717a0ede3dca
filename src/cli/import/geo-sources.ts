/**
 * The Statistics Canada boundary files `import -- geo` reads, and what identifies a feature in
 * each: its id property, how a well-formed id looks, and the property naming it, if any.
 */
import { parseFsa } from '../../shared/geo/fsa.ts';

export type BoundaryKind = 'fsa' | 'ct';

/** What every imported boundary keeps of its source properties. */
export interface BoundaryProperties {
  kind: BoundaryKind;
  id: string;
  name?: string;
}

export interface BoundarySource {
  kind: BoundaryKind;
  /** What one feature is, for messages: `FSA`, `census tract`. */
  noun: string;
  idProperty: string;
  /** A well-formed id, in words, for the message when one is not: `an FSA like N6A`. */
  idExample: string;
  /** The id as Guichet writes it, or `null` when the value is not a well-formed id. */
  parseId(value: string): string | null;
  nameProperty?: string;
}

// Census tract ids: the 3-digit CMA code, the 4-digit tract number, and a 2-digit split suffix.
const CTUID_PATTERN = /^\d{7}\.\d{2}$/;

export const boundarySources: Readonly<Record<BoundaryKind, BoundarySource>> = {
  fsa: {
    kind: 'fsa',
    noun: 'FSA',
    idProperty: 'CFSAUID',
    idExample: 'an FSA like N6A',
    // A full postal code is not an FSA id, even though parseFsa would take its first three characters.
    parseId: (value) => (value.trim().length === 3 ? parseFsa(value) : null),
  },
  ct: {
    kind: 'ct',
    noun: 'census tract',
    idProperty: 'CTUID',
    idExample: 'a census tract id like 5550001.00',
    parseId: (value) => (CTUID_PATTERN.test(value.trim()) ? value.trim() : null),
    nameProperty: 'CTNAME',
  },
};

export function isBoundaryKind(value: string | undefined): value is BoundaryKind {
  return value !== undefined && Object.hasOwn(boundarySources, value);
}
