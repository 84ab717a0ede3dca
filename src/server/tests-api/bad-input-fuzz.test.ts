/**
 * Malformed, oversized, wrong-typed and odd-Unicode requests to every API route of the assembled
 * server, with real sessions, generated from a seed so any failure replays from its round
 * number: no answer is a server error, every refusal is JSON with a sentence a person can read,
 * and the server still answers afterwards.
 */
import { expect, it } from 'vitest';
import { GOOD_PASSWORD } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { CONSENT_TEXT_VERSION } from '../../shared/referrals/referral-contract.ts';
import { assembleApi, plantedA, readableErrorProblem, seeded, signInAs, submitPlanted, tempDist, type Random } from './api-test-kit.ts';

const ROUNDS = { sqlite: 3000, postgres: 1500 } as const;

/** A v4-shaped UUID from the seeded generator, so idempotency keys repeat run after run. */
function seededUuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[random.int(4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const oddStrings = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800x', '\u202eevil\u202c', '\u200b\u200d\u2060', 'e\u0301'.repeat(300), '👩🏽‍🎓👨‍👩‍👧‍👦', 'ﷺ', '\uffff\ufffe', '\r\n', '\t', '\u2028\u2029',
  '\u0661\u0662\u0663\u0664\u0665\u0666\u0667', '＋１ ５１９ ５５５ ０１４２', '\u0967\u0968\u0969\u096a\u096b\u096c\u096d', 'İı', 'ß'.repeat(90), 'x'.repeat(501), 'x'.repeat(5000),
  '<script>alert(1)</script>', "' or 1=1 --", '"; drop table referrals; --', '${jndi:ldap://x}', '../../etc/passwd', '%00', '%ED%A0%80', 'null', 'undefined', 'NaN',
  '2026-11-v1', 'requested', 'accepted', 'health', 'admin', 'staff', '\u{10FFFF}', '\u{E0001}\u{E0041}', 'A'.repeat(43), 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
];
const oddValues: unknown[] = [
  ...oddStrings, null, 0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, true, false, [], [null], [[[]]], {}, { nested: { deeper: [1, 2, 3] } }, ['language-classes'], Array(50).fill('x'),
];
const oddKeys = ['organization_id', 'id', 'status', 'purged_at', 'region_id', '__proto__', 'constructor', 'prototype', '', ' ', '\u0000', '🔑', 'role', 'totpSecret', 'a'.repeat(300)];

/** Path segments: real ids, near-misses, and what a hand-typed or hostile URL can hold. */
const oddSegments = ['not-an-id', '%00', '%E2%80%AE', '%ED%A0%80', '%', '%zz', '%E0%A4%A', '..%2F..%2Fetc', '%F0%9F%91%A9', 'a'.repeat(3000), '00000000-0000-0000-0000-000000000000', '%2e%2e', ' ', '%20', '%C0%AF', 'AAAA-BBBB', 'A'.repeat(43), 'A'.repeat(42) + '%F0%9F%91%A9'];

function encodedOdd(random: Random): string {
  const value = String(random.pick(oddValues));
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80'; // a lone surrogate goes as the invalid bytes a client could send
  }
}

type Body = { kind: 'json'; value: unknown } | { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'none' };

function mutate(random: Random, valid: Record<string, unknown>): unknown {
  const body = structuredClone(valid);
  const keys = Object.keys(body);
  const nestedParents = keys.filter((key) => body[key] !== null && typeof body[key] === 'object' && !Array.isArray(body[key]));
  switch (random.pick(['replace', 'replace', 'replace', 'nested', 'delete', 'add', 'whole', 'stringify-all'] as const)) {
    case 'replace':
      if (keys.length) body[random.pick(keys)] = random.pick(oddValues);
      return body;
    case 'nested': {
      if (!nestedParents.length) return body;
      const parent = body[random.pick(nestedParents)] as Record<string, unknown>;
      const childKeys = [...Object.keys(parent), ...oddKeys];
      parent[random.pick(childKeys)] = random.pick(oddValues);
      return body;
    }
    case 'delete':
      if (keys.length) delete body[random.pick(keys)];
      return body;
    case 'add':
      body[random.pick(oddKeys)] = random.pick(oddValues);
      return body;
    case 'whole':
      return random.pick(oddValues);
    case 'stringify-all':
      return Object.fromEntries(keys.map((key) => [key, JSON.stringify(body[key]) ?? 'null']));
  }
}

function malformedJson(random: Random, valid: unknown): string {
  const text = JSON.stringify(valid);
  return random.pick([
    () => text.slice(0, random.int(text.length)),
    () => `${text},`,
    () => text.replace(/"/g, "'"),
    () => text.replace(/:/, ':,'),
    () => `\ufeff${text}`,
    () => `${text}${text}`,
    () => '{"a":1,}',
    () => 'NaN',
    () => '',
    () => 'nul',
    () => '[' .repeat(20000) + ']'.repeat(20000),
    () => '{"a":'.repeat(8000) + '1' + '}'.repeat(8000),
    () => JSON.stringify('just a string'),
    () => '12e99999',
    () => '{"serviceId": "\\ud800"}',
    () => '{"name": "\\u0000"}',
    () => '{"__proto__": {"admin": true}}',
    () => text.replace(/"[^"]*"/, '"\\x41"'),
  ])();
}

/** Bodies the size limits are for: above the referral routes' 16 KB, the API's 64 KB, and far above. */
function oversized(random: Random, valid: Record<string, unknown>): string {
  const size = random.pick([17 * 1024, 66 * 1024, 300 * 1024]);
  const field = random.pick([...Object.keys(valid), 'padding']);
  return JSON.stringify({ ...valid, [field]: random.pick(['x', 'é', '👩🏽‍🎓', '\u0000']).repeat(size) });
}

function invalidUtf8(random: Random, valid: unknown): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(JSON.stringify(valid));
  const bytes = new Uint8Array(text.length + 4);
  bytes.set(text);
  const at = random.int(text.length);
  bytes.set(random.pick([[0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]), at);
  return bytes;
}

describeOnEngines('the whole API under bad input', ({ engine, database, db }) => {
  it(`answers ${ROUNDS[engine]} malformed, oversized, wrong-typed and odd-Unicode requests readably, never with a 5xx`, async () => {
    const random = seeded(engine === 'sqlite' ? 4_2026_1125 : 4_2026_1126);
    // With a built app shell, as in production: a path that normalizes out of /api (`/api/x/%2e%2e/%2e%2e`) reaches it.
    const { app, fixture, orgA, regionId } = await assembleApi(database(), { distDir: tempDist() });
    const { services } = fixture;
    const staffA = await signInAs(app, db(), { organizationIds: [orgA] }, '198.51.100.10');
    const coordinator = await signInAs(app, db(), { role: 'coordinator', regionId }, '198.51.100.11');
    const loginTarget = await signInAs(app, db(), { organizationIds: [orgA] }, '198.51.100.12');
    const planted = await submitPlanted(app, db(), services.a.id, plantedA);
    const staffCookie = `__Host-guichet-session=${staffA.browser.cookies.get('__Host-guichet-session')}`;
    const coordinatorCookie = `__Host-guichet-session=${coordinator.browser.cookies.get('__Host-guichet-session')}`;

    const submission = () => ({
      serviceId: services.a.id,
      name: random.pick(['Amal Haddad', 'Nguyễn Thị Lan', 'محمد', 'Ólafur']),
      contact: { phone: '+1 519 555 0142', email: 'amal.haddad@example.net' },
      preferredLanguage: 'ar',
      interpreterNeeded: random.chance(0.5),
      fsa: 'N6A',
      needCategories: ['language-classes'],
      note: 'Evenings only.',
      consent: { textVersion: CONSENT_TEXT_VERSION, language: 'ar', agreed: true, healthAgreed: false, allowForward: true },
      idempotencyKey: seededUuid(random),
    });
    const segment = () => random.pick([planted.id, planted.statusToken, planted.referenceCode, seededUuid(random), ...oddSegments]);
    // [method, path, a valid body to start from (none: the route takes no body), session cookies that may be sent].
    type Route = { method: string; path: () => string; valid?: () => Record<string, unknown>; keepSessions?: boolean };
    const routes: Route[] = [
      { method: 'POST', path: () => '/api/referrals', valid: submission },
      { method: 'POST', path: () => '/api/referrals', valid: submission },
      { method: 'GET', path: () => `/api/referrals/status/${segment()}` },
      { method: 'POST', path: () => `/api/referrals/status/${random.pick(['A'.repeat(43), seededUuid(random), ...oddSegments])}/withdraw`, valid: () => ({}) },
      { method: 'GET', path: () => `/api/inbox?${random.pick(['status', 'sort', 'page', 'organizationId', 'status'])}=${encodedOdd(random)}&${random.pick(['page', 'sort', '%ff', '__proto__'])}=${encodedOdd(random)}` },
      { method: 'GET', path: () => `/api/inbox?page=${random.pick(['0', '-1', '1e9', '99999999999999999999', '1.5', '0x10', '%EF%BC%91'])}&sort=${random.pick(['newest', 'oldest-waiting', 'NEWEST', ''])}` },
      { method: 'GET', path: () => `/api/inbox/${segment()}` },
      { method: 'POST', path: () => '/api/inbox/referrals', valid: () => ({ ...submission(), serviceId: services.b.id, referringOrganizationId: orgA }) },
      { method: 'POST', path: () => `/api/inbox/${segment()}/transition`, valid: () => ({ to: random.pick(['accepted', 'rejected', 'in-progress', 'on-hold']), reason: 'other', note: 'Called twice.' }) },
      { method: 'POST', path: () => `/api/inbox/${segment()}/forward`, valid: () => ({ serviceId: random.pick([services.alsoA.id, services.b.id, services.unlisted.id]), note: 'Better suited.', consentReasked: false }) },
      { method: 'POST', path: () => '/api/auth/login', valid: () => ({ email: loginTarget.email, password: random.chance(0.2) ? GOOD_PASSWORD : 'wrong-password-here', totpCode: '123456' }) },
      { method: 'POST', path: () => '/api/auth/logout', valid: () => ({}) },
      { method: 'GET', path: () => '/api/auth/me', keepSessions: true },
      { method: 'POST', path: () => '/api/auth/totp/setup', valid: () => ({}), keepSessions: true },
      { method: 'POST', path: () => '/api/auth/totp/confirm', valid: () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code: '123 456', currentCode: '654321' }), keepSessions: true },
      { method: 'POST', path: () => '/api/auth/invitations', valid: () => ({ email: `fuzz-${random.int(1e6)}@agency.example`, role: random.pick(['staff', 'coordinator', 'admin']), organizationId: orgA, regionId }), keepSessions: true },
      { method: 'POST', path: () => '/api/auth/invitations/inspect', valid: () => ({ token: 'A'.repeat(43) }) },
      { method: 'POST', path: () => '/api/auth/invitations/accept', valid: () => ({ token: 'B'.repeat(43), displayName: 'Fuzz', password: GOOD_PASSWORD, totp: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', code: '000000' } }) },
      { method: 'GET', path: () => random.pick(['/api/health', '/api/config', '/api/geo/areas', `/api/${encodedOdd(random)}`, `/api/auth/${segment()}`, `/api/referrals/${segment()}/${segment()}`]) },
    ];
    // Sessions are kept for routes that cannot end them; login and logout get none, so the staff session lives on.
    const cookieFor = (route: Route, path: string) =>
      random.pick([
        undefined,
        `__Host-guichet-session=${random.pick(['', 'x', 'A'.repeat(43), 'A'.repeat(5000), '%ff%fe', 'é'])}`,
        `guichet-session=${'A'.repeat(43)}; __Host-guichet-session=; __Host-guichet-session=${'B'.repeat(43)}`,
        ...(route.keepSessions || !/^\/api\/auth\/log(in|out)/.test(path) ? [staffCookie, staffCookie, coordinatorCookie] : []),
      ]);

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let round = 0; round < ROUNDS[engine]; round += 1) {
      const route = random.pick(routes);
      const method = random.chance(0.06) ? random.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) : route.method;
      const path = route.path();
      const valid = route.valid?.() ?? submission();
      const body: Body =
        method === 'GET'
          ? { kind: 'none' }
          : random.pick<() => Body>([
              () => ({ kind: 'json', value: mutate(random, valid) }),
              () => ({ kind: 'json', value: mutate(random, valid) }),
              () => ({ kind: 'json', value: mutate(random, valid) }),
              () => ({ kind: 'json', value: valid }),
              () => ({ kind: 'text', text: malformedJson(random, valid) }),
              () => ({ kind: 'text', text: oversized(random, valid) }),
              () => ({ kind: 'bytes', bytes: invalidUtf8(random, valid) }),
              () => ({ kind: 'none' }),
            ])();
      const headers: Record<string, string> = { 'X-Forwarded-For': `198.18.${random.int(256)}.${random.int(256)}` };
      const cookie = cookieFor(route, path);
      if (cookie) headers.Cookie = cookie;
      if (body.kind !== 'none' || random.chance(0.1)) {
        const contentType = random.chance(0.8)
          ? random.pick(['application/json', 'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset=utf-16'])
          : random.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json, text/plain', 'multipart/form-data; boundary=x', 'application/jsonp', '']);
        if (contentType) headers['Content-Type'] = contentType;
      }
      if (random.chance(0.9)) headers.Origin = random.chance(0.95) ? 'https://guichet.example' : random.pick(['null', 'https://evil.example', 'https://guichet.example.evil', 'https://guichet.example:443']);
      if (random.chance(0.05)) headers['Content-Length'] = random.pick(['99999999', '70000']);
      let text = '';
      let status = 0;
      let description = `round ${round}: ${method} ${path.slice(0, 120)} ${body.kind}`;
      try {
        const init: RequestInit = { method, headers };
        if (body.kind === 'json' && method !== 'GET') init.body = JSON.stringify(body.value) ?? 'null';
        if (body.kind === 'text' && method !== 'GET') init.body = body.text;
        if (body.kind === 'bytes' && method !== 'GET') init.body = body.bytes;
        const response = await app.request(`https://guichet.example${path}`, init);
        status = response.status;
        text = await response.text();
      } catch (error) {
        // A request the Fetch API itself refuses to build (such as a body with a mismatched length) never reaches the server.
        if (error instanceof TypeError && /content-length|body|header/i.test(error.message)) continue;
        throw error;
      }
      description += ` → ${status}`;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) failures.push(`${description} ${text.slice(0, 160)}`);
      else if (status >= 400 && new URL(`https://guichet.example${path}`).pathname.startsWith('/api/')) {
        const problem = readableErrorProblem(text);
        if (problem) failures.push(`${description}: ${problem}`);
      }
    }

    expect(failures).toEqual([]);
    // The generator reached every kind of answer, not one refusal over and over.
    const seen = [...statuses.keys()].sort();
    for (const status of [200, 201, 204, 400, 401, 403, 404, 413, 415]) expect(seen, `statuses seen: ${JSON.stringify(Object.fromEntries(statuses))}`).toContain(status);
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(ROUNDS[engine] * 0.95);

    // Still up, and still working for everyone.
    const health = await app.request('https://guichet.example/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await staffA.browser.request('/api/inbox')).status).toBe(200);
    expect((await submitPlanted(app, db(), services.b.id, plantedA)).statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  }, 120_000);
});
