/**
 * Runs work atomically on either engine: everything it wrote is kept, or nothing is.
 *
 * On SQLite every transaction begins IMMEDIATE (see sqlite-database.ts), so a writer waits for
 * another process's write instead of failing. On PostgreSQL transactions run at READ COMMITTED:
 * guard a state change with a condition on the old state (`where status = 'requested'`) or lock
 * the row with `forUpdate()`, and let unique constraints settle races between inserts.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Called with a transaction already open, `work` joins it instead of failing, so a step such as
 * "write an audit entry" can be reused inside a larger change and still be all-or-nothing with it.
 */
export async function inTransaction<Result>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<Result>): Promise<Result> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
