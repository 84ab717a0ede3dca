import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { forwardReferral } from './forward-referral.ts';
import { listInbox, openInboxReferral } from './inbox-queries.ts';
import { readStatusPage, withdrawByToken } from './status-page.ts';
import { submitReferral } from './submit-referral.ts';
import { admin, coordinator, createTestDirectory, staffOf, submission, testDeps, type TestDirectory } from './test-fixtures.ts';
import { transitionReferral } from './transition-referral.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

// Exact strings: a bare "555" turns up in random ids and hashes.
const PERSONAL = /Amal|Haddad|519[ -]?555[ -]?0142|Evenings/;

async function storedByCode(db: Kysely<Database>, referenceCode: string) {
  return db.selectFrom('referrals').selectAll().where('reference_code', '=', referenceCode).executeTakeFirstOrThrow();
}

describeOnEngines('privacy of referrals', ({ db, database }) => {
  const deps = () => testDeps(database(), fixture.source);
  const staffA = () => staffOf(fixture.services.a.organization_id, 'user-a');
  const staffB = () => staffOf(fixture.services.b.organization_id, 'user-b');

  it('withdrawal cancels the request and erases the person, staff notes included, keeping the anonymous facts', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);
    await transitionReferral(deps(), staffA(), id, { to: 'accepted', note: 'Amal prefers a female counsellor' });

    const page = await withdrawByToken(deps(), receipt.statusToken);

    expect(page).toMatchObject({ status: 'cancelled', withdrawn: true });
    expect(page.history.at(-1)).toMatchObject({ status: 'cancelled', reason: 'withdrawn' });
    const row = await storedByCode(db(), receipt.referenceCode);
    expect(row).toMatchObject({ person_name: null, contact_phone: null, contact_email: null, need_note: null, fsa: 'N6A', preferred_language: 'ar' });
    expect(row.purged_at).not.toBeNull();
    const notes = await db().selectFrom('referral_events').select('note').where('referral_id', '=', id).execute();
    expect(notes.every((event) => event.note === null)).toBe(true);
    expect((await openInboxReferral(deps(), staffA(), id)).person).toBeNull();
    expect(await withdrawByToken(deps(), receipt.statusToken)).toEqual(page);
  });

  it('withdrawal after a forward cancels the request where it now is and erases it everywhere', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);
    await forwardReferral(deps(), staffA(), id, { serviceId: fixture.services.b.id, consentReasked: false });

    const page = await withdrawByToken(deps(), receipt.statusToken);

    expect(page.forwardedTo?.status).toBe('cancelled');
    expect(page.withdrawn).toBe(true);
    const chain = await db().selectFrom('referrals').selectAll().where((eb) => eb.or([eb('id', '=', id), eb('forwarded_from_id', '=', id)])).execute();
    expect(chain).toHaveLength(2);
    expect(JSON.stringify(chain)).not.toMatch(PERSONAL);
  });

  it('withdrawal of a closed request erases the person without changing its outcome', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);
    await transitionReferral(deps(), staffA(), id, { to: 'accepted' });
    await transitionReferral(deps(), staffA(), id, { to: 'completed' });

    const page = await withdrawByToken(deps(), receipt.statusToken);

    expect(page).toMatchObject({ status: 'completed', withdrawn: true });
    expect(page.history.map((entry) => entry.status)).toEqual(['requested', 'accepted', 'completed']);
    expect((await storedByCode(db(), receipt.referenceCode)).person_name).toBeNull();
  });

  it("hides a referral from another organization's staff as if it did not exist", async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);

    await expect(openInboxReferral(deps(), staffB(), id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(transitionReferral(deps(), staffB(), id, { to: 'accepted' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(forwardReferral(deps(), staffB(), id, { serviceId: fixture.services.b.id, consentReasked: true })).rejects.toMatchObject({ kind: 'not-found' });
    const inboxB = await listInbox(deps(), staffB(), { sort: 'newest', page: 1 });
    expect(inboxB.items.some((item) => item.id === id)).toBe(false);
    expect((await storedByCode(db(), receipt.referenceCode)).status).toBe('requested');
  });

  it('gives coordinators, administrators and anonymous callers no inbox at all', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const { id } = await storedByCode(db(), receipt.referenceCode);

    for (const caller of [coordinator, admin]) {
      await expect(listInbox(deps(), caller, { sort: 'newest', page: 1 })).rejects.toMatchObject({ kind: 'forbidden' });
      await expect(openInboxReferral(deps(), caller, id)).rejects.toMatchObject({ kind: 'forbidden' });
    }
    await expect(openInboxReferral(deps(), undefined, id)).rejects.toMatchObject({ kind: 'unauthenticated' });
  });

  it('shows the newcomer their status without any personal field, and audits the read', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const page = await readStatusPage(deps(), receipt.statusToken);

    expect(JSON.stringify(page)).not.toMatch(PERSONAL);
    expect(Object.keys(page).sort()).toEqual(['forwardedTo', 'history', 'organizationId', 'referenceCode', 'serviceId', 'status', 'withdrawn']);
    const { id } = await storedByCode(db(), receipt.referenceCode);
    const audited = await db().selectFrom('audit_log').select(['actor', 'action']).where('entity_id', '=', id).execute();
    expect(audited).toEqual([
      { actor: 'newcomer', action: 'referral.create' },
      { actor: 'newcomer', action: 'referral.status-read' },
    ]);
    await expect(readStatusPage(deps(), 'x'.repeat(43))).rejects.toMatchObject({ kind: 'not-found' });
  });
});
