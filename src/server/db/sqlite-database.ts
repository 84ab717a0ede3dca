/**
 * The embedded engine: one SQLite file under the data folder, tuned so that a write the server
 * has acknowledged (a referral, an audit entry) is on disk, and so that a second process (an
 * operator command next to the running server) waits its turn instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect } from 'kysely';
import type { DialectAdapter, Driver } from 'kysely';
import type { GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';
import { TunedSqliteDriver } from './sqlite-driver.ts';

export const SQLITE_FILE_NAME = 'guichet.db';
/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite's schema changes are transactional, but Kysely's adapter says they are not, so its
 * Migrator would run each statement of a migration on its own: a crash half-way through one
 * (adding a column, then backfilling it) would leave it half applied, and the next start would
 * fail on it. Saying so lets the Migrator run the pending migrations and their bookkeeping in
 * one transaction, as it does on PostgreSQL.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class GuichetSqliteDialect extends SqliteDialect {
  readonly #sqlite: SqliteDatabase.Database;

  constructor(sqlite: SqliteDatabase.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new TunedSqliteDriver(this.#sqlite);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

function applyPragmas(sqlite: SqliteDatabase.Database, file: string): void {
  const journalMode = sqlite.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') {
    throw new Error(`SQLite could not put ${file} in WAL mode (it stayed "${String(journalMode)}"); network filesystems cannot hold a WAL database.`);
  }
  // In WAL mode NORMAL syncs only at checkpoints, so a power cut can lose the last commits even
  // though the client was told they succeeded. FULL syncs the log at every commit: a referral
  // the newcomer saw confirmed, or an audit entry, survives a crash. Submissions that arrive
  // together share one commit (group-commit.ts), so the sync is paid per batch, not per referral.
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
  const db = new Kysely<Database>({ dialect: new GuichetSqliteDialect(sqlite) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}
