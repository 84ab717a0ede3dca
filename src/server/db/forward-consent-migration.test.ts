import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { migrateTo } from './migrate.ts';
import type { Database, ReferralTable } from './schema.ts';
import { describeOnEngines } from './test-engines.ts';
import { createOrganizationRow, createReferralRow, createRegionRow } from './test-rows.ts';

const FORWARD_CONSENT_COLUMN = '0002-forward-consent-column';

/** The tables as release 0001 wrote them: a yes to forwarding was a suffix of the consent version. */
type DatabaseAt0001 = Omit<Database, 'referrals'> & { referrals: Omit<ReferralTable, 'consent_allows_forward'> };

async function createAt0001(db: Kysely<DatabaseAt0001>, consentVersions: string[]) {
  const region = createRegionRow();
  const organization = createOrganizationRow(region.id);
  await db.insertInto('regions').values(region).execute();
  await db.insertInto('organizations').values(organization).execute();
  const rows = consentVersions.map((version) => {
    const { consent_allows_forward: _notYetAColumn, ...row } = createReferralRow(region.id, organization.id, { consent_text_version: version });
    return row;
  });
  await db.insertInto('referrals').values(rows).execute();
  return rows;
}

describeOnEngines(
  'migration 0002, forward consent as a column',
  ({ db, database }) => {
    const at0001 = () => db() as unknown as Kysely<DatabaseAt0001>;

    it('moves a yes to forwarding out of the consent version into its own column, leaving every other column as it was', async () => {
      await migrateTo(database(), '0001-initial');
      const [agreed, declined] = await createAt0001(at0001(), ['2026-11-v1+forward', '2026-11-v1']);

      expect(await migrateTo(database(), FORWARD_CONSENT_COLUMN)).toEqual([FORWARD_CONSENT_COLUMN]);

      const stored = await db().selectFrom('referrals').selectAll().execute();
      expect(stored).toHaveLength(2);
      expect(stored.find((row) => row.id === agreed!.id)).toEqual({ ...agreed, consent_text_version: '2026-11-v1', consent_allows_forward: 1 });
      expect(stored.find((row) => row.id === declined!.id)).toEqual({ ...declined, consent_allows_forward: 0 });
    });

    it('records a no for a referral written without the column, as a server of the previous release would write it', async () => {
      await migrateTo(database(), FORWARD_CONSENT_COLUMN);
      const [written] = await createAt0001(at0001(), ['2026-11-v1']);
      const stored = await db().selectFrom('referrals').select(['consent_text_version', 'consent_allows_forward']).where('id', '=', written!.id).executeTakeFirst();
      expect(stored).toEqual({ consent_text_version: '2026-11-v1', consent_allows_forward: 0 });
    });

    it('can be undone, giving the yes back to the version as its suffix', async () => {
      await migrateTo(database(), '0001-initial');
      const [agreed, declined] = await createAt0001(at0001(), ['2026-11-v1+forward', '2026-11-v1']);
      await migrateTo(database(), FORWARD_CONSENT_COLUMN);

      expect(await migrateTo(database(), '0001-initial')).toEqual([FORWARD_CONSENT_COLUMN]);

      const stored = await at0001().selectFrom('referrals').select(['id', 'consent_text_version']).orderBy('consent_text_version').execute();
      expect(stored).toEqual([
        { id: declined!.id, consent_text_version: '2026-11-v1' },
        { id: agreed!.id, consent_text_version: '2026-11-v1+forward' },
      ]);
    });
  },
  { fresh: 'test', migrate: false },
);
