/**
 * Request bodies checked with zod, and zod's findings turned into sentences a person can fix:
 * `email: must be an email address; password: is required`.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { Refusal } from './refusal.ts';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const sizeUnit = (origin: string) => (origin === 'string' ? ' characters' : origin === 'array' || origin === 'set' ? ' items' : '');

/**
 * Zod's default messages name types and codes ("Invalid input: expected string, received
 * undefined"). A schema's own message always wins; this only words the defaults.
 */
const readableDefault: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is required' : `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
    case 'too_small':
      return issue.exact ? `must be exactly ${issue.minimum}${sizeUnit(issue.origin)}` : `must be at least ${issue.minimum}${sizeUnit(issue.origin)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${sizeUnit(issue.origin)}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'must be an email address' : issue.format === 'regex' ? 'is not in the expected form' : `must be a valid ${issue.format}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union names the values its discriminator accepts.
      const options = (issue as { options?: unknown[] }).options;
      return options?.length ? `must be one of: ${options.map(String).join(', ')}` : 'does not match any accepted form';
    }
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'has a field' : 'has fields'} that cannot be set here: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
};

export function readableIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : `The request ${issue.message}`))
    .join('; ');
}

export interface RefusalShape {
  /**
   * Also list each field's path and zod issue code (`fields`), for a form that places each
   * problem next to its input and words it in its reader's language.
   */
  fields?: boolean;
}

/** Validates a value, or refuses the request with 400 and readable field messages. */
export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, value: unknown, { fields = false }: RefusalShape = {}): z.output<Schema> {
  const parsed = schema.safeParse(value, { error: readableDefault });
  if (!parsed.success) {
    const details = fields ? { fields: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })) } : {};
    throw new Refusal(400, readableIssues(parsed.error.issues), details);
  }
  return parsed.data;
}

/** The request's JSON body, validated; 400 with a readable message when it is not JSON or not valid. */
export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema, shape: RefusalShape = {}): Promise<z.output<Schema>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new Refusal(400, 'The request body is not valid JSON.');
  }
  return parseOrRefuse(schema, body, shape);
}
