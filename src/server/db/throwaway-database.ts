/**
 * Throwaway databases for tests and benchmarks: a SQLite file in a temp folder, or a schema of
 * its own on a reachable PostgreSQL server (CI has one at 127.0.0.1:5432, trust auth, database
 * `test`). dispose() removes every trace of either.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Engine, GuichetDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import { openSqliteDatabase } from './sqlite-database.ts';

export const POSTGRES_ADDRESS = '127.0.0.1:5432/test';
/** As the postgres superuser, then as the current OS user (pg's default), on the CI address. */
const POSTGRES_CANDIDATES = [`postgres://postgres@${POSTGRES_ADDRESS}`, `postgres://${POSTGRES_ADDRESS}`];
const PROBE_TIMEOUT_MS = 1500;

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL of the PostgreSQL server at POSTGRES_ADDRESS, or null when none answers. */
export async function findReachablePostgres(): Promise<string | null> {
  for (const url of POSTGRES_CANDIDATES) if (await canConnect(url)) return url;
  return null;
}

async function runAsAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface Throwaway {
  database: GuichetDatabase;
  /** PostgreSQL: the URL that opens this schema again (from another thread); null on SQLite, whose file is `database.location`. */
  databaseUrl: string | null;
  dispose(): Promise<void>;
}

async function createSqlite(): Promise<Throwaway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-test-'));
  const database = openSqliteDatabase(dataDir);
  return {
    database,
    databaseUrl: null,
    dispose: async () => {
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(serverUrl: string): Promise<Throwaway> {
  const schema = `guichet_test_${randomBytes(6).toString('hex')}`;
  await runAsAdmin(serverUrl, `create schema ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    const database = await openPostgresDatabase(url.href);
    return {
      database,
      databaseUrl: url.href,
      dispose: async () => {
        await database.close();
        await runAsAdmin(serverUrl, `drop schema ${schema} cascade`);
      },
    };
  } catch (error) {
    await runAsAdmin(serverUrl, `drop schema ${schema} cascade`);
    throw error;
  }
}

export interface ThrowawayOptions {
  /** false: the database starts empty, without the schema. */
  migrate?: boolean;
  /** Required for PostgreSQL: a server URL from findReachablePostgres(). */
  postgresUrl?: string | null;
}

/** A fresh database of the engine, migrated unless asked not to. */
export async function createThrowawayDatabase(engine: Engine, { migrate = true, postgresUrl = null }: ThrowawayOptions = {}): Promise<Throwaway> {
  if (engine === 'postgres' && !postgresUrl) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_ADDRESS}.`);
  const throwaway = engine === 'sqlite' ? await createSqlite() : await createPostgres(postgresUrl!);
  if (migrate) {
    try {
      await migrateToLatest(throwaway.database);
    } catch (error) {
      await throwaway.dispose();
      throw error;
    }
  }
  return throwaway;
}
