/** What every view is computed with: the year's figures, the selection and names for ids. */
import type { SelectionDimension } from '../../shared/dashboard/dashboard-contract.ts';
import type { FigureFamilies } from './figure-families.ts';
import type { RollupScope } from './rollup-reads.ts';
import type { Labels } from './table-values.ts';

export interface Selection {
  dimension: SelectionDimension;
  value: string;
}

export interface ViewContext {
  families: FigureFamilies;
  scope: RollupScope;
  selection: Selection | null;
  labels: Labels;
}

/** The label of a row keyed by a value of the dimension (organizations have names; other ids are named by the app). */
export function labelOf(context: ViewContext, dimension: string, key: string): string | undefined {
  return dimension === 'organization' || dimension === 'from-organization' ? context.labels.organization(key) : undefined;
}
