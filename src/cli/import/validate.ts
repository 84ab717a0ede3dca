/**
 * Row validation against the shared zod schemas, with messages written for the person fixing
 * the file ("must be a number (got "twelve")") rather than zod's defaults.
 */
import type { z } from 'zod';
import type { ImportReport, RowOrigin } from './report.ts';

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  if (typeof value === 'object' && value !== null) return 'an object';
  return JSON.stringify(value);
}

/**
 * Applies only where a schema gives no message of its own: the schemas' custom messages
 * ("must be a date like 2025-01-31") take precedence over a per-parse error map in zod 4.
 */
const readableMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected} (got ${describeValue(issue.input)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')} (got ${describeValue(issue.input)})`;
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${String(issue.minimum)} (got ${describeValue(issue.input)})` : undefined;
    case 'too_big':
      return issue.origin === 'number' ? `must be at most ${String(issue.maximum)} (got ${describeValue(issue.input)})` : undefined;
    default:
      return undefined;
  }
};

/** `addresses[0].postal_code` from zod's `['addresses', 0, 'postal_code']`. */
export function formatIssuePath(path: readonly PropertyKey[]): string | null {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  }
  return text || null;
}

/** The parsed record, or `null` after reporting every problem as an error of this row. */
export function validateRecord<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  origin: RowOrigin,
  report: ImportReport,
): z.output<Schema> | null {
  const result = schema.safeParse(value, { error: readableMessages });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    report.error(origin, formatIssuePath(issue.path), issue.message);
  }
  return null;
}
