/**
 * Malformed, oversized, wrong-typed and odd-Unicode requests, generated from a seed so a
 * failure can be replayed: every answer must be a readable 4xx, never a server error.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeOnEngines } from '../../db/test-engines.ts';
import { createOrganizationRowsFor, createTestDirectory, recordingNotifier, staffOf, submissionBody, type TestDirectory } from '../../referrals/test-fixtures.ts';
import { createTestApi } from './test-app.ts';
import { seeded } from '../../tests-api/api-test-kit.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});


const oddValues: unknown[] = [
  null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, true, '', ' ', 'x'.repeat(5000), [], [null], {}, { nested: { deeper: [1, 2, 3] } },
  '\u0000', 'a\u0000b', '\ud800', '\udfff\ud800', '\u202eevil', '\u200b\u200d', 'e\u0301'.repeat(200), '👩🏽‍🎓', 'ﷺ', '\uffff', '\r\n', '\t',
  '<script>alert(1)</script>', "' or 1=1 --", '${jndi:ldap://x}', '../../etc/passwd', '2026-11-v1', 'health', 'requested',
];
const keys = ['serviceId', 'name', 'contact', 'preferredLanguage', 'interpreterNeeded', 'fsa', 'needCategories', 'note', 'status', 'consent', 'idempotencyKey'];

/** A lone surrogate cannot be percent-encoded as UTF-8: it goes as the invalid bytes a client could send. */
function queryValue(value: unknown): string {
  try {
    return encodeURIComponent(String(value));
  } catch {
    return '%ED%A0%80';
  }
}

function hasErrorMessage(text: string): boolean {
  try {
    return typeof (JSON.parse(text) as { error?: unknown }).error === 'string';
  } catch {
    return false;
  }
}

function mutate(random: ReturnType<typeof seeded>, valid: Record<string, unknown>): unknown {
  const body: Record<string, unknown> = structuredClone(valid);
  const strategy = random.pick(['replace', 'replace', 'nested', 'delete', 'add', 'whole'] as const);
  if (strategy === 'replace') body[random.pick(keys)] = random.pick(oddValues);
  if (strategy === 'nested') {
    const parent = random.pick(['contact', 'consent'] as const);
    (body[parent] as Record<string, unknown>)[random.pick(['phone', 'email', 'agreed', 'healthAgreed', 'language', 'sms', '__proto__'])] = random.pick(oddValues);
  }
  if (strategy === 'delete') delete body[random.pick(keys)];
  if (strategy === 'add') body[random.pick(['organization_id', 'status_token_hash', 'id', '__proto__', 'constructor', 'purged_at'])] = random.pick(oddValues);
  return strategy === 'whole' ? random.pick(oddValues) : body;
}

describeOnEngines('the referral API under bad input', ({ database }) => {
  it('answers 1,000 mutated submissions and inbox requests with readable errors, never a 5xx', async () => {
    const random = seeded(20261125);
    const api = createTestApi(database(), fixture.source, recordingNotifier());
    const staff = staffOf(fixture.services.a.organization_id);
    await createOrganizationRowsFor(database().db, fixture.directory, [fixture.services.a]);
    const failures: string[] = [];

    for (let round = 0; round < 1000; round += 1) {
      const body = mutate(random, submissionBody(fixture.services.a.id));
      const target = random.pick([
        ['POST', '/api/referrals'],
        ['POST', '/api/referrals'],
        ['POST', '/api/inbox/referrals'],
        ['POST', `/api/inbox/${random.pick(['00000000-0000-4000-8000-000000000000', 'not-an-id', '%00', '%E2%80%AE', '%ED%A0%80'])}/transition`],
        ['POST', '/api/inbox/00000000-0000-4000-8000-000000000000/forward'],
        ['GET', `/api/inbox?status=${queryValue(random.pick(oddValues))}&page=${queryValue(random.pick(oddValues))}`],
      ] as const);
      const answer = await api.request(target[0], target[1], { caller: staff, ...(target[0] === 'POST' && { body }) });
      const text = await answer.text();
      const readable = answer.status < 400 || hasErrorMessage(text);
      if (answer.status >= 500 || !readable) failures.push(`${target.join(' ')} → ${answer.status} ${text.slice(0, 120)}`);
    }

    expect(failures).toEqual([]);
  }, 60_000);
});
