/**
 * Runs a block of tests on a real, throwaway database of each engine: a SQLite file in a temp
 * folder always, and PostgreSQL in a schema of its own when one is reachable (CI has one at
 * 127.0.0.1:5432, trust auth, database `test`). When it is not, the PostgreSQL block is still
 * registered, skipped, with a name that says so, so a green run never hides a missing engine.
 */
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import type { Engine, GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';
import { createThrowawayDatabase, findReachablePostgres, POSTGRES_ADDRESS, type Throwaway } from './throwaway-database.ts';

/** Probed once per test file, before any describe block is registered. */
const postgresUrl = await findReachablePostgres();

/** A fresh database of the engine, migrated unless asked not to; dispose() removes every trace. */
export function createTestDatabase(engine: Engine, { migrate = true } = {}): Promise<Throwaway> {
  return createThrowawayDatabase(engine, { migrate, postgresUrl });
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
