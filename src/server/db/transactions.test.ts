import { expect, it } from 'vitest';
import { describeOnEngines } from './test-engines.ts';
import { createRegionRow } from './test-rows.ts';
import { inTransaction } from './transactions.ts';

describeOnEngines(
  'transactions',
  ({ db }) => {
    it('keep every write of work that completes, and return its result', async () => {
      const result = await inTransaction(db(), async (trx) => {
        await trx.insertInto('regions').values(createRegionRow({ id: 'a' })).execute();
        await trx.insertInto('regions').values(createRegionRow({ id: 'b' })).execute();
        return 'done';
      });
      expect(result).toBe('done');
      expect(await db().selectFrom('regions').select('id').orderBy('id').execute()).toEqual([{ id: 'a' }, { id: 'b' }]);
    });

    it('leave nothing written when the work throws', async () => {
      const work = inTransaction(db(), async (trx) => {
        await trx.insertInto('regions').values(createRegionRow({ id: 'a' })).execute();
        throw new Error('the second step failed');
      });
      await expect(work).rejects.toThrow('the second step failed');
      expect(await db().selectFrom('regions').selectAll().execute()).toEqual([]);
    });

    it('leave nothing written when the database refuses a later write', async () => {
      const work = inTransaction(db(), async (trx) => {
        await trx.insertInto('regions').values(createRegionRow({ id: 'a' })).execute();
        await trx.insertInto('regions').values(createRegionRow({ id: 'a' })).execute();
      });
      await expect(work).rejects.toThrow();
      expect(await db().selectFrom('regions').selectAll().execute()).toEqual([]);
    });

    it('join a transaction already open, so a failure in the outer work undoes the inner writes too', async () => {
      const work = inTransaction(db(), async (outer) => {
        await inTransaction(outer, (inner) => inner.insertInto('regions').values(createRegionRow({ id: 'inner' })).execute());
        await outer.insertInto('regions').values(createRegionRow({ id: 'outer' })).execute();
        throw new Error('the outer step failed');
      });
      await expect(work).rejects.toThrow('the outer step failed');
      expect(await db().selectFrom('regions').selectAll().execute()).toEqual([]);
    });
  },
  { fresh: 'test' },
);
