/**
 * Who can reach what, over the assembled server with real sessions: anonymous, staff of
 * organization A, staff of organization B, a coordinator and an admin, against every API route
 * and method, with one organization's ids put in the other's requests. Nobody gets another
 * organization's referral, coordinators and admins never receive a person's details, fields a
 * client may not set are refused, and cross-site posts are refused (headers: security-headers.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { GOOD_PASSWORD, TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { createOrganizationRow, createRegionRow } from '../db/test-rows.ts';
import { submissionBody } from '../referrals/test-fixtures.ts';
import {
  assembleApi,
  plantedA,
  plantedB,
  plantedIn,
  plantedStrings,
  signInAs,
  submitPlanted,
  type PlantedReferral,
  type SignedIn,
} from './api-test-kit.ts';

const callerNames = ['anonymous', 'coordinator', 'admin', 'staffB', 'staffA'] as const;
type CallerName = (typeof callerNames)[number];
type Expected = number | readonly number[];

interface Probe {
  method: string;
  path: string;
  body?: unknown;
  /** The status each caller must get; `others` for the callers not named. */
  expect: Partial<Record<CallerName | 'others', Expected>>;
}

const all = (status: Expected) => ({ others: status });
const signedIn = (status: Expected) => ({ anonymous: 401, others: status });
/** The inbox: 401 signed out, 403 for coordinators and admins, then what staff get. */
const inbox = (staff: Partial<Record<'staffA' | 'staffB', Expected>> & { staff?: Expected }) => ({
  anonymous: 401,
  coordinator: 403,
  admin: 403,
  staffA: staff.staffA ?? (staff.staff as Expected),
  staffB: staff.staffB ?? (staff.staff as Expected),
});

/** Keys of a person's details: none may reach anyone but the receiving organization's staff. */
const PERSONAL_KEYS = new Set(['person', 'contact', 'name', 'phone', 'sms', 'email', 'whatsapp', 'note']);
function personalKeysIn(value: unknown, found: string[] = [], path = ''): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => personalKeysIn(item, found, `${path}[${index}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (PERSONAL_KEYS.has(key) && item !== null) found.push(`${path}.${key}`);
      personalKeysIn(item, found, `${path}.${key}`);
    }
  }
  return found;
}

interface Answer {
  caller: CallerName;
  probe: Probe;
  status: number;
  text: string;
  headers: string;
}

const SWEPT_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Every API route the server has (src/server/app.ts, routes/auth, routes/referrals), with the methods it answers. */
function routeTable({ A }: { A: PlantedReferral }): [path: string, methods: string[]][] {
  return [
    ['/api/health', ['GET']],
    ['/api/config', ['GET']],
    ['/api/directory', ['GET']],
    ['/api/geo/areas', ['GET']],
    ['/api/auth/login', ['POST']],
    ['/api/auth/logout', ['POST']],
    ['/api/auth/me', ['GET']],
    ['/api/auth/totp/setup', ['POST']],
    ['/api/auth/totp/confirm', ['POST']],
    ['/api/auth/invitations', ['POST']],
    ['/api/auth/invitations/inspect', ['POST']],
    ['/api/auth/invitations/accept', ['POST']],
    ['/api/referrals', ['POST']],
    [`/api/referrals/status/${A.statusToken}`, ['GET']],
    [`/api/referrals/status/${A.statusToken}/withdraw`, ['POST']],
    ['/api/inbox', ['GET']],
    ['/api/inbox/referrals', ['POST']],
    [`/api/inbox/${A.id}`, ['GET']],
    [`/api/inbox/${A.id}/transition`, ['POST']],
    [`/api/inbox/${A.id}/forward`, ['POST']],
  ];
}

describeOnEngines('the access matrix', ({ database, db }) => {
  async function setUp() {
    const api = await assembleApi(database());
    const { app, fixture, orgA, orgB, regionId } = api;
    // An organization in another region: a coordinator's reach stops at their own region.
    const otherRegion = createRegionRow({ name: 'Elsewhere' });
    const otherOrg = createOrganizationRow(otherRegion.id, { name: 'Elsewhere Org' });
    await db().insertInto('regions').values(otherRegion).execute();
    await db().insertInto('organizations').values(otherOrg).execute();
    const callers: Record<Exclude<CallerName, 'anonymous'>, SignedIn> = {
      staffA: await signInAs(app, db(), { organizationIds: [orgA] }, '198.51.100.1'),
      staffB: await signInAs(app, db(), { organizationIds: [orgB] }, '198.51.100.2'),
      coordinator: await signInAs(app, db(), { role: 'coordinator', regionId }, '198.51.100.3'),
      admin: await signInAs(app, db(), { role: 'admin' }, '198.51.100.4'),
    };
    const browsers: Record<CallerName, TestBrowser> = {
      anonymous: new TestBrowser(app, 'https://guichet.example', '198.51.100.5'),
      staffA: callers.staffA.browser,
      staffB: callers.staffB.browser,
      coordinator: callers.coordinator.browser,
      admin: callers.admin.browser,
    };
    const referralA = await submitPlanted(app, db(), fixture.services.a.id, plantedA);
    const referralB = await submitPlanted(app, db(), fixture.services.b.id, plantedB);
    return { ...api, callers, browsers, referralA, referralB, otherOrg: otherOrg.id, otherRegion: otherRegion.id };
  }

  function probes(ids: { A: PlantedReferral; B: PlantedReferral; orgA: string; orgB: string; otherOrg: string; regionId: string }, services: { a: string; alsoA: string; b: string }): Probe[] {
    const { A, B, orgA, orgB } = ids;
    const invite = (extra: Record<string, unknown>) => ({ email: `invitee-${randomUUID().slice(0, 8)}@agency.example`, role: 'staff', ...extra });
    return [
      // Public, no database.
      { method: 'GET', path: '/api/health', expect: all(200) },
      { method: 'GET', path: '/api/config', expect: all(200) },
      { method: 'GET', path: '/api/directory', expect: all(200) },
      { method: 'GET', path: '/api/geo/areas', expect: all(404) },
      { method: 'GET', path: '/api/no-such-route', expect: all(404) },
      // Accounts.
      { method: 'GET', path: '/api/auth/me', expect: signedIn(200) },
      { method: 'POST', path: '/api/auth/totp/setup', body: {}, expect: signedIn(200) },
      { method: 'POST', path: '/api/auth/totp/confirm', body: { secret: 'A'.repeat(32), code: '000000' }, expect: signedIn(400) },
      { method: 'POST', path: '/api/auth/invitations', body: invite({ organizationId: orgA }), expect: { anonymous: 401, staffA: 403, staffB: 403, coordinator: 201, admin: 201 } },
      { method: 'POST', path: '/api/auth/invitations', body: invite({ organizationId: orgB }), expect: { anonymous: 401, staffA: 403, staffB: 403, coordinator: 201, admin: 201 } },
      { method: 'POST', path: '/api/auth/invitations', body: invite({ organizationId: ids.otherOrg }), expect: { anonymous: 401, staffA: 403, staffB: 403, coordinator: 403, admin: 201 } },
      { method: 'POST', path: '/api/auth/invitations', body: invite({ role: 'coordinator', regionId: ids.regionId }), expect: { anonymous: 401, others: 403, admin: 201 } },
      { method: 'POST', path: '/api/auth/invitations', body: invite({ role: 'admin' }), expect: { anonymous: 401, others: 403, admin: 201 } },
      { method: 'POST', path: '/api/auth/invitations/inspect', body: { token: 'A'.repeat(43) }, expect: all(404) },
      { method: 'POST', path: '/api/auth/invitations/accept', body: { token: 'A'.repeat(43), displayName: 'Someone', password: GOOD_PASSWORD }, expect: all(404) },
      { method: 'POST', path: '/api/auth/login', body: { email: 'nobody-here@agency.example', password: 'not-the-password-1' }, expect: all(401) },
      // The newcomer's side: anyone may send a request; the status page is the link's, and shows no one's details.
      { method: 'POST', path: '/api/referrals', body: submissionBody(services.a), expect: all(201) },
      { method: 'POST', path: '/api/referrals', body: submissionBody(services.b), expect: all(201) },
      { method: 'GET', path: `/api/referrals/status/${A.statusToken}`, expect: all(200) },
      { method: 'GET', path: `/api/referrals/status/${B.statusToken}`, expect: all(200) },
      { method: 'GET', path: `/api/referrals/status/${A.id}`, expect: all(404) },
      { method: 'GET', path: `/api/referrals/status/${A.referenceCode}`, expect: all(404) },
      { method: 'POST', path: `/api/referrals/status/${A.id}/withdraw`, body: {}, expect: all(404) },
      { method: 'POST', path: `/api/referrals/status/${B.referenceCode}/withdraw`, body: {}, expect: all(404) },
      // The inbox: each organization its own, by path id and by body id.
      { method: 'GET', path: '/api/inbox', expect: inbox({ staff: 200 }) },
      { method: 'GET', path: '/api/inbox?status=requested&sort=oldest-waiting', expect: inbox({ staff: 200 }) },
      { method: 'GET', path: `/api/inbox?organizationId=${orgA}`, expect: inbox({ staff: 400 }) },
      { method: 'GET', path: `/api/inbox?organization_id=${orgB}`, expect: inbox({ staff: 400 }) },
      { method: 'GET', path: `/api/inbox/${A.id}`, expect: inbox({ staffA: 200, staffB: 404 }) },
      { method: 'GET', path: `/api/inbox/${B.id}`, expect: inbox({ staffA: 404, staffB: 200 }) },
      { method: 'GET', path: `/api/inbox/${randomUUID()}`, expect: inbox({ staff: 404 }) },
      { method: 'GET', path: `/api/inbox/${A.referenceCode}`, expect: inbox({ staff: 404 }) },
      { method: 'POST', path: '/api/inbox/referrals', body: { ...submissionBody(services.b), referringOrganizationId: orgA }, expect: inbox({ staffA: 201, staffB: 403 }) },
      { method: 'POST', path: '/api/inbox/referrals', body: { ...submissionBody(services.a), referringOrganizationId: orgB }, expect: inbox({ staffA: 403, staffB: 201 }) },
      { method: 'POST', path: '/api/inbox/referrals', body: { ...submissionBody(services.a), referringOrganizationId: ids.otherOrg }, expect: inbox({ staff: 403 }) },
      { method: 'POST', path: '/api/inbox/referrals', body: submissionBody(services.a), expect: inbox({ staff: 201 }) },
      { method: 'POST', path: `/api/inbox/${A.id}/transition`, body: { to: 'accepted' }, expect: inbox({ staffA: 200, staffB: 404 }) },
      { method: 'POST', path: `/api/inbox/${B.id}/transition`, body: { to: 'accepted' }, expect: inbox({ staffA: 404, staffB: 200 }) },
      // Already accepted by then: a rejection is no longer a move the Task model allows.
      { method: 'POST', path: `/api/inbox/${A.id}/transition`, body: { to: 'rejected', reason: 'other' }, expect: inbox({ staffA: 409, staffB: 404 }) },
      { method: 'POST', path: `/api/inbox/${B.id}/transition`, body: { to: 'cancelled', note: 'from the other side' }, expect: inbox({ staffA: 404, staffB: 200 }) },
      { method: 'POST', path: `/api/inbox/${A.id}/forward`, body: { serviceId: services.a }, expect: inbox({ staffA: 400, staffB: 404 }) },
      { method: 'POST', path: `/api/inbox/${B.id}/forward`, body: { serviceId: services.a }, expect: inbox({ staffA: 404, staffB: 409 }) },
      { method: 'POST', path: `/api/inbox/${A.id}/forward`, body: { serviceId: services.alsoA, note: 'better suited' }, expect: inbox({ staffA: 200, staffB: 404 }) },
      // Methods no route has.
      { method: 'PUT', path: `/api/inbox/${A.id}`, body: { status: 'completed' }, expect: inbox({ staff: 404 }) },
      { method: 'PATCH', path: `/api/inbox/${A.id}`, body: { organization_id: orgB }, expect: inbox({ staff: 404 }) },
      { method: 'DELETE', path: `/api/inbox/${B.id}`, expect: inbox({ staff: 404 }) },
      { method: 'PUT', path: '/api/referrals', body: submissionBody(services.a), expect: all(404) },
      { method: 'DELETE', path: `/api/referrals/status/${A.statusToken}`, expect: all(404) },
      { method: 'PATCH', path: `/api/referrals/status/${B.statusToken}`, body: { status: 'completed' }, expect: all(404) },
      { method: 'GET', path: '/api/referrals', expect: all(404) },
      { method: 'PATCH', path: '/api/auth/me', body: { role: 'admin' }, expect: all(404) },
      { method: 'DELETE', path: '/api/auth/me', expect: all(404) },
      { method: 'PUT', path: '/api/auth/invitations', body: invite({ organizationId: orgA }), expect: all(404) },
      { method: 'GET', path: '/api/auth/login', expect: all(404) },
      // Every route with every method it does not have: never a 2xx, never anyone's data.
      ...routeTable(ids).flatMap(([path, defined]) =>
        SWEPT_METHODS.filter((method) => !defined.includes(method)).map((method) => ({
          method,
          path,
          ...(['POST', 'PUT', 'PATCH'].includes(method) && { body: {} }),
          expect: path.startsWith('/api/inbox') ? inbox({ staff: 404 }) : all(404),
        })),
      ),
      { method: 'POST', path: '/api/auth/logout', body: {}, expect: all(204) },
    ];
  }

  it('gives no organization another’s referrals, and coordinators and admins no personal details', async () => {
    const { fixture, orgA, orgB, regionId, callers, browsers, referralA, referralB, otherOrg } = await setUp();
    const { services } = fixture;
    const referralsBefore = await db().selectFrom('referrals').select('id').execute();
    const answers: Answer[] = [];
    for (const caller of callerNames) {
      // Built for each caller: every submission has its own idempotency key, every invitation its own email.
      for (const probe of probes({ A: referralA, B: referralB, orgA, orgB, otherOrg, regionId }, { a: services.a.id, alsoA: services.alsoA.id, b: services.b.id })) {
        const response = await browsers[caller].request(probe.path, {
          method: probe.method,
          ...(probe.body !== undefined && { json: probe.body }),
        });
        answers.push({ caller, probe, status: response.status, text: await response.text(), headers: JSON.stringify([...response.headers]) });
      }
    }

    const unexpected = answers
      .filter(({ caller, probe, status }) => {
        const expected = probe.expect[caller] ?? probe.expect.others;
        return !(Array.isArray(expected) ? expected.includes(status) : expected === status);
      })
      .map(({ caller, probe, status, text }) => `${caller} ${probe.method} ${probe.path} → ${status} ${text.slice(0, 160)}`);
    expect(unexpected).toEqual([]);
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);

    // The planted details reach the receiving organization's staff and nobody else, in bodies or headers.
    const leaks = answers.flatMap(({ caller, probe, text, headers }) => [
      ...(caller === 'staffA' ? [] : plantedIn(text + headers, plantedA).map((value) => `${caller} ${probe.method} ${probe.path} leaked A's "${value}"`)),
      ...(caller === 'staffB' ? [] : plantedIn(text + headers, plantedB).map((value) => `${caller} ${probe.method} ${probe.path} leaked B's "${value}"`)),
    ]);
    expect(leaks).toEqual([]);
    // ...and the scan would have seen them: staff A's own view carries every planted value.
    const staffAOpensA = answers.find(({ caller, probe }) => caller === 'staffA' && probe.method === 'GET' && probe.path === `/api/inbox/${referralA.id}`)!;
    expect(plantedIn(staffAOpensA.text, plantedA)).toEqual(plantedStrings(plantedA));

    // Referral answers to anyone but staff carry no personal fields at all, whoever the person is.
    const personal = answers
      .filter(({ caller, probe }) => !caller.startsWith('staff') && /^\/api\/(referrals|inbox)/.test(probe.path))
      .flatMap(({ caller, probe, text }) => personalKeysIn(JSON.parse(text || 'null')).map((key) => `${caller} ${probe.method} ${probe.path}: ${key}`));
    expect(personal).toEqual([]);

    // The database agrees: every history entry and audit row of a referral is its own organization's staff or the newcomer.
    const forwardedFromA = await db().selectFrom('referrals').select(['id', 'organization_id']).where('forwarded_from_id', '=', referralA.id).execute();
    expect(forwardedFromA.map((row) => row.organization_id)).toEqual([orgA]);
    const allowedActors = {
      [referralA.id]: ['newcomer', callers.staffA.userId],
      [forwardedFromA[0]!.id]: ['newcomer', callers.staffA.userId],
      [referralB.id]: ['newcomer', callers.staffB.userId],
    };
    for (const [id, actors] of Object.entries(allowedActors)) {
      const events = await db().selectFrom('referral_events').select('actor').where('referral_id', '=', id).execute();
      const audits = await db().selectFrom('audit_log').select('actor').where('entity_id', '=', id).execute();
      expect(events.length).toBeGreaterThan(0);
      expect([...new Set([...events, ...audits].map((row) => row.actor))].filter((actor) => !actors.includes(actor))).toEqual([]);
    }
    const owners = await db().selectFrom('referrals').select(['id', 'organization_id', 'status']).where('id', 'in', [referralA.id, referralB.id]).execute();
    expect(Object.fromEntries(owners.map((row) => [row.id, [row.organization_id, row.status]]))).toEqual({
      [referralA.id]: [orgA, 'cancelled'], // forwarded by its own staff
      [referralB.id]: [orgB, 'cancelled'], // cancelled by its own staff
    });
    // New referrals: exactly the requests that were answered 201, plus staff A's forward.
    const referralsAfter = await db().selectFrom('referrals').select('id').execute();
    const created = answers.filter((answer) => answer.status === 201 && /^\/api\/(referrals|inbox\/referrals)$/.test(answer.probe.path)).length;
    expect(referralsAfter.length - referralsBefore.length).toBe(created + 1);
    // Every caller was signed out by the last probe, server-side.
    for (const caller of callerNames) expect((await browsers[caller].request('/api/auth/me')).status).toBe(401);
  }, 60_000);

  it('refuses with 400 every attempt to set ids, organizations, states or erasure through a body', async () => {
    const { app, fixture, orgB, callers, referralA, referralB } = await setUp();
    const { services } = fixture;
    const staffA = callers.staffA.browser;
    const admin = callers.admin.browser;
    const anonymous = new TestBrowser(app);
    const forbidden: Record<string, unknown> = {
      organization_id: orgB,
      organizationId: orgB,
      status: 'accepted',
      id: referralB.id,
      region_id: 'elsewhere',
      regionId: 'elsewhere',
      purged_at: null,
      purgedAt: null,
      referenceCode: 'AAAA-BBBB',
      statusToken: referralB.statusToken,
      source: 'agency',
      forwardedFromId: referralB.id,
      createdAt: '2020-01-01T00:00:00.000Z',
      userId: callers.admin.userId,
      role: 'admin',
    };
    const targets: { who: TestBrowser; path: string; body: () => Record<string, unknown>; skip?: string[] }[] = [
      // `status` is the submission's optional immigration status: an immigration status passes, a referral state does not.
      { who: anonymous, path: '/api/referrals', body: () => submissionBody(services.a.id) },
      { who: staffA, path: '/api/inbox/referrals', body: () => submissionBody(services.b.id) },
      { who: staffA, path: `/api/inbox/${referralA.id}/transition`, body: () => ({ to: 'accepted' }) },
      { who: staffA, path: `/api/inbox/${referralA.id}/forward`, body: () => ({ serviceId: services.alsoA.id }) },
      { who: anonymous, path: '/api/auth/login', body: () => ({ email: callers.staffA.email, password: GOOD_PASSWORD }) },
      { who: admin, path: '/api/auth/invitations', body: () => ({ email: 'mass@agency.example', role: 'staff', organizationId: services.a.organization_id }), skip: ['organizationId', 'role'] },
      { who: anonymous, path: '/api/auth/invitations/inspect', body: () => ({ token: 'A'.repeat(43) }) },
      { who: anonymous, path: '/api/auth/invitations/accept', body: () => ({ token: 'A'.repeat(43), displayName: 'Someone', password: GOOD_PASSWORD }) },
      { who: staffA, path: '/api/auth/totp/confirm', body: () => ({ secret: 'A'.repeat(32), code: '000000' }) },
    ];
    const referralCount = async () => Number((await db().selectFrom('referrals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = { referrals: await referralCount(), invitations: (await db().selectFrom('invitations').select('token_hash').execute()).length };

    const wrong: string[] = [];
    const attempt = async (who: TestBrowser, path: string, body: Record<string, unknown>, label: string) => {
      const response = await who.post(path, body);
      const answer = (await response.json()) as { error?: string };
      if (response.status !== 400 || typeof answer.error !== 'string' || answer.error === '') wrong.push(`${label} on ${path} → ${response.status} ${JSON.stringify(answer)}`);
    };
    for (const { who, path, body, skip = [] } of targets) {
      for (const [field, value] of Object.entries(forbidden)) {
        if (skip.includes(field)) continue;
        await attempt(who, path, { ...body(), [field]: value }, field);
      }
      // Smuggled one level down, or as a prototype.
      await attempt(who, path, { ...body(), contact: { phone: '+1 519 555 0100', organization_id: orgB } }, 'contact.organization_id');
      await attempt(who, path, JSON.parse(`{"__proto__": {"role": "admin", "organization_id": "${orgB}"}, ${JSON.stringify(body()).slice(1)}`) as Record<string, unknown>, '__proto__');
    }
    // The submission's nested consent and contact objects are closed too.
    await attempt(anonymous, '/api/referrals', submissionBody(services.a.id, { consent: { textVersion: '2026-11-v1', language: 'ar', agreed: true, healthAgreed: false, status: 'accepted' } }), 'consent.status');
    expect(wrong).toEqual([]);

    // Nothing was made or moved by any of them.
    expect(await referralCount()).toBe(before.referrals);
    expect((await db().selectFrom('invitations').select('token_hash').execute()).length).toBe(before.invitations);
    const rows = await db().selectFrom('referrals').select(['id', 'organization_id', 'status', 'purged_at']).where('id', 'in', [referralA.id, referralB.id]).execute();
    expect(rows.map(({ organization_id, status, purged_at }) => [organization_id, status, purged_at]).sort()).toEqual(
      [
        [services.a.organization_id, 'requested', null],
        [orgB, 'requested', null],
      ].sort(),
    );
    const staffRole = await db().selectFrom('users').select('role').where('id', '=', callers.staffA.userId).executeTakeFirstOrThrow();
    expect(staffRole.role).toBe('staff');
  }, 60_000);

  it('refuses a cross-site text/plain POST, with or without a session, and changes nothing', async () => {
    const { app, fixture, callers, referralA } = await setUp();
    const referralCount = async () => (await db().selectFrom('referrals').select('id').execute()).length;
    const before = await referralCount();
    const send = async (browser: TestBrowser, path: string, body: string, headers: Record<string, string>) => {
      const response = await app.request(`https://guichet.example${path}`, {
        method: 'POST',
        headers: { 'X-Forwarded-For': browser.address, ...([...browser.cookies].length > 0 && { Cookie: [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ') }), ...headers },
        body,
      });
      return { status: response.status, error: ((await response.json()) as { error: string }).error };
    };
    const evil = 'https://evil.example';
    const submission = JSON.stringify(submissionBody(fixture.services.a.id));
    const staffA = callers.staffA.browser;

    const crossSite = [
      await send(new TestBrowser(app), '/api/referrals', submission, { Origin: evil, 'Content-Type': 'text/plain' }),
      await send(staffA, `/api/inbox/${referralA.id}/transition`, JSON.stringify({ to: 'accepted' }), { Origin: evil, 'Content-Type': 'text/plain;charset=UTF-8' }),
      await send(staffA, `/api/inbox/${referralA.id}/transition`, 'to=accepted', { Origin: evil, 'Content-Type': 'application/x-www-form-urlencoded' }),
      await send(staffA, '/api/inbox/referrals', submission, { Origin: evil, 'Content-Type': 'text/plain' }),
      await send(staffA, `/api/referrals/status/${referralA.statusToken}/withdraw`, '', { Origin: evil, 'Content-Type': 'text/plain' }),
      // Even as JSON (which a browser would preflight): another site is refused outright.
      await send(staffA, `/api/inbox/${referralA.id}/transition`, JSON.stringify({ to: 'accepted' }), { Origin: evil, 'Content-Type': 'application/json' }),
      await send(staffA, `/api/inbox/${referralA.id}/transition`, JSON.stringify({ to: 'accepted' }), { Origin: 'null', 'Content-Type': 'application/json' }),
    ];
    for (const answer of crossSite) expect(answer).toEqual({ status: 403, error: 'This request came from another website and was refused. Use Guichet directly.' });
    // From this site but not JSON: refused all the same.
    const sameSite = await send(staffA, `/api/inbox/${referralA.id}/transition`, JSON.stringify({ to: 'accepted' }), { Origin: 'https://guichet.example', 'Content-Type': 'text/plain' });
    expect(sameSite).toEqual({ status: 415, error: 'Send this request as JSON, with the header Content-Type: application/json.' });
    const noOrigin = await send(new TestBrowser(app), '/api/referrals', submission, { 'Content-Type': 'text/plain' });
    expect(noOrigin.status).toBe(415);

    expect(await referralCount()).toBe(before);
    const row = await db().selectFrom('referrals').select(['status', 'purged_at']).where('id', '=', referralA.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'requested', purged_at: null });
    expect((await staffA.request('/api/auth/me')).status).toBe(200);
  });
});
