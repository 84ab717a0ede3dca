/**
 * A request the server declines for a reason the caller can act on. Thrown anywhere below a
 * route (a service, a guard) and turned into `{ error, ...details }` with its status by the app's
 * error handler, so every 4xx carries a readable sentence and never a stack.
 */
import type { ClientErrorStatusCode } from 'hono/utils/http-status';

export class Refusal extends Error {
  constructor(
    readonly status: ClientErrorStatusCode,
    message: string,
    /** Extra fields a client can branch on, such as `{ totpRequired: true }`. */
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Refusal';
  }
}
