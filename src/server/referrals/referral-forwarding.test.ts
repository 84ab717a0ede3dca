import { beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { referFromAgency } from './agency-referral.ts';
import { forwardReferral } from './forward-referral.ts';
import { listInbox, openInboxReferral } from './inbox-queries.ts';
import { readStatusPage } from './status-page.ts';
import { submitReferral } from './submit-referral.ts';
import { createOrganizationRowsFor, createTestDirectory, recordingNotifier, staffOf, submission, testDeps, type TestDirectory } from './test-fixtures.ts';
import { transitionReferral } from './transition-referral.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

const idOf = async (db: Kysely<Database>, referenceCode: string) =>
  (await db.selectFrom('referrals').select('id').where('reference_code', '=', referenceCode).executeTakeFirstOrThrow()).id;

describeOnEngines('forwarding and agency-to-agency referrals', ({ db, database }) => {
  const notifier = recordingNotifier();
  const deps = () => testDeps(database(), fixture.source, { notifier });
  const staffA = () => staffOf(fixture.services.a.organization_id, 'user-a');
  const staffB = () => staffOf(fixture.services.b.organization_id, 'user-b');

  it('forwards a wrong-door referral in one step: a linked referral for the other service, the first cancelled, the newcomer shown where it went', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const originalId = await idOf(db(), receipt.referenceCode);
    notifier.sent.length = 0;

    const original = await forwardReferral(deps(), staffA(), originalId, { serviceId: fixture.services.b.id, consentReasked: false });

    expect(original.status).toBe('cancelled');
    expect(original.history.at(-1)).toMatchObject({ from: 'requested', to: 'cancelled', reason: 'forwarded', actor: 'user-a' });
    expect(original.forwardedTo).toMatchObject({ serviceId: fixture.services.b.id, organizationId: fixture.services.b.organization_id, status: 'requested' });
    const inboxB = await listInbox(deps(), staffB(), { sort: 'newest', page: 1 });
    const forwarded = inboxB.items.find((item) => item.forwardedFromId === originalId)!;
    expect(forwarded).toMatchObject({ serviceId: fixture.services.b.id, status: 'requested', person: { name: 'Amal Haddad' } });
    expect(forwarded.consent).toMatchObject({ textVersion: '2026-11-v1', allowsForward: true });

    await transitionReferral(deps(), staffB(), forwarded.id, { to: 'accepted' });
    const page = await readStatusPage(deps(), receipt.statusToken);
    expect(page.status).toBe('cancelled');
    expect(page.forwardedTo).toEqual({
      serviceId: fixture.services.b.id,
      organizationId: fixture.services.b.organization_id,
      referenceCode: forwarded.referenceCode,
      status: 'accepted',
    });
    expect(page.history.at(-1)).toMatchObject({ status: 'cancelled', reason: 'forwarded' });
    const [toIntake, toNewcomer] = notifier.sent;
    expect(toIntake!.text).toContain(forwarded.referenceCode);
    expect(toNewcomer).toMatchObject({ to: 'amal.haddad@example.net' });
    expect(toNewcomer!.text).toContain(receipt.referenceCode);
  });

  it('does not pass on details the consent did not cover, unless staff asked the person again', async () => {
    const body = submission(fixture.services.a.id, { consent: { textVersion: '2026-11-v1', language: 'ar', agreed: true, healthAgreed: false } });
    const { receipt } = await submitReferral(deps(), body);
    const originalId = await idOf(db(), receipt.referenceCode);

    await expect(forwardReferral(deps(), staffA(), originalId, { serviceId: fixture.services.b.id, consentReasked: false })).rejects.toMatchObject({
      kind: 'conflict',
    });
    const still = await openInboxReferral(deps(), staffA(), originalId);
    expect(still.status).toBe('requested');

    await forwardReferral(deps(), staffA(), originalId, { serviceId: fixture.services.b.id, consentReasked: true });
    const forwarded = await db().selectFrom('referrals').selectAll().where('forwarded_from_id', '=', originalId).executeTakeFirstOrThrow();
    const created = await db().selectFrom('referral_events').selectAll().where('referral_id', '=', forwarded.id).executeTakeFirstOrThrow();
    expect(created).toMatchObject({ actor: 'user-a', reason: 'consent_reasked', to_status: 'requested' });
    // Asked again for this service only: passing it on once more needs another yes.
    expect(forwarded).toMatchObject({ consent_text_version: '2026-11-v1', consent_allows_forward: 0 });
  });

  it('refuses to forward to the same service, an unknown service, or from a closed referral', async () => {
    const { receipt } = await submitReferral(deps(), submission(fixture.services.a.id));
    const id = await idOf(db(), receipt.referenceCode);

    await expect(forwardReferral(deps(), staffA(), id, { serviceId: fixture.services.a.id, consentReasked: false })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(forwardReferral(deps(), staffA(), id, { serviceId: 'svc-nope', consentReasked: false })).rejects.toMatchObject({ kind: 'not-found' });
    await transitionReferral(deps(), staffA(), id, { to: 'rejected', reason: 'wrong_service' });
    await expect(forwardReferral(deps(), staffA(), id, { serviceId: fixture.services.b.id, consentReasked: false })).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('lets staff refer a client to another organization, with the consent they recorded, on behalf of their own organization only', async () => {
    await createOrganizationRowsFor(db(), fixture.directory, [fixture.services.a]);
    const client = submission(fixture.services.b.id);

    await expect(referFromAgency(deps(), staffA(), { ...client, referringOrganizationId: fixture.services.b.organization_id })).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const { receipt, replayed } = await referFromAgency(deps(), staffA(), client);

    expect(replayed).toBe(false);
    const stored = await db().selectFrom('referrals').selectAll().where('reference_code', '=', receipt.referenceCode).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      source: 'agency',
      referring_organization_id: fixture.services.a.organization_id,
      organization_id: fixture.services.b.organization_id,
      consent_text_version: '2026-11-v1',
      consent_allows_forward: 1,
    });
    const history = await openInboxReferral(deps(), staffB(), stored.id);
    expect(history.history[0]).toMatchObject({ actor: 'user-a', to: 'requested' });
    expect((await readStatusPage(deps(), receipt.statusToken)).status).toBe('requested');
  });
});
