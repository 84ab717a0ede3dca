import { expect, it } from 'vitest';
import { createAuthTestApp, createTestAccount, GOOD_PASSWORD, seedTenancy, TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';

type TestApp = ReturnType<typeof createAuthTestApp>['app'];

async function signedInAs(app: TestApp, email: string) {
  const browser = new TestBrowser(app);
  expect((await browser.signIn(email)).status).toBe(200);
  return browser;
}

const tokenOf = (invitationUrl: string) => new URLSearchParams(new URL(invitationUrl).hash.slice(1)).get('token') as string;

describeOnEngines('invitations', ({ database, db }) => {
  it('lets an admin invite staff; the invitee sets a name and password and is signed in', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);

    const created = await admin.post('/api/auth/invitations', { email: 'New.Person@Agency.example', role: 'staff', organizationId: orgA1 });
    expect(created.status).toBe(201);
    const { invitationUrl, expiresAt } = await created.json();
    expect(invitationUrl).toMatch(/^https:\/\/guichet\.example\/invitation#token=[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toBe('2026-03-05T09:00:00.000Z');
    const stored = await db().selectFrom('invitations').select(['token_hash', 'email']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ token_hash: expect.stringMatching(/^[0-9a-f]{64}$/), email: 'new.person@agency.example' });

    const invitee = new TestBrowser(app);
    const inspected = await invitee.post('/api/auth/invitations/inspect', { token: tokenOf(invitationUrl) });
    expect((await inspected.json()).invitation).toMatchObject({
      email: 'new.person@agency.example',
      role: 'staff',
      organization: { id: orgA1, name: 'A1' },
      resetsAccount: false,
      totp: { required: false, secret: expect.stringMatching(/^[A-Z2-7]{32}$/), uri: expect.stringMatching(/^otpauth:\/\/totp\//) },
    });
    const accepted = await invitee.post('/api/auth/invitations/accept', { token: tokenOf(invitationUrl), displayName: 'Nadia', password: GOOD_PASSWORD });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).user).toMatchObject({ email: 'new.person@agency.example', displayName: 'Nadia', role: 'staff', organizations: [{ id: orgA1 }] });
    expect((await invitee.request('/api/auth/me')).status).toBe(200);
    expect((await new TestBrowser(app).signIn('new.person@agency.example')).status).toBe(200);
  });

  it('uses an invitation once', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const { invitationUrl } = await (await admin.post('/api/auth/invitations', { email: 'once@agency.example', role: 'staff', organizationId: orgA1 })).json();
    const acceptance = { token: tokenOf(invitationUrl), displayName: 'Once', password: GOOD_PASSWORD };

    expect((await new TestBrowser(app).post('/api/auth/invitations/accept', acceptance)).status).toBe(201);
    const again = await new TestBrowser(app).post('/api/auth/invitations/accept', { ...acceptance, password: 'another-long-password-9' });
    expect(again.status).toBe(410);
    expect((await again.json()).error).toBe('This invitation has already been used. Sign in, or ask for a new invitation.');
    expect((await new TestBrowser(app).signIn('once@agency.example', 'another-long-password-9')).status).toBe(401);
  });

  it('refuses an expired invitation and an unknown token', async () => {
    const { app, clock } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const { invitationUrl } = await (await admin.post('/api/auth/invitations', { email: 'late@agency.example', role: 'staff', organizationId: orgA1 })).json();

    clock.advanceMinutes(72 * 60);
    const expired = await new TestBrowser(app).post('/api/auth/invitations/accept', { token: tokenOf(invitationUrl), displayName: 'Late', password: GOOD_PASSWORD });
    expect(expired.status).toBe(410);
    expect((await expired.json()).error).toMatch(/expired/);
    const unknown = await new TestBrowser(app).post('/api/auth/invitations/inspect', { token: 'A'.repeat(43) });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/not valid/);
  });

  it('refuses short and common passwords with a reason', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const { invitationUrl } = await (await admin.post('/api/auth/invitations', { email: 'weak@agency.example', role: 'staff', organizationId: orgA1 })).json();
    const accept = (password: string) => new TestBrowser(app).post('/api/auth/invitations/accept', { token: tokenOf(invitationUrl), displayName: 'Weak', password });

    const short = await accept('short-pass');
    expect(short.status).toBe(400);
    expect((await short.json()).error).toBe('password: Choose a password of at least 12 characters.');
    const common = await accept('Password1234');
    expect(common.status).toBe(400);
    expect((await common.json()).error).toMatch(/^password: This password is one of the first an attacker would try/);
    expect((await accept(GOOD_PASSWORD)).status).toBe(201);
  });

  it('refuses a display name with control characters, such as NUL', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const { invitationUrl } = await (await admin.post('/api/auth/invitations', { email: 'nul@agency.example', role: 'staff', organizationId: orgA1 })).json();
    const response = await new TestBrowser(app).post('/api/auth/invitations/accept', { token: tokenOf(invitationUrl), displayName: 'Na\u0000dia', password: GOOD_PASSWORD });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'displayName: must not contain control characters' });
  });

  it('lets a coordinator invite staff to organizations of their own region only', async () => {
    const { app } = createAuthTestApp(database());
    const { regionA, orgA2, orgB1 } = await seedTenancy(db());
    const coordinator = await signedInAs(app, (await createTestAccount(db(), { role: 'coordinator', regionId: regionA })).email);

    expect((await coordinator.post('/api/auth/invitations', { email: 'a2@agency.example', role: 'staff', organizationId: orgA2 })).status).toBe(201);
    const otherRegion = await coordinator.post('/api/auth/invitations', { email: 'b1@agency.example', role: 'staff', organizationId: orgB1 });
    expect(otherRegion.status).toBe(403);
    expect(await otherRegion.json()).toEqual({ error: 'You can invite staff only to organizations in your own region.' });
    const admin = await coordinator.post('/api/auth/invitations', { email: 'boss@agency.example', role: 'admin' });
    expect(admin.status).toBe(403);
    const peer = await coordinator.post('/api/auth/invitations', { email: 'peer@agency.example', role: 'coordinator', regionId: regionA });
    expect(peer.status).toBe(403);
  });

  it('refuses invitations from staff and from people not signed in', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const staff = await signedInAs(app, (await createTestAccount(db(), { organizationIds: [orgA1] })).email);
    const invitation = { email: 'friend@agency.example', role: 'staff', organizationId: orgA1 };
    expect((await staff.post('/api/auth/invitations', invitation)).status).toBe(403);
    expect((await new TestBrowser(app).post('/api/auth/invitations', invitation)).status).toBe(401);
    expect(await db().selectFrom('invitations').select('email').where('email', '=', 'friend@agency.example').execute()).toEqual([]);
  });

  it('refuses an invitation that sets fields it does not take, or lacks the organization', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1, regionA } = await seedTenancy(db());
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const extra = await admin.post('/api/auth/invitations', { email: 'x@agency.example', role: 'staff', organizationId: orgA1, regionId: regionA });
    expect(extra.status).toBe(400);
    expect((await extra.json()).error).toBe('The request has a field that cannot be set here: regionId');
    const missing = await admin.post('/api/auth/invitations', { email: 'x@agency.example', role: 'staff' });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toBe('organizationId: is required');
    const role = await admin.post('/api/auth/invitations', { email: 'x@agency.example', role: 'owner' });
    expect(role.status).toBe(400);
    expect((await role.json()).error).toBe('role: must be one of: staff, coordinator, admin');
  });

  it('lets an admin reset an existing account by invitation, ending its sessions', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1 } = await seedTenancy(db());
    const account = await createTestAccount(db(), { organizationIds: [orgA1] });
    const oldSession = await signedInAs(app, account.email);
    const admin = await signedInAs(app, (await createTestAccount(db(), { role: 'admin' })).email);
    const created = await admin.post('/api/auth/invitations', { email: account.email, role: 'staff', organizationId: orgA1 });
    const { invitationUrl, resetsAccount } = await created.json();
    expect(resetsAccount).toBe(true);

    const newPassword = 'a-brand-new-passphrase';
    const accepted = await new TestBrowser(app).post('/api/auth/invitations/accept', { token: tokenOf(invitationUrl), displayName: 'Same Person', password: newPassword });
    expect((await accepted.json()).user.id).toBe(account.id);
    expect((await oldSession.request('/api/auth/me')).status).toBe(401);
    expect((await new TestBrowser(app).signIn(account.email, newPassword)).status).toBe(200);
  });
});
