import { beforeAll, expect, it } from 'vitest';
import { describeOnEngines } from '../db/test-engines.ts';
import { referFromAgency } from './agency-referral.ts';
import { readStatusPage } from './status-page.ts';
import { submitReferral } from './submit-referral.ts';
import { createOrganizationRowsFor, createTestDirectory, staffOf, submission, testDeps, type TestDirectory } from './test-fixtures.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

describeOnEngines('submitting a referral once, whatever the outbox resends', ({ db, database }) => {
  const deps = () => testDeps(database(), fixture.source);
  const rowsWithKey = async (key: string) => db().selectFrom('referrals').select('id').where('idempotency_key', '=', key).execute();

  it('answers a replay with the first referral and a new status link, never a second row', async () => {
    const body = submission(fixture.services.a.id);
    const first = await submitReferral(deps(), body);
    const replay = await submitReferral(deps(), submission(fixture.services.a.id, { idempotencyKey: body.idempotencyKey, name: '  Amal Haddad ' }));

    expect(replay.replayed).toBe(true);
    expect(replay.receipt.referenceCode).toBe(first.receipt.referenceCode);
    expect(replay.receipt.statusToken).not.toBe(first.receipt.statusToken);
    expect(await rowsWithKey(body.idempotencyKey)).toHaveLength(1);
    expect((await readStatusPage(deps(), replay.receipt.statusToken)).referenceCode).toBe(first.receipt.referenceCode);
    await expect(readStatusPage(deps(), first.receipt.statusToken)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('refuses the same key with another body, keeping the first referral as it was', async () => {
    const body = submission(fixture.services.a.id);
    await submitReferral(deps(), body);

    await expect(submitReferral(deps(), { ...body, note: 'Something else' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(submitReferral(deps(), { ...body, serviceId: fixture.services.b.id })).rejects.toMatchObject({ kind: 'conflict' });
    const [row] = await db().selectFrom('referrals').selectAll().where('idempotency_key', '=', body.idempotencyKey).execute();
    expect(row).toMatchObject({ service_id: fixture.services.a.id, need_note: 'Evenings only, I work days.' });
  });

  it('refuses a key a staff member already used for another kind of referral', async () => {
    await createOrganizationRowsFor(db(), fixture.directory, [fixture.services.a]);
    const body = submission(fixture.services.b.id);
    await submitReferral(deps(), body);
    await expect(referFromAgency(deps(), staffOf(fixture.services.a.organization_id), body)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('stores one referral when the same submission arrives many times at once', async () => {
    const body = submission(fixture.services.b.id);
    // One server's deps: on SQLite the eight share a commit, each seeing the writes before it.
    const server = deps();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => submitReferral(server, body)));

    expect(new Set(outcomes.map((outcome) => outcome.receipt.referenceCode)).size).toBe(1);
    expect(outcomes.filter((outcome) => !outcome.replayed)).toHaveLength(1);
    expect(await rowsWithKey(body.idempotencyKey)).toHaveLength(1);
    const events = await db().selectFrom('referral_events').innerJoin('referrals', 'referrals.id', 'referral_events.referral_id').select('referral_events.id').where('idempotency_key', '=', body.idempotencyKey).execute();
    expect(events).toHaveLength(1);
  });

  it('still answers a replay after the service left the directory', async () => {
    const body = submission(fixture.services.a.id);
    const first = await submitReferral(deps(), body);
    const moved = { ...fixture.source, current: () => ({ ...fixture.source.current(), value: { ...fixture.directory, services: [] } }) };
    const replay = await submitReferral(testDeps(database(), moved), body);
    expect(replay.receipt.referenceCode).toBe(first.receipt.referenceCode);
  });

  it('refuses an unlisted service, a health need without the health consent, and an unknown category', async () => {
    await expect(submitReferral(deps(), submission(fixture.services.unlisted.id))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(submitReferral(deps(), submission('svc-does-not-exist'))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(submitReferral(deps(), submission(fixture.services.health.id, { needCategories: ['mental-health'] }))).rejects.toMatchObject({
      kind: 'invalid',
      fields: [{ path: 'consent.healthAgreed' }],
    });
    await expect(submitReferral(deps(), submission(fixture.services.a.id, { needCategories: ['space-travel'] }))).rejects.toMatchObject({ kind: 'invalid' });

    const consented = submission(fixture.services.health.id, {
      needCategories: ['mental-health'],
      consent: { textVersion: '2026-11-v1', language: 'ar', agreed: true, healthAgreed: true },
    });
    expect((await submitReferral(deps(), consented)).receipt.status).toBe('requested');
  });
});
