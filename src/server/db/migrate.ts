/** Brings a database to the newest schema; safe to run at every start, by every process. */
import { Migrator, sql } from 'kysely';
import type { Kysely, MigrationResultSet } from 'kysely';
import type { GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';
import { migrationsFor } from './migrations/index.ts';

/**
 * Kysely looks for its bookkeeping table in every schema unless told one, so a second schema in
 * the same PostgreSQL database (another deployment, a test run) would make it skip creating its
 * own. Pinning it to the schema the connection works in keeps each schema self-contained.
 */
async function currentPostgresSchema(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: the search_path names no schema that exists.');
  return schema;
}

async function migratorFor({ db, engine }: Pick<GuichetDatabase, 'db' | 'engine'>): Promise<Migrator> {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrationsFor(engine) },
    ...(engine === 'postgres' && { migrationTableSchema: await currentPostgresSchema(db) }),
  });
}

function appliedOrThrow(engine: GuichetDatabase['engine'], { error, results = [] }: MigrationResultSet): string[] {
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration ${failed ? `"${failed}" ` : ''}failed on ${engine}, nothing of it was kept: ${reason}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Runs the migrations not yet applied, and returns their names (empty when already up to date). */
export async function migrateToLatest(database: Pick<GuichetDatabase, 'db' | 'engine'>): Promise<string[]> {
  return appliedOrThrow(database.engine, await (await migratorFor(database)).migrateToLatest());
}

/**
 * Brings the database to exactly the migration `name`, up or down (through the down() steps), and
 * returns the names run: a database as an older release left it, to test the next migration on.
 */
export async function migrateTo(database: Pick<GuichetDatabase, 'db' | 'engine'>, name: string): Promise<string[]> {
  return appliedOrThrow(database.engine, await (await migratorFor(database)).migrateTo(name));
}
