/**
 * The app's last word on a failed request: a Refusal or another client error becomes
 * `{ error: "readable sentence" }` with its status; anything else is our fault, logged without
 * the request's content (which may hold personal data) and answered with a plain 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { Refusal } from './refusal.ts';
import { readableIssues } from './readable-errors.ts';

export function respondToError(error: Error, c: Context): Response {
  if (error instanceof Refusal) {
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    return c.json({ error: error.message, ...error.details }, error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json({ error: error.message || 'This request cannot be handled.' }, error.status);
  }
  // A route that parsed with zod's parse() or JSON.parse() directly: still the client's input.
  if (error instanceof z.ZodError) return c.json({ error: readableIssues(error.issues) }, 400);
  if (error instanceof SyntaxError) return c.json({ error: 'The request body is not valid JSON.' }, 400);
  // The route pattern, not the path: paths can carry private tokens. No message text either: a
  // driver's message can quote the values it was given. The error's code and where it was thrown
  // are enough to find the fault.
  const code = (error as { code?: unknown }).code;
  // Frames only: a message that runs over several lines continues in the stack's first lines.
  const thrownAt =
    error.stack
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 3)
      .map((line) => line.trim())
      .join(' < ') ?? '';
  console.error(`Request failed: ${c.req.method} ${c.req.routePath}: ${error.name}${typeof code === 'string' ? ` ${code}` : ''} ${thrownAt}`);
  return c.json({ error: 'Something went wrong on our side. Please try again.' }, 500);
}
