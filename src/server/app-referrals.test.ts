/**
 * The assembled server: a newcomer's referral reaches the right agency's inbox through real
 * sessions, and nobody else's.
 */
import { expect, it } from 'vitest';
import { createApp } from './app.ts';
import { describeOnEngines } from './db/test-engines.ts';
import { createTestAccount, FAST_PASSWORD_COST, TestBrowser } from './auth/test-support.ts';
import { defaultAuthSettings } from './auth/auth-settings.ts';
import { createOrganizationRowsFor, createTestDirectory, recordingNotifier, submissionBody } from './referrals/test-fixtures.ts';

describeOnEngines('referrals through the assembled server', ({ db, database }) => {
  async function createServer() {
    const { source, directory, services } = createTestDirectory();
    await createOrganizationRowsFor(db(), directory, [services.a, services.b]);
    const notifier = recordingNotifier();
    const app = createApp({ directory: source, database: database(), notifier, auth: { ...defaultAuthSettings, passwordCost: FAST_PASSWORD_COST, trustProxy: true } });
    return { app, services, notifier };
  }

  async function signIn(app: ReturnType<typeof createApp>, organizationId: string) {
    const account = await createTestAccount(db(), { organizationIds: [organizationId] });
    const browser = new TestBrowser(app);
    const response = await browser.post('/api/auth/login', { email: account.email, password: account.password });
    expect(response.status).toBe(200);
    return browser;
  }

  it('delivers a newcomer’s referral to the receiving agency, who accepts it', async () => {
    const { app, services, notifier } = await createServer();
    const newcomer = new TestBrowser(app);
    const submitted = await newcomer.post('/api/referrals', submissionBody(services.a.id));
    expect(submitted.status).toBe(201);
    const receipt = (await submitted.json()) as { referenceCode: string; statusToken: string };
    expect(notifier.sent).toHaveLength(1);

    const staff = await signIn(app, services.a.organization_id);
    const inbox = (await (await staff.request('/api/inbox')).json()) as { items: { id: string; referenceCode: string }[] };
    const item = inbox.items.find((entry) => entry.referenceCode === receipt.referenceCode)!;
    expect(item).toBeDefined();
    expect((await staff.post(`/api/inbox/${item.id}/transition`, { to: 'accepted' })).status).toBe(200);

    const status = (await (await newcomer.request(`/api/referrals/status/${receipt.statusToken}`)).json()) as { status: string };
    expect(status.status).toBe('accepted');
  });

  it('keeps one agency’s referrals out of another agency’s inbox', async () => {
    const { app, services } = await createServer();
    const submitted = (await (await new TestBrowser(app).post('/api/referrals', submissionBody(services.a.id))).json()) as { referenceCode: string };
    const otherStaff = await signIn(app, services.b.organization_id);
    const inbox = (await (await otherStaff.request('/api/inbox')).json()) as { items: { referenceCode: string }[] };
    expect(inbox.items.map((entry) => entry.referenceCode)).not.toContain(submitted.referenceCode);
  });

  it('refuses the inbox to someone not signed in', async () => {
    const { app } = await createServer();
    expect((await new TestBrowser(app).request('/api/inbox')).status).toBe(401);
  });
});
