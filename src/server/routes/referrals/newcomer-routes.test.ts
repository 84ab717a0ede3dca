import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it, vi } from 'vitest';
import { describeOnEngines } from '../../db/test-engines.ts';
import { emlFileNotifier } from '../../referrals/notifier.ts';
import { createTestDirectory, recordingNotifier, submissionBody, type TestDirectory } from '../../referrals/test-fixtures.ts';
import type { ReferralReceipt } from '../../../shared/referrals/referral-contract.ts';
import { createTestApi } from './test-app.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});

describeOnEngines('the newcomer referral routes', ({ database }) => {
  const api = () => createTestApi(database(), fixture.source, recordingNotifier());

  it('POST /api/referrals answers 201 with a receipt, then 200 with the same referral for a replay, 409 for the key with another body', async () => {
    const body = submissionBody(fixture.services.a.id);
    const created = await api().request('POST', '/api/referrals', { body });
    const receipt = (await created.json()) as ReferralReceipt;
    const replayed = await api().request('POST', '/api/referrals', { body });
    const reused = await api().request('POST', '/api/referrals', { body: { ...body, name: 'Someone Else' } });

    expect(created.status).toBe(201);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    expect(receipt).toEqual({ referenceCode: expect.any(String), statusToken: expect.any(String), status: 'requested' });
    expect(replayed.status).toBe(200);
    expect(((await replayed.json()) as ReferralReceipt).referenceCode).toBe(receipt.referenceCode);
    expect(reused.status).toBe(409);
    expect(await reused.json()).toEqual({ error: expect.stringContaining('idempotency key') });
  });

  it('GET the status page shows no personal field; withdrawing erases the person', async () => {
    const created = await api().request('POST', '/api/referrals', { body: submissionBody(fixture.services.a.id) });
    const { statusToken } = (await created.json()) as ReferralReceipt;

    const page = await api().request('GET', `/api/referrals/status/${statusToken}`);
    const text = await page.text();
    expect(page.status).toBe(200);
    expect(text).not.toMatch(/Amal|Haddad|519[ -]?555[ -]?0142|Evenings/);
    const withdrawn = await api().request('POST', `/api/referrals/status/${statusToken}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ status: 'cancelled', withdrawn: true });

    for (const token of ['nope', 'x'.repeat(43), '%00', 'a'.repeat(500)]) {
      const missing = await api().request('GET', `/api/referrals/status/${token}`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('refuses bad bodies with a readable 4xx, naming the fields', async () => {
    const valid = submissionBody(fixture.services.a.id);
    const cases: [unknown, number, RegExp][] = [
      [{ ...valid, organization_id: 'org-00002' }, 400, /Unrecognized key.*organization_id/],
      [{ ...valid, status: 'accepted' }, 400, /"path":"status"/],
      [{ ...valid, id: 'f00' }, 400, /Unrecognized key.*\\"id\\"/],
      [{ ...valid, name: 'Am\u0000al' }, 400, /name/],
      [{ ...valid, name: 'Am\ud800al' }, 400, /name/],
      [{ ...valid, name: '   ' }, 400, /name/],
      [{ ...valid, contact: {} }, 400, /contact/],
      [{ ...valid, consent: { ...(valid.consent as object), agreed: false } }, 400, /consent/],
      [{ ...valid, consent: { ...(valid.consent as object), textVersion: '1999' } }, 400, /consent\.textVersion/],
      [{ ...valid, needCategories: ['health'] }, 400, /healthAgreed/],
      [{ ...valid, note: 'x'.repeat(501) }, 400, /note/],
      [{ ...valid, idempotencyKey: 42 }, 400, /idempotencyKey/],
      [{ ...valid, serviceId: 'svc-gone' }, 404, /service/],
      [{ ...valid, serviceId: fixture.services.unlisted.id }, 404, /service/],
      [[valid], 400, /body/],
      [null, 400, /body/],
      ['{"name": ', 400, /JSON/],
      [{ ...valid, note: 'x'.repeat(20_000) }, 413, /too large/],
    ];
    for (const [body, status, message] of cases) {
      const answer = await api().request('POST', '/api/referrals', { body });
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(JSON.stringify(await answer.json())).toMatch(message);
    }
    const asText = await api().request('POST', '/api/referrals', { body: JSON.stringify(valid), headers: { 'Content-Type': 'text/plain' } });
    expect(asText.status).toBe(415);
    expect(await db().selectFrom('referrals').select('id').execute()).toHaveLength(0);
  });

  it('takes names and notes in any script', async () => {
    const body = submissionBody(fixture.services.a.id, { name: 'أمل 👩🏽‍🎓 Ñandú', note: 'ሰላም — नमस्ते\nزوجي أيضاً' });
    const created = await api().request('POST', '/api/referrals', { body });
    expect(created.status).toBe(201);
  });

  it('writes the intake notice as an .eml file with the reference code and a link, and no personal data', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'guichet-outbox-'));
    const withFiles = createTestApi(database(), fixture.source, emlFileNotifier(outbox));
    const created = await withFiles.request('POST', '/api/referrals', { body: submissionBody(fixture.services.a.id) });
    const { referenceCode } = (await created.json()) as ReferralReceipt;

    const file = await vi.waitFor(() => readdirSync(outbox).find((name) => name.endsWith('.eml')) ?? Promise.reject(new Error('no mail yet')));
    const raw = readFileSync(join(outbox, file), 'utf8');
    const mail = raw.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    expect(mail).toMatch(/^From: .*\nTo: info@[a-z-]+\.example\.org\n/ms);
    expect(mail).toContain(referenceCode);
    expect(mail).toContain('https://guichet.example.org/inbox/');
    expect(mail).not.toMatch(/Amal|Haddad|519[ -]?555[ -]?0142|Evenings/);
  });

  it('logs a failed notice with the referral id only, never the address', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = { send: () => Promise.reject(Object.assign(new Error('550 mailbox amal.haddad@example.net unknown'), { code: 'EENVELOPE' })) };
    const created = await createTestApi(database(), fixture.source, failing).request('POST', '/api/referrals', { body: submissionBody(fixture.services.a.id) });

    expect(created.status).toBe(201);
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    const logged = errors.mock.calls.flat().join(' ');
    errors.mockRestore();
    expect(logged).toMatch(/EENVELOPE/);
    expect(logged).not.toMatch(/amal|haddad|550/i);
  });

  const db = () => database().db;
}, { fresh: 'test' });
