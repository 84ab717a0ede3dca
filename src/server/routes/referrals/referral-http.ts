/**
 * The referral routes' edges: reading a JSON body safely, and turning every failure into a
 * readable JSON answer. Nothing a person sent (bodies, names, contacts, status tokens) is ever
 * written to the log; a failure is logged as its route pattern, the referral id and the error's kind.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ReferralError, type FieldProblem, type ReferralErrorKind } from '../../referrals/referral-errors.ts';
import { isReferralId } from '../../referrals/referral-secrets.ts';

/** Far above any real referral (a note is 500 characters), far below anything that could hurt. */
export const MAX_BODY_BYTES = 16 * 1024;

const statusOf: Record<ReferralErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
};

function refuse(status: ContentfulStatusCode, error: string): never {
  throw new HTTPException(status, { res: Response.json({ error }, { status }) });
}

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || 'body', message: issue.message }));
}

export function parseOrRefuse<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ReferralError('invalid', 'The request is not valid.', fieldProblems(parsed.error));
  return parsed.data;
}

/** JSON only: a form or `text/plain` post from another site is refused before it is read. */
export async function readJsonBody<Schema extends z.ZodType>(c: Context, schema: Schema): Promise<z.output<Schema>> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
    refuse(415, 'Send the request as JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    refuse(400, 'The request body is not valid JSON.');
  }
  return parseOrRefuse(schema, body);
}

export function answerError(error: Error, c: Context): Response {
  if (error instanceof ReferralError) {
    return c.json({ error: error.message, ...(error.fields.length > 0 && { fields: error.fields }) }, statusOf[error.kind]);
  }
  if (error instanceof HTTPException) return error.getResponse();
  const id = c.req.param('id');
  const code = (error as { code?: unknown }).code;
  console.error(
    `Referral route failed: ${c.req.method} ${c.req.routePath} referral ${id && isReferralId(id) ? id : '-'}: ${error.name}${typeof code === 'string' ? ` ${code}` : ''}`,
  );
  return c.json({ error: 'Something went wrong on our side. Please try again.' }, 500);
}
