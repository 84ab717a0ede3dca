import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEngines } from '../db/test-engines.ts';
import { listInbox, openInboxReferral } from './inbox-queries.ts';
import { readStatusPage } from './status-page.ts';
import { submitReferral } from './submit-referral.ts';
import { createOrganizationRowsFor, createTestDirectory, recordingNotifier, staffOf, submission, testDeps, type TestDirectory } from './test-fixtures.ts';
import { transitionReferral } from './transition-referral.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

describeOnEngines('a referral from request to completion', ({ db, database }) => {
  const notifier = recordingNotifier();
  const deps = () => testDeps(database(), fixture.source, { notifier });
  const staffA = () => staffOf(fixture.services.a.organization_id, 'user-a1');

  it('is stored as requested with its organization and region from the directory, and announced without personal data', async () => {
    const { receipt, replayed } = await submitReferral(deps(), submission(fixture.services.a.id));

    expect(replayed).toBe(false);
    expect(receipt.status).toBe('requested');
    expect(receipt.referenceCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const row = await db().selectFrom('referrals').selectAll().where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ organization_id: fixture.services.a.organization_id, region_id: 'london-middlesex', status: 'requested', person_name: 'Amal Haddad' });
    expect(row.status_token_hash).not.toContain(receipt.statusToken);
    const intake = notifier.sent.at(-1)!;
    expect(intake.text).toContain(receipt.referenceCode);
    expect(intake.text).toContain(`https://guichet.example.org/inbox/${row.id}`);
    expect(JSON.stringify(intake)).not.toMatch(/Amal|519[ -]?555[ -]?0142|haddad/i);
  });

  it('moves accepted → in-progress → completed, each step in the history with who and when, the newcomer told by e-mail', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await db().selectFrom('referrals').select('id').where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();
    notifier.sent.length = 0;

    await transitionReferral(deps(), staffA(), id, { to: 'accepted' });
    await transitionReferral(deps(), staffA(), id, { to: 'in-progress', note: 'Called, booked for Tuesday' });
    const done = await transitionReferral(deps(), staffA(), id, { to: 'completed' });

    expect(done.status).toBe('completed');
    expect(done.firstResponseAt).not.toBeNull();
    expect(done.closedAt).not.toBeNull();
    expect(done.history.map(({ from, to, actor }) => [from, to, actor])).toEqual([
      [null, 'requested', 'newcomer'],
      ['requested', 'accepted', 'user-a1'],
      ['accepted', 'in-progress', 'user-a1'],
      ['in-progress', 'completed', 'user-a1'],
    ]);
    expect(notifier.sent.map((mail) => mail.to)).toEqual(Array(3).fill('amal.haddad@example.net'));
    expect(notifier.sent[0]!.text).toContain(receipt.referenceCode);

    const page = await readStatusPage(deps(), receipt.statusToken);
    expect(page.status).toBe('completed');
    expect(page.history.map((entry) => entry.status)).toEqual(['requested', 'accepted', 'in-progress', 'completed']);
    expect(JSON.stringify(page)).not.toMatch(/Amal|519[ -]?555[ -]?0142|Tuesday|Evenings/);
  });

  it('keeps the first response time once set', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await db().selectFrom('referrals').select('id').where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();
    const accepted = await transitionReferral(deps(), staffA(), id, { to: 'accepted' });
    const held = await transitionReferral(deps(), staffA(), id, { to: 'on-hold' });
    expect(held.firstResponseAt).toBe(accepted.firstResponseAt);
    expect(held.closedAt).toBeNull();
  });

  it('refuses a rejection without a reason, and records the reason of one with it', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await db().selectFrom('referrals').select('id').where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();

    await expect(transitionReferral(deps(), staffA(), id, { to: 'rejected' })).rejects.toMatchObject({ kind: 'invalid' });
    const rejected = await transitionReferral(deps(), staffA(), id, { to: 'rejected', reason: 'no_capacity' });

    expect(rejected.history.at(-1)).toMatchObject({ to: 'rejected', reason: 'no_capacity' });
    expect((await readStatusPage(deps(), receipt.statusToken)).history.at(-1)).toMatchObject({ status: 'rejected', reason: 'no_capacity' });
  });

  it('refuses a move the Task model does not allow, leaving the referral as it was', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await db().selectFrom('referrals').select('id').where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();

    await expect(transitionReferral(deps(), staffA(), id, { to: 'completed' })).rejects.toMatchObject({ kind: 'conflict' });
    await transitionReferral(deps(), staffA(), id, { to: 'rejected', reason: 'not_eligible' });
    await expect(transitionReferral(deps(), staffA(), id, { to: 'accepted' })).rejects.toMatchObject({ kind: 'conflict' });

    const events = await db().selectFrom('referral_events').select('to_status').where('referral_id', '=', id).execute();
    expect(events.map((event) => event.to_status)).toEqual(['requested', 'rejected']);
  });

  it('lets only one of two simultaneous moves from the same state through', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await db().selectFrom('referrals').select('id').where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();

    const outcomes = await Promise.allSettled([
      transitionReferral(deps(), staffA(), id, { to: 'accepted' }),
      transitionReferral(deps(), staffA(), id, { to: 'rejected', reason: 'no_capacity' }),
    ]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(await db().selectFrom('referral_events').select('id').where('referral_id', '=', id).execute()).toHaveLength(2);
  });

  describe('the inbox', () => {
    it("lists the organization's referrals by status, newest or oldest-waiting first, and audits each one read", async () => {
      const staff = staffOf(fixture.services.alsoA.organization_id, 'user-a2');
      await createOrganizationRowsFor(db(), fixture.directory, [fixture.services.alsoA]);
      const newest = await listInbox(deps(), staff, { status: 'requested', sort: 'newest', page: 1 });
      const oldest = await listInbox(deps(), staff, { status: 'requested', sort: 'oldest-waiting', page: 1 });

      expect(newest.total).toBeGreaterThan(0);
      expect(newest.items.every((item) => item.status === 'requested' && item.organizationId === fixture.services.a.organization_id)).toBe(true);
      expect(oldest.items.map((item) => item.id)).toEqual([...newest.items].reverse().map((item) => item.id));
      expect(newest.items[0]!.person?.name).toBe('Amal Haddad');
      const audited = await db().selectFrom('audit_log').select('entity_id').where('actor', '=', 'user-a2').where('action', '=', 'referral.list').execute();
      expect(audited).toHaveLength(newest.items.length * 2);

      const opened = await openInboxReferral(deps(), staff, newest.items[0]!.id);
      expect(opened.history[0]).toMatchObject({ to: 'requested', actor: 'newcomer' });
      const read = await db().selectFrom('audit_log').selectAll().where('action', '=', 'referral.read').executeTakeFirstOrThrow();
      expect(read).toMatchObject({ actor: 'user-a2', entity: 'referral', entity_id: opened.id });
    });
  });
});
