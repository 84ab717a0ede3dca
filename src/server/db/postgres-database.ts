/** The scale-out engine: a pooled PostgreSQL, reached through DATABASE_URL. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';

/**
 * Node runs one query at a time per connection and a request here makes few, short queries,
 * so ten connections per server process keep it busy while leaving room under PostgreSQL's
 * default max_connections (100) for several processes and the operator's tools.
 */
const POOL_SIZE = 10;

/**
 * PostgreSQL sends bigint (ids, count(*), sum of integers) as a string because it can exceed
 * 2^53; SQLite returns numbers. Parsing it here gives both engines the same row shapes, and
 * refusing a value a number cannot hold exactly keeps the conversion from ever being silent.
 */
function parseBigint(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`PostgreSQL returned ${value}, which a JavaScript number cannot hold exactly.`);
  return parsed;
}

const sameTypesAsSqlite: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? parseBigint : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Host, port and database only: the URL's user and password must never reach a log. */
export function describePostgresLocation(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `${host}:${url.port || '5432'}${url.pathname}`;
}

export async function openPostgresDatabase(databaseUrl: string): Promise<GuichetDatabase> {
  const location = describePostgresLocation(databaseUrl);
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: POOL_SIZE,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    types: sameTypesAsSqlite,
  });
  // An idle connection dropped by a restart or failover emits 'error' on the pool; unhandled,
  // that event would crash the server. The pool replaces the connection on next use.
  pool.on('error', (error) => console.error(`PostgreSQL at ${location} dropped an idle connection: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new Error(`Cannot reach PostgreSQL at ${location}: ${(error as Error).message}`, { cause: error });
  }
  return { db, engine: 'postgres', location, close: () => db.destroy() };
}
