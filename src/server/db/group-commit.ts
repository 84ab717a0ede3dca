/**
 * Group commit: many small write transactions made durable by one COMMIT.
 *
 * Why: on SQLite every COMMIT syncs the write-ahead log to disk (synchronous=FULL, so that an
 * acknowledged referral survives a power cut), and better-sqlite3 runs it on the event loop, so
 * while it syncs the server does nothing else. With a transaction per request, that sync was paid
 * once per referral and capped submissions at a few hundred a second. Here, work that arrives
 * while a batch is being written waits for the next batch: under load one COMMIT serves dozens
 * of requests, and a request arriving at a quiet moment waits for nothing but its own batch.
 *
 * Each piece of work runs in its own SAVEPOINT, so one that fails (a conflict, a refusal) is
 * undone alone and the rest of its batch is kept. Callers are answered only after the batch's
 * COMMIT: nothing is acknowledged before it is on disk, and if the COMMIT fails, every caller of
 * the batch gets that error, since none of their writes were kept.
 *
 * PostgreSQL gets a transaction per call instead: its pool already runs them side by side, and
 * its own log writer shares one sync among the commits that arrive together.
 */
import { sql, type Kysely } from 'kysely';
import type { GuichetDatabase } from './database.ts';
import type { Database } from './schema.ts';

/**
 * Runs in the same transaction as other callers' work, after theirs. It must use only the
 * transaction it is given: the database or the committer itself would wait for the batch that
 * is waiting for it.
 */
export type TransactionWork<Result> = (trx: Kysely<Database>) => Promise<Result>;

export interface Committer {
  /** Runs the work in a transaction; settles once that transaction is committed, or has failed. */
  run<Result>(work: TransactionWork<Result>): Promise<Result>;
}

/** Bounds how long the first work of a batch waits for the last one to run before its commit. */
const MAX_BATCH = 100;

interface Pending {
  work: TransactionWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { kept: true; value: unknown } | { kept: false; error: unknown };

const nextTurnOfEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function inSavepoint(trx: Kysely<Database>, work: TransactionWork<unknown>): Promise<Outcome> {
  await sql`savepoint batch_item`.execute(trx);
  try {
    const value = await work(trx);
    await sql`release batch_item`.execute(trx);
    return { kept: true, value };
  } catch (error) {
    // Undoes this work's writes only. When even that fails (the transaction itself broke), the
    // error leaves the batch, which is rolled back as a whole.
    await sql`rollback to batch_item`.execute(trx);
    await sql`release batch_item`.execute(trx);
    return { kept: false, error };
  }
}

async function commitBatch(db: Kysely<Database>, batch: Pending[]): Promise<void> {
  let outcomes: Outcome[];
  try {
    outcomes = await db.transaction().execute(async (trx) => {
      const done: Outcome[] = [];
      for (const { work } of batch) done.push(await inSavepoint(trx, work));
      return done;
    });
  } catch (error) {
    for (const pending of batch) pending.reject(error);
    return;
  }
  batch.forEach((pending, index) => {
    const outcome = outcomes[index]!;
    if (outcome.kept) pending.resolve(outcome.value);
    else pending.reject(outcome.error);
  });
}

/** SQLite's committer: work queued while a batch runs goes into the next one. */
export function groupCommitter(db: Kysely<Database>, maxBatch = MAX_BATCH): Committer {
  const queue: Pending[] = [];
  let writing = false;

  async function writeBatches(): Promise<void> {
    // Requests read in this turn of the event loop (and, after a batch, those that arrived while
    // it was written) join the batch before it starts.
    try {
      await nextTurnOfEventLoop();
      while (queue.length > 0) {
        await commitBatch(db, queue.splice(0, maxBatch));
        if (queue.length > 0) await nextTurnOfEventLoop();
      }
    } finally {
      writing = false;
    }
  }

  return {
    run<Result>(work: TransactionWork<Result>): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!writing) {
          writing = true;
          void writeBatches();
        }
      });
    },
  };
}

/** PostgreSQL's committer: a transaction of its own for each call. */
export function transactionPerCall(db: Kysely<Database>): Committer {
  return { run: (work) => db.transaction().execute(work) };
}

export function committerFor({ db, engine }: Pick<GuichetDatabase, 'db' | 'engine'>): Committer {
  return engine === 'sqlite' ? groupCommitter(db) : transactionPerCall(db);
}
