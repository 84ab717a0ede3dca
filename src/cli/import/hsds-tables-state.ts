/**
 * The rows of each table once validated: which ids are usable, which were skipped (so rows that
 * point at them are dropped as dependents rather than reported as broken links).
 */
import { tableNames, tableSpecs, type SourceRow, type SourceTables, type TableName } from './hsds-tables.ts';
import { formatOrigin, type ImportReport, type RowOrigin } from './report.ts';
import { validateRecord } from './validate.ts';

export type RowRecord = Record<string, unknown>;

export interface ValidRow {
  origin: RowOrigin;
  record: RowRecord;
}

export type Resolution = { state: 'valid'; row: ValidRow } | { state: 'skipped' } | { state: 'missing' };

/** `service "Community Counselling" (ac148810-…)`, or `phone 1554f2e2-…` for rows without a name. */
export function describeRow(table: TableName, values: RowRecord): string {
  const singular = tableSpecs[table].singular;
  const id = typeof values.id === 'string' ? values.id : null;
  // Some HSDS "names" are whole sentences (service areas): a few words identify the row.
  const name = typeof values.name === 'string' ? (values.name.length > 50 ? `${values.name.slice(0, 47)}...` : values.name) : null;
  if (name) return `${singular} "${name}"${id ? ` (${id})` : ''}`;
  return id ? `${singular} ${id}` : singular;
}

export class TableState {
  /** Usable rows by id, in file order. */
  readonly valid = new Map<string, ValidRow>();
  private readonly skippedIds = new Set<string>();

  constructor(readonly table: TableName) {}

  resolve(id: string): Resolution {
    const row = this.valid.get(id);
    if (row) return { state: 'valid', row };
    return this.skippedIds.has(id) ? { state: 'skipped' } : { state: 'missing' };
  }

  /** Drops a row, and remembers its id so the rows depending on it follow it out. */
  skip(origin: RowOrigin, values: RowRecord, reason: string, report: ImportReport): void {
    const id = typeof values.id === 'string' ? values.id : undefined;
    if (id) {
      this.valid.delete(id);
      this.skippedIds.add(id);
    }
    report.skip(origin, describeRow(this.table, values), reason);
  }

  records(): RowRecord[] {
    return [...this.valid.values()].map((row) => row.record);
  }
}

export type TableStates = Record<TableName, TableState>;

function validateRow(state: TableState, row: SourceRow, report: ImportReport): void {
  if (row.rejected) {
    state.skip(row.origin, row.values, 'invalid row', report);
    return;
  }
  const record = validateRecord(tableSpecs[row.table].schema, row.values, row.origin, report);
  if (!record) {
    state.skip(row.origin, row.values, 'invalid row', report);
    return;
  }
  const id = record.id as string;
  const first = state.valid.get(id);
  if (first) {
    report.error(row.origin, 'id', `"${id}" is already used by ${formatOrigin(first.origin)}`);
    report.skip(row.origin, describeRow(row.table, record), 'duplicate id');
    return;
  }
  state.valid.set(id, { origin: row.origin, record });
}

/** Every row checked against its table's schema; problems are reported, the rest kept by id. */
export function validateTables(tables: SourceTables, report: ImportReport): TableStates {
  const states = Object.fromEntries(tableNames.map((table) => [table, new TableState(table)])) as unknown as TableStates;
  for (const table of tableNames) {
    for (const row of tables[table]) validateRow(states[table], row, report);
  }
  return states;
}
