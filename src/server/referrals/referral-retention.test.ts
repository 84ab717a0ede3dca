import { beforeAll, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { purgeClosedReferrals, schedulePurge } from './purge-closed-referrals.ts';
import { submitReferral } from './submit-referral.ts';
import { createTestDirectory, fakeClock, staffOf, submission, testDeps, type TestDirectory } from './test-fixtures.ts';
import { transitionReferral } from './transition-referral.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

async function storedByCode(db: Kysely<Database>, referenceCode: string) {
  return db.selectFrom('referrals').selectAll().where('reference_code', '=', referenceCode).executeTakeFirstOrThrow();
}

describeOnEngines('retention of referrals', ({ db, database }) => {
  const staffB = () => staffOf(fixture.services.b.organization_id, 'user-b');

  it('the retention purge erases referrals closed longer than the retention period, and only those', async () => {
    const clock = fakeClock('2027-01-10T12:00:00.000Z');
    const timed = () => testDeps(database(), fixture.source, { now: clock.now });
    const closedEarly = await submitReferral(timed(), submission(fixture.services.b.id));
    const closedLate = await submitReferral(timed(), submission(fixture.services.b.id));
    const stillOpen = await submitReferral(timed(), submission(fixture.services.b.id));
    await transitionReferral(timed(), staffB(), (await storedByCode(db(), closedEarly.receipt.referenceCode)).id, { to: 'rejected', reason: 'no_capacity' });
    clock.advanceDays(20);
    const lateId = (await storedByCode(db(), closedLate.receipt.referenceCode)).id;
    await transitionReferral(timed(), staffB(), lateId, { to: 'rejected', reason: 'other', note: 'Told Amal to come back in spring' });

    clock.advanceDays(360);
    const purgedFirst = await purgeClosedReferrals({ db: db(), now: clock.now, retentionDays: 365 });
    clock.advanceDays(30);
    const purgedThen = await purgeClosedReferrals({ db: db(), now: clock.now });

    expect([purgedFirst, purgedThen]).toEqual([1, 1]);
    expect((await storedByCode(db(), closedEarly.receipt.referenceCode)).person_name).toBeNull();
    expect(await storedByCode(db(), closedLate.receipt.referenceCode)).toMatchObject({ person_name: null, contact_email: null, purged_at: clock.now().toISOString() });
    const lateNotes = await db().selectFrom('referral_events').select(['note', 'reason']).where('referral_id', '=', lateId).orderBy('id').execute();
    expect(lateNotes).toEqual([{ note: null, reason: null }, { note: null, reason: 'other' }]);
    expect((await storedByCode(db(), stillOpen.receipt.referenceCode)).person_name).toBe('Amal Haddad');
    expect(await purgeClosedReferrals({ db: db(), now: clock.now })).toBe(0);
    const audited = await db().selectFrom('audit_log').select('actor').where('action', '=', 'referral.purge').execute();
    expect(audited).toEqual([{ actor: 'system' }, { actor: 'system' }]);
  });

  it('runs the purge at once when scheduled, then at each interval until stopped', async () => {
    const clock = fakeClock('2027-01-10T12:00:00.000Z');
    const { receipt } = await submitReferral(testDeps(database(), fixture.source, { now: clock.now }), submission(fixture.services.b.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);
    await transitionReferral(testDeps(database(), fixture.source, { now: clock.now }), staffB(), id, { to: 'rejected', reason: 'no_capacity' });
    clock.advanceDays(400);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);

    const stop = schedulePurge({ db: db(), now: clock.now, everyMs: 60_000 });
    await vi.waitFor(async () => expect((await storedByCode(db(), receipt.referenceCode)).purged_at).not.toBeNull());
    stop();
    vi.restoreAllMocks();
  });
});
