/**
 * Server-side sessions. The browser holds a random id; the table holds only its sha-256, so
 * ending a session (logout, disabling an account, a timeout) takes effect at the next request.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AuthDeps } from './auth-settings.ts';
import { minutesAfter } from './auth-settings.ts';
import { createSecretToken, hashSecretToken } from './secret-tokens.ts';

/**
 * Recording every request's time would make each API call a write (a synced one on SQLite).
 * Recording it at most once a minute keeps the idle timeout accurate to a minute for far fewer writes.
 */
const LAST_SEEN_PRECISION_MINUTES = 1;

export interface NewSession {
  /** The cookie value; never stored. */
  token: string;
  expiresAt: Date;
}

export async function startSession({ db, settings }: AuthDeps, userId: string): Promise<NewSession> {
  const now = settings.now();
  const token = createSecretToken();
  const expiresAt = minutesAfter(now, settings.sessionMaxHours * 60);
  await db
    .insertInto('sessions')
    .values({ id_hash: hashSecretToken(token), user_id: userId, created_at: now.toISOString(), last_seen_at: now.toISOString(), expires_at: expiresAt.toISOString() })
    .execute();
  // The user's ended sessions are of no further use; clearing them here keeps the table to live ones.
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) =>
      eb.or([eb('expires_at', '<=', now.toISOString()), eb('last_seen_at', '<', minutesAfter(now, -settings.sessionIdleMinutes).toISOString())]),
    )
    .execute();
  return { token, expiresAt };
}

/** The user a live session belongs to; an expired or idle session is deleted and gives null. */
export async function resumeSession({ db, settings }: AuthDeps, token: string): Promise<{ userId: string } | null> {
  const idHash = hashSecretToken(token);
  const session = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.user_id', 'sessions.last_seen_at', 'sessions.expires_at', 'users.disabled_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!session) return null;
  const now = settings.now();
  const idleSince = new Date(session.last_seen_at);
  const ended =
    session.disabled_at !== null || new Date(session.expires_at) <= now || minutesAfter(idleSince, settings.sessionIdleMinutes) <= now;
  if (ended) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return null;
  }
  if (minutesAfter(idleSince, LAST_SEEN_PRECISION_MINUTES) <= now) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  }
  return { userId: session.user_id };
}

export async function endSession({ db }: AuthDeps, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecretToken(token)).execute();
}

/** Signs the user out everywhere; returns how many sessions ended. */
export async function endAllSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
