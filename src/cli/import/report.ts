/**
 * What an import found wrong, in terms a data steward can act on: which file, which row, which
 * field, and what is wrong with it. Errors stop the import (unless `--skip-invalid`); warnings
 * never do. Rows dropped under `--skip-invalid`, and the rows that depended on them, are listed
 * so nothing disappears silently.
 */

export type Severity = 'error' | 'warning';

/** Where a record came from: `row` is the 1-based CSV data row or JSON/JS array index + 1. */
export interface RowOrigin {
  file: string;
  row: number | null;
  /** Path of a nested JSON object inside its row (`service_at_locations[0].location`), if any. */
  path?: string;
  /** The HSDS table the record belongs to (`phones`), when the problem is about one record. */
  table?: string;
}

export interface ImportProblem {
  severity: Severity;
  file: string;
  row: number | null;
  field: string | null;
  problem: string;
  /** The HSDS table of the record, when known (`phones`). */
  table?: string;
  /** Set for syntax errors, where a row number means nothing yet. */
  position?: SourcePosition;
}

export interface SourcePosition {
  line: number;
  column?: number;
}

export interface SkippedRecord {
  file: string;
  row: number | null;
  /** The record in words: `service "Community Counselling" (ac148810)`. */
  record: string;
  reason: string;
}

export function joinFieldPath(path: string | undefined, field: string | null): string | null {
  if (!path) return field;
  return field ? `${path}.${field}` : path;
}

export class ImportReport {
  readonly problems: ImportProblem[] = [];
  readonly skipped: SkippedRecord[] = [];

  error(origin: RowOrigin, field: string | null, problem: string): void {
    this.add('error', origin, field, problem);
  }

  warning(origin: RowOrigin, field: string | null, problem: string): void {
    this.add('warning', origin, field, problem);
  }

  /** A problem with the file's text itself, at a line (and column when known). */
  syntaxError(file: string, position: SourcePosition, problem: string): void {
    this.problems.push({ severity: 'error', file, row: null, field: null, problem, position });
  }

  skip(origin: RowOrigin, record: string, reason: string): void {
    this.skipped.push({ file: origin.file, row: origin.row, record, reason });
  }

  get errors(): ImportProblem[] {
    return this.problems.filter((problem) => problem.severity === 'error');
  }

  get warnings(): ImportProblem[] {
    return this.problems.filter((problem) => problem.severity === 'warning');
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error');
  }

  private add(severity: Severity, origin: RowOrigin, field: string | null, problem: string): void {
    this.problems.push({ severity, file: origin.file, row: origin.row, field: joinFieldPath(origin.path, field), problem, ...(origin.table && { table: origin.table }) });
  }
}

/**
 * `file:row`; `file:line:column` for syntax errors (editors jump there), `file line N` when only
 * the line is known (so it is not mistaken for a row number); or just `file`.
 */
function formatPlace(file: string, row: number | null, position?: SourcePosition): string {
  if (position) return position.column === undefined ? `${file} line ${position.line}` : `${file}:${position.line}:${position.column}`;
  return row === null ? file : `${file}:${row}`;
}

/** One line in the terminal: `services.csv:2 minimum_age: must be a number (got "twelve")`. */
export function formatProblem(problem: ImportProblem): string {
  const place = formatPlace(problem.file, problem.row, problem.position);
  return problem.field ? `${place} ${problem.field}: ${problem.problem}` : `${place}: ${problem.problem}`;
}

/** `services.csv:2`, or the file alone for problems with a whole file. */
export function formatOrigin(origin: RowOrigin): string {
  return formatPlace(origin.file, origin.row);
}

export function formatSkipped(skipped: SkippedRecord): string {
  return `${formatPlace(skipped.file, skipped.row)} ${skipped.record}: ${skipped.reason}`;
}

export function plural(count: number, singular: string): string {
  return `${count} ${count === 1 ? singular : `${singular}s`}`;
}

/**
 * The report as terminal lines, errors first, each section headed by its count. Skipped records
 * are left out when nothing was written, since then nothing was skipped either.
 */
export function formatReport(report: ImportReport, { includeSkipped = true } = {}): string[] {
  const lines: string[] = [];
  const section = (heading: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(heading, ...items.map((item) => `  ${item}`));
  };
  section(`${plural(report.errors.length, 'error')}:`, report.errors.map(formatProblem));
  section(`${plural(report.warnings.length, 'warning')}:`, report.warnings.map(formatProblem));
  if (includeSkipped) section(`${plural(report.skipped.length, 'record')} skipped:`, report.skipped.map(formatSkipped));
  return lines;
}
