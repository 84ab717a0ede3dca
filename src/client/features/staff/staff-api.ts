/**
 * Calls to the account and inbox API, with every way they can fail turned into one shape the
 * pages branch on. State changes go as JSON from this origin, which is what the server's
 * cross-site guard requires of them.
 */

export interface ApiFailure {
  ok: false;
  /** The HTTP status, or 0 when no answer came (offline, server unreachable). */
  status: number;
  /** The server's readable sentence (English), or '' when there was no answer. */
  error: string;
  /** Field-level problems by field path (`password`, `totp.code`, `reason`). */
  fields: Record<string, string>;
  /** The rest of the error body, such as `totpRequired` or `retryAfterSeconds`. */
  details: Record<string, unknown>;
}
export type ApiResult<T> = { ok: true; status: number; data: T } | ApiFailure;

export const NO_ANSWER = 0;

/**
 * The auth routes put field problems in the sentence itself ("password: Choose a password of at
 * least 12 characters."; several joined by "; "); the referral routes list them in `fields`.
 */
export function fieldProblems(body: { error?: unknown; fields?: unknown }): Record<string, string> {
  const problems: Record<string, string> = {};
  if (Array.isArray(body.fields)) {
    for (const field of body.fields as { path?: unknown; message?: unknown }[]) {
      if (typeof field.path === 'string' && typeof field.message === 'string') problems[field.path] ??= field.message;
    }
    return problems;
  }
  if (typeof body.error !== 'string') return problems;
  for (const part of body.error.split('; ')) {
    const match = /^([A-Za-z][\w.]*): (.+)$/.exec(part);
    if (match) problems[match[1]!] ??= match[2]!;
  }
  return problems;
}

async function readBody(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function callApi<T>(path: string, options: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<ApiResult<T>> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      headers: method === 'POST' ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      ...(method === 'POST' && { body: JSON.stringify(options.body ?? {}) }),
    });
  } catch {
    return { ok: false, status: NO_ANSWER, error: '', fields: {}, details: {} };
  }
  if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
  const body = await readBody(response);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const { error, ...details } = body;
  const retryAfter = Number(response.headers.get('Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) details.retryAfterSeconds ??= retryAfter;
  return { ok: false, status: response.status, error: typeof error === 'string' ? error : '', fields: fieldProblems(body), details };
}
