/**
 * Personal data never reaches the logs. Distinctive details are planted in referrals that live
 * their whole life through the assembled server (submitted, replayed, refused, listed, moved,
 * forwarded, withdrawn, referred by an agency, rejected, purged), with failures on the way: mail
 * that bounces quoting its recipient, database errors whose text quotes the values. Everything
 * written to console and to stdout/stderr meanwhile is captured and searched.
 */
import type { KyselyPlugin } from 'kysely';
import { expect, it, vi } from 'vitest';
import { TestBrowser, TestClock } from '../auth/test-support.ts';
import type { GuichetDatabase } from '../db/database.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import type { MailMessage, Notifier } from '../referrals/notifier.ts';
import { schedulePurge } from '../referrals/purge-closed-referrals.ts';
import { assembleApi, plantedA, plantedB, plantedStrings, plantedSubmission, signInAs } from './api-test-kit.ts';

/** Everything console and the process streams are given while it runs. */
function captureOutput() {
  const lines: string[] = [];
  const spies = (['log', 'error', 'warn', 'info', 'debug', 'trace'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? `${arg.name}: ${arg.message}\n${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    }),
  );
  const streams = [process.stdout, process.stderr].map((stream) => {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...args: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    return () => {
      stream.write = original;
    };
  });
  return {
    lines,
    stop() {
      for (const spy of spies) spy.mockRestore();
      for (const restore of streams) restore();
    },
  };
}

/** A database whose next query fails with an error quoting the values it was given, as a driver's can. */
function faultyDatabase(database: GuichetDatabase) {
  let failure: Error | null = null;
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (failure) {
        const error = failure;
        failure = null;
        throw error;
      }
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return {
    database: { ...database, db: database.db.withPlugin(plugin) } satisfies GuichetDatabase,
    failNextQuery(error: Error) {
      failure = error;
    },
  };
}

const quotingError = (values: string[]) =>
  Object.assign(new Error(`insert into "referrals" failed for row (${values.map((value) => `'${value}'`).join(', ')})\nDETAIL: Key (person_name)=(${values[0]}) already exists.\n  values: ${values.join(' | ')}`), {
    code: 'E_CANARY',
  });

/** Mail that bounces every time, quoting the recipient and the subject, as SMTP servers do. */
function bouncingNotifier(): Notifier & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      throw Object.assign(new Error(`550 5.1.1 <${message.to}>: Recipient address rejected (${message.subject})`), {
        code: sent.length % 2 === 0 ? 'EENVELOPE' : undefined,
        response: `550 <${message.to}>`,
      });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describeOnEngines('the log canary', ({ database, db }) => {
  it('finds no planted name, phone, e-mail, note or status token in anything logged during a referral’s whole life', async () => {
    const clock = new TestClock('2026-12-01T09:00:00.000Z');
    const faulty = faultyDatabase(database());
    const notifier = bouncingNotifier();
    const { app, fixture, orgA, orgB } = await assembleApi(faulty.database, { notifier, auth: { now: clock.now } });
    const { services } = fixture;
    const staffA = (await signInAs(app, db(), { organizationIds: [orgA] }, '198.51.100.21')).browser;
    const staffBAccount = await signInAs(app, db(), { organizationIds: [orgB] }, '198.51.100.22');
    const staffB = staffBAccount.browser;
    const newcomer = new TestBrowser(app, 'https://guichet.example', '198.51.100.23');
    const secrets: string[] = [];

    const capture = captureOutput();
    try {
      // Submitted, replayed, and its key reused with other details.
      const body = plantedSubmission(services.a.id, plantedA);
      const submitted = await newcomer.post('/api/referrals', body);
      expect(submitted.status).toBe(201);
      const receipt = (await submitted.json()) as { referenceCode: string; statusToken: string };
      const replay = await newcomer.post('/api/referrals', body);
      expect(replay.status).toBe(200);
      const replayed = (await replay.json()) as { statusToken: string };
      secrets.push(receipt.statusToken, replayed.statusToken);
      expect((await newcomer.post('/api/referrals', { ...body, name: plantedB.name })).status).toBe(409);

      // Refused on the way in: invalid, cross-site, too large, not JSON.
      expect((await newcomer.post('/api/referrals', plantedSubmission(services.a.id, plantedA, { fsa: plantedA.name }))).status).toBe(400);
      expect((await newcomer.post('/api/referrals', plantedSubmission(services.a.id, plantedA, { contact: { phone: plantedA.email } }))).status).toBe(400);
      expect((await newcomer.post('/api/referrals', plantedSubmission('no-such-service', plantedA))).status).toBe(404);
      const crossSite = await newcomer.request('/api/referrals', { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' } });
      expect(crossSite.status).toBe(403);
      expect((await newcomer.post('/api/referrals', plantedSubmission(services.a.id, plantedA, { note: plantedA.note.repeat(400) }))).status).toBe(413);
      expect((await newcomer.post('/api/auth/login', { email: plantedA.email, password: plantedA.note })).status).toBe(401);

      // Failures on our side, with error texts that quote the person: logged without them.
      faulty.failNextQuery(quotingError(plantedStrings(plantedA)));
      const failedSubmit = await newcomer.post('/api/referrals', plantedSubmission(services.a.id, plantedA));
      expect(failedSubmit.status).toBe(500);
      faulty.failNextQuery(quotingError(plantedStrings(plantedA)));
      const failedLogin = await newcomer.post('/api/auth/login', { email: plantedA.email, password: 'a-long-enough-password' });
      expect(failedLogin.status).toBe(500);
      faulty.failNextQuery(quotingError(plantedStrings(plantedA)));
      expect((await newcomer.request(`/api/referrals/status/${receipt.statusToken}`)).status).toBe(500);

      // The receiving organization works it, and forwards it to B with notes that name the person.
      const inbox = (await (await staffA.request('/api/inbox')).json()) as { items: { id: string; referenceCode: string }[] };
      const id = inbox.items.find((item) => item.referenceCode === receipt.referenceCode)!.id;
      expect((await staffA.request(`/api/inbox/${id}`)).status).toBe(200);
      expect((await staffA.post(`/api/inbox/${id}/transition`, { to: 'accepted', note: `Spoke to ${plantedA.name} on ${plantedA.phone}` })).status).toBe(200);
      const forwarded = await staffA.post(`/api/inbox/${id}/forward`, { serviceId: services.b.id, note: `${plantedA.note} (${plantedA.email})` });
      expect(forwarded.status).toBe(200);
      const inboxB = (await (await staffB.request('/api/inbox?status=requested')).json()) as { items: { id: string; forwardedFromId: string | null }[] };
      const forwardedId = inboxB.items.find((item) => item.forwardedFromId === id)!.id;
      for (const to of ['accepted', 'in-progress', 'on-hold', 'in-progress']) {
        expect((await staffB.post(`/api/inbox/${forwardedId}/transition`, { to, note: `Update for ${plantedA.name}` })).status).toBe(200);
      }
      expect((await staffB.post(`/api/inbox/${forwardedId}/transition`, { to: 'requested' })).status).toBe(409);
      expect((await newcomer.request(`/api/referrals/status/${replayed.statusToken}`)).status).toBe(200);
      expect((await newcomer.request(`/api/referrals/status/${receipt.statusToken}`)).status).toBe(404); // replaced by the replay's token

      // Withdrawn by the newcomer: erased along the chain.
      expect((await newcomer.post(`/api/referrals/status/${replayed.statusToken}/withdraw`)).status).toBe(200);
      expect((await newcomer.post(`/api/referrals/status/${replayed.statusToken}/withdraw`)).status).toBe(200);

      // An agency referral for a client, rejected, then purged after the retention period.
      const agencyBody = { ...plantedSubmission(services.b.id, plantedB), referringOrganizationId: orgA };
      const agency = await staffA.post('/api/inbox/referrals', agencyBody);
      expect(agency.status).toBe(201);
      const agencyReceipt = (await agency.json()) as { referenceCode: string; statusToken: string };
      secrets.push(agencyReceipt.statusToken);
      expect((await staffA.post('/api/inbox/referrals', { ...agencyBody, note: plantedA.note })).status).toBe(409);
      const inboxB2 = (await (await staffB.request('/api/inbox')).json()) as { items: { id: string; referenceCode: string }[] };
      const agencyId = inboxB2.items.find((item) => item.referenceCode === agencyReceipt.referenceCode)!.id;
      expect((await staffB.post(`/api/inbox/${agencyId}/transition`, { to: 'rejected', reason: 'no_capacity', note: `No room for ${plantedB.name}` })).status).toBe(200);
      await settle();

      clock.advanceMinutes(400 * 24 * 60);
      // A purge run that fails on an error quoting the person, then one that erases.
      faulty.failNextQuery(quotingError(plantedStrings(plantedB)));
      const failedRun = schedulePurge({ db: faulty.database.db, now: clock.now, retentionDays: 365, everyMs: 60 * 60 * 1000 });
      await vi.waitFor(() => expect(capture.lines.join('\n')).toContain('Retention purge failed'));
      failedRun();
      const stop = schedulePurge({ db: faulty.database.db, now: clock.now, retentionDays: 365, everyMs: 60 * 60 * 1000 });
      await vi.waitFor(async () => {
        const row = await db().selectFrom('referrals').select('purged_at').where('id', '=', agencyId).executeTakeFirstOrThrow();
        expect(row.purged_at).not.toBeNull();
      });
      stop();
      // A year on, the session has long ended: signed in again to look.
      expect((await staffB.signIn(staffBAccount.email)).status).toBe(200);
      const afterPurge = (await (await staffB.request(`/api/inbox/${agencyId}`)).json()) as { person: unknown };
      expect(afterPurge.person).toBeNull();
      await settle();
    } finally {
      capture.stop();
    }

    const logged = capture.lines.join('\n');
    // The capture saw what the server logged: bounced mail, the failures, the purge.
    expect(logged).toContain('Referral notice not sent');
    expect(logged).toContain('Referral route failed: POST /api/referrals');
    expect(logged).toContain('Request failed: POST /api/auth/login');
    expect(logged).toContain('Retention purge erased the personal details of');
    expect(notifier.sent.some((message) => message.to === plantedA.email)).toBe(true);

    const lowered = logged.toLowerCase();
    const found = [...plantedStrings(plantedA), ...plantedStrings(plantedB), ...secrets].filter((value) => lowered.includes(value.toLowerCase()));
    expect(found, logged).toEqual([]);
  }, 60_000);
});
