/**
 * Runs a block of tests on a real, throwaway database of each engine: a SQLite file in a temp
 * folder always, and PostgreSQL in a schema of its own when one is reachable (CI has one at
 * 127.0.0.1:5432, trust auth, database `test`). When it is not, the PostgreSQL block is still
 * registered, skipped, with a name that says so, so a green run never hides a missing engine.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import type { Engine, GuichetDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import type { Database } from './schema.ts';
import { openSqliteDatabase } from './sqlite-database.ts';

const POSTGRES_ADDRESS = '127.0.0.1:5432/test';
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

async function findReachablePostgres(): Promise<string | null> {
  for (const url of POSTGRES_CANDIDATES) if (await canConnect(url)) return url;
  return null;
}

/** Probed once per test file, before any describe block is registered. */
const postgresUrl = await findReachablePostgres();

async function runAsAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

interface Throwaway {
  database: GuichetDatabase;
  dispose(): Promise<void>;
}

async function createSqlite(): Promise<Throwaway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'guichet-test-'));
  const database = openSqliteDatabase(dataDir);
  return {
    database,
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

/** A fresh database of the engine, migrated unless asked not to; dispose() removes every trace. */
export async function createTestDatabase(engine: Engine, { migrate = true } = {}): Promise<Throwaway> {
  if (engine === 'postgres' && !postgresUrl) throw new Error(`PostgreSQL is not reachable at ${POSTGRES_ADDRESS}.`);
  const throwaway = engine === 'sqlite' ? await createSqlite() : await createPostgres(postgresUrl as string);
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

export interface EngineTestContext {
  engine: Engine;
  /** The current test's database; call it inside tests and hooks, not while tests are declared. */
  db(): Kysely<Database>;
  /** The same with its engine, location and close(), for code that takes a GuichetDatabase. */
  database(): GuichetDatabase;
}

export interface EngineTestOptions {
  /** 'describe' (default): one database shared by the block's tests. 'test': a new one for each test. */
  fresh?: 'describe' | 'test';
  /** false: the database starts empty, without the schema (for testing migrations themselves). */
  migrate?: boolean;
}

/** `describe(name)` once per engine, each test reading its database through `ctx.db()`. */
export function describeOnEngines(name: string, body: (ctx: EngineTestContext) => void, options: EngineTestOptions = {}): void {
  const { fresh = 'describe', migrate = true } = options;
  for (const engine of ['sqlite', 'postgres'] as const) {
    let current: Throwaway | null = null;
    const database = () => {
      if (!current) throw new Error('The test database exists only while a test or hook of its block runs.');
      return current.database;
    };
    const context: EngineTestContext = { engine, database, db: () => database().db };
    const block = () => {
      const [setUp, tearDown] = fresh === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
      setUp(async () => {
        current = await createTestDatabase(engine, { migrate });
      });
      tearDown(async () => {
        await current?.dispose();
        current = null;
      });
      body(context);
    };
    if (engine === 'postgres' && !postgresUrl) {
      describe.skip(`${name} [postgres: SKIPPED, PostgreSQL unreachable at ${POSTGRES_ADDRESS}]`, block);
    } else {
      describe(`${name} [${engine}]`, block);
    }
  }
}

export const postgresReachable = postgresUrl !== null;
