/**
 * Kysely's SQLite driver, changed in three ways that matter under load (one connection serves
 * every request of the process, and better-sqlite3 runs each statement on the event loop):
 *
 * - Every transaction begins IMMEDIATE. SQLite's plain BEGIN is DEFERRED: the write lock is taken
 *   at the first write, and when two processes both read and then try to write, one gets
 *   SQLITE_BUSY at once, without waiting out busy_timeout (waiting could never succeed). BEGIN
 *   IMMEDIATE takes the write lock up front, so a second writer simply waits. Doing it in the
 *   driver makes every `db.transaction()` safe, including the Migrator's.
 * - Prepared statements are kept and reused. Kysely's driver prepares every statement again on
 *   every call, which cost a fifth of a referral submission's time.
 * - Callers waiting for the connection are served first come, first served, each woken alone.
 *   Kysely's lock wakes every waiter on each release and all but one go back to waiting, which
 *   costs in proportion to the number waiting, on every query, just when many are.
 */
import type SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, SelectQueryNode, SqliteDriver } from 'kysely';
import type { DatabaseConnection, QueryResult } from 'kysely';

/** Distinct statement texts kept: the app has a few dozen, plus `in (…)` lists of varying length. */
const STATEMENT_CACHE_SIZE = 500;

class CachingSqliteConnection implements DatabaseConnection {
  readonly #statements = new Map<string, SqliteDatabase.Statement>();

  constructor(readonly sqlite: SqliteDatabase.Database) {}

  #prepare(text: string): SqliteDatabase.Statement {
    let statement = this.#statements.get(text);
    if (statement) {
      // Refreshed as most recently used, so the cache drops the statements used least lately.
      this.#statements.delete(text);
    } else {
      statement = this.sqlite.prepare(text);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(text, statement);
    return statement;
  }

  executeQuery<Row>({ sql, parameters }: CompiledQuery): Promise<QueryResult<Row>> {
    const statement = this.#prepare(sql);
    if (statement.reader) return Promise.resolve({ rows: statement.all(parameters) as Row[] });
    const { changes, lastInsertRowid } = statement.run(parameters);
    return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
  }

  async *streamQuery<Row>({ sql, parameters, query }: CompiledQuery): AsyncIterableIterator<QueryResult<Row>> {
    if (!SelectQueryNode.is(query)) throw new Error('SQLite can stream only select queries.');
    // A statement being iterated cannot run again meanwhile: a streamed one is prepared for itself.
    for (const row of this.sqlite.prepare(sql).iterate(parameters)) yield { rows: [row as Row] };
  }
}

/** One holder at a time; on release the longest waiter, and only it, gets the connection. */
class FairLock {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

export class TunedSqliteDriver extends SqliteDriver {
  readonly #sqlite: SqliteDatabase.Database;
  readonly #lock = new FairLock();
  #connection: CachingSqliteConnection | null = null;

  constructor(sqlite: SqliteDatabase.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override async init(): Promise<void> {
    this.#connection = new CachingSqliteConnection(this.#sqlite);
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock.acquire();
    return this.#connection!;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async releaseConnection(): Promise<void> {
    this.#lock.release();
  }

  override async destroy(): Promise<void> {
    this.#sqlite.close();
  }
}
