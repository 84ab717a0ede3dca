import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { committerFor, groupCommitter } from './group-commit.ts';
import type { Database } from './schema.ts';
import { createTestDatabase, describeOnEngines } from './test-engines.ts';
import { createRegionRow } from './test-rows.ts';

const storedRegions = async (db: Kysely<Database>) => (await db.selectFrom('regions').select('id').orderBy('id').execute()).map((row) => row.id);
const insertRegion = (trx: Kysely<Database>, id: string) => trx.insertInto('regions').values(createRegionRow({ id })).execute();

describeOnEngines(
  'committing writes',
  ({ db, database }) => {
    it('answer each caller with the result of its own work, every write stored', async () => {
      const committer = committerFor(database());
      const results = await Promise.all(
        ['a', 'b', 'c'].map((id) =>
          committer.run(async (trx) => {
            await insertRegion(trx, id);
            return `stored ${id}`;
          }),
        ),
      );
      expect(results).toEqual(['stored a', 'stored b', 'stored c']);
      expect(await storedRegions(db())).toEqual(['a', 'b', 'c']);
    });

    it('undo only the work that failed, giving its caller the error and the others their results', async () => {
      const committer = committerFor(database());
      const failing = committer.run(async (trx) => {
        await insertRegion(trx, 'undone');
        throw new Error('refused after writing');
      });
      const outcomes = await Promise.allSettled([committer.run((trx) => insertRegion(trx, 'before')), failing, committer.run((trx) => insertRegion(trx, 'after'))]);

      expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      await expect(failing).rejects.toThrow('refused after writing');
      expect(await storedRegions(db())).toEqual(['after', 'before']);
    });

    it('undo a work the database refused, keeping the rest', async () => {
      const committer = committerFor(database());
      await committer.run((trx) => insertRegion(trx, 'taken'));
      const outcomes = await Promise.allSettled([committer.run((trx) => insertRegion(trx, 'taken')), committer.run((trx) => insertRegion(trx, 'free'))]);
      expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'fulfilled']);
      expect(await storedRegions(db())).toEqual(['free', 'taken']);
    });
  },
  { fresh: 'test' },
);

describe('group commit on SQLite', () => {
  let dispose: () => Promise<void>;
  let db: Kysely<Database>;
  let location: string;
  beforeEach(async () => {
    const throwaway = await createTestDatabase('sqlite');
    ({ dispose } = throwaway);
    ({ db, location } = throwaway.database);
  });
  afterEach(() => dispose());

  it('answers a caller only once its write is committed: another connection can already read it', async () => {
    const committer = groupCommitter(db);
    const otherConnection = new SqliteDatabase(location, { readonly: true });
    try {
      const seenByOther = (id: string) => otherConnection.prepare('select id from regions where id = ?').get(id) !== undefined;
      const answers = ['a', 'b', 'c', 'd'].map((id) => committer.run((trx) => insertRegion(trx, id)).then(() => seenByOther(id)));
      expect(await Promise.all(answers)).toEqual([true, true, true, true]);
    } finally {
      otherConnection.close();
    }
  });

  it('runs work queued together in one transaction, in order, each seeing the writes before it', async () => {
    const committer = groupCommitter(db);
    const first = committer.run((trx) => insertRegion(trx, 'first'));
    const second = committer.run(async (trx) => (await storedRegions(trx)).join(','));
    await first;
    expect(await second).toBe('first');
  });

  it('fails every caller of a batch whose commit fails, keeping none of their writes', async () => {
    const committer = groupCommitter(db);
    const kept = committer.run((trx) => insertRegion(trx, 'would-be-kept'));
    // A foreign key checked at COMMIT rather than at the insert: the whole batch's commit is refused.
    const breaksTheCommit = committer.run(async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      await trx.insertInto('organizations').values({ id: 'o', region_id: 'no-such-region', name: 'O', intake_email: null, created_at: '2026-01-01T00:00:00Z' }).execute();
    });
    const outcomes = await Promise.allSettled([kept, breaksTheCommit]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await expect(kept).rejects.toThrow(/FOREIGN KEY/);
    expect(await storedRegions(db)).toEqual([]);
    // The connection is usable again: the next batch commits.
    await committer.run((trx) => insertRegion(trx, 'next'));
    expect(await storedRegions(db)).toEqual(['next']);
  });

  it('writes at most the given number of works per batch, the rest in the next one', async () => {
    const committer = groupCommitter(db, 2);
    const sawBefore = (id: string) => committer.run(async (trx) => (await insertRegion(trx, id), (await storedRegions(trx)).length));
    // Works of one batch see the batch's earlier writes; the third starts a new batch after the first commit.
    expect(await Promise.all([sawBefore('a'), sawBefore('b'), sawBefore('c')])).toEqual([1, 2, 3]);
  });
});
