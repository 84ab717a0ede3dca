/**
 * The embedded engine: one SQLite file under the data folder, tuned so that a write the server
 * has acknowledged (a referral, an audit entry) is on disk, and so that a second process (an
 * operator command next to the running server) waits its turn instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver, SqliteDialectConfig } from 'kysely';
import type { GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';

export const SQLITE_FILE_NAME = 'guichet.db';
/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's plain BEGIN is DEFERRED: the write lock is taken at the first write, and when two
 * processes both read and then try to write, one gets SQLITE_BUSY at once, without waiting out
 * busy_timeout (waiting could never succeed). BEGIN IMMEDIATE takes the write lock up front, so
 * a second writer simply waits. Doing it in the driver makes every `db.transaction()` safe,
 * including the ones Kysely's Migrator opens, not only those that remember a helper.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateTransactionSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver(this.#config);
  }
}

function applyPragmas(sqlite: SqliteDatabase.Database, file: string): void {
  const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') {
    throw new Error(`SQLite could not put ${file} in WAL mode (it stayed "${String(journalMode)}"); network filesystems cannot hold a WAL database.`);
  }
  // In WAL mode NORMAL syncs only at checkpoints, so a power cut can lose the last commits even
  // though the client was told they succeeded. FULL syncs the log at every commit: a referral
  // the newcomer saw confirmed, or an audit entry, survives a crash. Writes here are few and small.
  sqlite.pragma('synchronous = FULL');
  // Off by default in SQLite, and set per connection: without it the schema's references are decoration.
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

export function openSqliteDatabase(dataDir: string): GuichetDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = resolve(dataDir, SQLITE_FILE_NAME);
  const sqlite = new SqliteDatabase(file);
  try {
    applyPragmas(sqlite, file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new ImmediateTransactionSqliteDialect({ database: sqlite }) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}
