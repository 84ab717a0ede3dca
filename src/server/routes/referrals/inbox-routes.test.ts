import { beforeAll, expect, it } from 'vitest';
import type { Caller } from '../../auth/auth-context.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import {
  admin,
  coordinator,
  createOrganizationRowsFor,
  createTestDirectory,
  recordingNotifier,
  staffOf,
  submissionBody,
  type TestDirectory,
} from '../../referrals/test-fixtures.ts';
import type { InboxPage, InboxReferral } from '../../../shared/referrals/inbox-contract.ts';
import type { ReferralReceipt, ReferralStatusView } from '../../../shared/referrals/referral-contract.ts';
import { createTestApi, type TestApi } from './test-app.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

// Exact strings: a bare "555" turns up in random ids and hashes.
const PERSONAL = /Amal|Haddad|519[ -]?555[ -]?0142|226[ -]?555[ -]?0199|Evenings/;

describeOnEngines('the inbox routes', ({ database }) => {
  let api: TestApi;
  let staffA: Caller;
  let staffB: Caller;
  beforeAll(async () => {
    api = createTestApi(database(), fixture.source, recordingNotifier());
    staffA = staffOf(fixture.services.a.organization_id, 'user-a');
    staffB = staffOf(fixture.services.b.organization_id, 'user-b');
    await createOrganizationRowsFor(database().db, fixture.directory, [fixture.services.a, fixture.services.b]);
  });

  async function newReferral(person: Record<string, unknown> = {}): Promise<{ id: string; receipt: ReferralReceipt }> {
    const body = submissionBody(fixture.services.a.id, person);
    const receipt = (await (await api.request('POST', '/api/referrals', { body })).json()) as ReferralReceipt;
    const page = (await (await api.request('GET', '/api/inbox?sort=newest', { caller: staffA })).json()) as InboxPage;
    return { id: page.items.find((item) => item.referenceCode === receipt.referenceCode)!.id, receipt };
  }

  it("walks a referral through its life over HTTP, refusing a reasonless rejection, an illegal move and smuggled fields", async () => {
    const { id, receipt } = await newReferral();
    const move = (body: unknown) => api.request('POST', `/api/inbox/${id}/transition`, { caller: staffA, body });

    expect((await move({ to: 'rejected' })).status).toBe(400);
    expect((await move({ to: 'completed' })).status).toBe(409);
    const smuggled = await move({ to: 'accepted', organization_id: fixture.services.b.organization_id, status: 'completed' });
    expect(smuggled.status).toBe(400);
    expect(await smuggled.json()).toMatchObject({ fields: [{ path: 'body', message: expect.stringContaining('organization_id') }] });
    for (const to of ['accepted', 'in-progress', 'completed']) expect((await move({ to })).status).toBe(200);

    const opened = (await (await api.request('GET', `/api/inbox/${id}`, { caller: staffA })).json()) as InboxReferral;
    expect(opened).toMatchObject({ status: 'completed', organizationId: fixture.services.a.organization_id, person: { name: 'Amal Haddad' } });
    expect(opened.history.map((entry) => entry.to)).toEqual(['requested', 'accepted', 'in-progress', 'completed']);
    const page = (await (await api.request('GET', `/api/referrals/status/${receipt.statusToken}`)).json()) as ReferralStatusView;
    expect(page.status).toBe('completed');
  });

  it('forwards and refers onward over HTTP', async () => {
    const { id, receipt } = await newReferral();
    const forwarded = await api.request('POST', `/api/inbox/${id}/forward`, { caller: staffA, body: { serviceId: fixture.services.b.id } });
    expect(forwarded.status).toBe(200);
    const page = (await (await api.request('GET', `/api/referrals/status/${receipt.statusToken}`)).json()) as ReferralStatusView;
    expect(page.forwardedTo).toMatchObject({ serviceId: fixture.services.b.id, status: 'requested' });

    const client = submissionBody(fixture.services.b.id);
    const referred = await api.request('POST', '/api/inbox/referrals', { caller: staffA, body: client });
    expect(referred.status).toBe(201);
    expect((await api.request('POST', '/api/inbox/referrals', { caller: staffA, body: client })).status).toBe(200);
    const onBehalfOfOthers = await api.request('POST', '/api/inbox/referrals', {
      caller: staffA,
      body: { ...submissionBody(fixture.services.b.id), referringOrganizationId: fixture.services.b.organization_id },
    });
    expect(onBehalfOfOthers.status).toBe(403);
  });

  it('gives anonymous callers 401, coordinators and admins 403, the other organization 404, and none of them a personal field', async () => {
    // Someone only organization A may know about: none of the other callers' answers may name her.
    const { id } = await newReferral({ name: 'Zainab Qureshi', contact: { whatsapp: '+1 226 555 0199' }, note: 'Second floor' });
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/inbox'],
      ['GET', `/api/inbox/${id}`],
      ['POST', `/api/inbox/${id}/transition`, { to: 'accepted' }],
      ['POST', `/api/inbox/${id}/forward`, { serviceId: fixture.services.b.id, consentReasked: true }],
      ['POST', '/api/inbox/referrals', { ...submissionBody(fixture.services.b.id), referringOrganizationId: fixture.services.a.organization_id }],
    ];
    const expected = new Map<Caller | undefined, number[]>([
      [undefined, [401, 401, 401, 401, 401]],
      [coordinator, [403, 403, 403, 403, 403]],
      [admin, [403, 403, 403, 403, 403]],
      [staffB, [200, 404, 404, 404, 403]],
    ]);
    for (const [caller, statuses] of expected) {
      const answers = [];
      for (const [method, path, body] of routes) {
        const answer = await api.request(method, path, { ...(caller && { caller }), ...(body !== undefined && { body }) });
        const text = await answer.text();
        expect(text).not.toMatch(/Zainab|Qureshi|0199|Second floor/);
        if (caller !== staffB) expect(text).not.toMatch(PERSONAL);
        expect(JSON.parse(text)).toEqual(answer.status === 200 ? expect.anything() : { error: expect.any(String) });
        answers.push(answer.status);
      }
      expect({ caller: caller?.userId, answers }).toEqual({ caller: caller?.userId, answers: statuses });
    }
    const stillThere = (await (await api.request('GET', `/api/inbox/${id}`, { caller: staffA })).json()) as InboxReferral;
    expect(stillThere).toMatchObject({ status: 'requested', forwardedTo: null });
  });

  it('refuses a malformed inbox query', async () => {
    for (const query of ['status=bogus', 'page=0', 'page=abc', 'sort=random', 'organizationId=org-00002']) {
      const answer = await api.request('GET', `/api/inbox?${query}`, { caller: staffA });
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
    }
  });
});
