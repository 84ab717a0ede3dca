import { expect, it } from 'vitest';
import { createAuthTestApp, createTestAccount, GOOD_PASSWORD, seedTenancy, TestBrowser } from '../../auth/test-support.ts';
import { STAFF_NEED_TOTP } from '../../auth/sign-in.ts';
import { totpCodeAt } from '../../auth/totp.ts';
import { describeOnEngines } from '../../db/test-engines.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describeOnEngines('authenticator (TOTP)', ({ database, db }) => {
  it('enrols: a secret and otpauth URI first, active only once a code confirms it', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);

    const setup = await browser.post('/api/auth/totp/setup');
    const { secret, uri } = await setup.json();
    expect(uri).toBe(`otpauth://totp/Guichet:${encodeURIComponent(account.email)}?issuer=Guichet&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    expect((await db().selectFrom('users').select('totp_secret').where('id', '=', account.id).executeTakeFirstOrThrow()).totp_secret).toBeNull();

    const wrong = await browser.post('/api/auth/totp/confirm', { secret, code: '000000' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatch(/^code: is not the code your authenticator app shows now/);
    const confirmed = await browser.post('/api/auth/totp/confirm', { secret, code: totpCodeAt(secret, clock.now()) });
    expect(confirmed.status).toBe(200);
    expect((await confirmed.json()).user.totpEnabled).toBe(true);
  });

  it('asks for the code after the password, then signs in with it', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { totpSecret: SECRET });
    const browser = new TestBrowser(app);

    const firstStep = await browser.signIn(account.email);
    expect(firstStep.status).toBe(401);
    expect(await firstStep.json()).toEqual({ error: 'Enter the 6-digit code from your authenticator app.', totpRequired: true });
    expect(browser.cookies.size).toBe(0);
    const code = totpCodeAt(SECRET, clock.now());
    const secondStep = await browser.signIn(account.email, GOOD_PASSWORD, `${code.slice(0, 3)} ${code.slice(3)}`);
    expect(secondStep.status).toBe(200);
    expect((await browser.request('/api/auth/me')).status).toBe(200);
  });

  it('refuses a wrong code, and the same code a second time', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { totpSecret: SECRET });
    const wrong = await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, '123456');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ totpRequired: true, error: expect.stringMatching(/not right/) });

    const code = totpCodeAt(SECRET, clock.now());
    expect((await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, code)).status).toBe(200);
    const replay = await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, code);
    expect(replay.status).toBe(401);
    clock.advanceMinutes(1);
    expect((await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, totpCodeAt(SECRET, clock.now()))).status).toBe(200);
  });

  it('counts wrong codes against the sign-in throttle', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { totpSecret: SECRET });
    for (let attempt = 0; attempt < 5; attempt += 1) await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, '000000');
    expect((await new TestBrowser(app).signIn(account.email, GOOD_PASSWORD, '111111')).status).toBe(429);
  });

  it('needs a code from the current app to replace it', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { totpSecret: SECRET });
    const browser = new TestBrowser(app);
    await browser.signIn(account.email, GOOD_PASSWORD, totpCodeAt(SECRET, clock.now()));
    clock.advanceMinutes(1);
    const { secret } = await (await browser.post('/api/auth/totp/setup')).json();
    const withoutCurrent = await browser.post('/api/auth/totp/confirm', { secret, code: totpCodeAt(secret, clock.now()) });
    expect(withoutCurrent.status).toBe(400);
    expect((await withoutCurrent.json()).error).toMatch(/^currentCode: is required/);
    const replaced = await browser.post('/api/auth/totp/confirm', { secret, code: totpCodeAt(secret, clock.now()), currentCode: totpCodeAt(SECRET, clock.now()) });
    expect(replaced.status).toBe(200);
    expect((await db().selectFrom('users').select('totp_secret').where('id', '=', account.id).executeTakeFirstOrThrow()).totp_secret).toBe(secret);
  });

  it('in production, refuses staff without an authenticator with a 403 saying how to set one up', async () => {
    const { app } = createAuthTestApp(database(), { mode: 'production' });
    const staff = await createTestAccount(db(), { role: 'staff' });
    const response = await new TestBrowser(app).signIn(staff.email);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: STAFF_NEED_TOTP, totpEnrolmentRequired: true });
    expect(STAFF_NEED_TOTP).toMatch(/new invitation link/);
    // Coordinators and admins may still choose.
    const coordinator = await createTestAccount(db(), { role: 'coordinator' });
    expect((await new TestBrowser(app).signIn(coordinator.email)).status).toBe(200);
  });

  it('in production, has staff set up the authenticator while accepting their invitation', async () => {
    const { app, clock } = createAuthTestApp(database(), { mode: 'production' });
    const { orgA1 } = await seedTenancy(db());
    const admin = new TestBrowser(app);
    await admin.signIn((await createTestAccount(db(), { role: 'admin' })).email);
    const { invitationUrl } = await (await admin.post('/api/auth/invitations', { email: 'prod-staff@agency.example', role: 'staff', organizationId: orgA1 })).json();
    const token = new URLSearchParams(new URL(invitationUrl).hash.slice(1)).get('token');
    const invitee = new TestBrowser(app);
    const { invitation } = await (await invitee.post('/api/auth/invitations/inspect', { token })).json();
    expect(invitation.totp.required).toBe(true);

    const withoutTotp = await invitee.post('/api/auth/invitations/accept', { token, displayName: 'Prod', password: GOOD_PASSWORD });
    expect(withoutTotp.status).toBe(400);
    expect(await withoutTotp.json()).toMatchObject({ totpRequired: true });
    const totp = { secret: invitation.totp.secret, code: totpCodeAt(invitation.totp.secret, clock.now()) };
    const accepted = await invitee.post('/api/auth/invitations/accept', { token, displayName: 'Prod', password: GOOD_PASSWORD, totp });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).user.totpEnabled).toBe(true);

    clock.advanceMinutes(1);
    const signIn = await new TestBrowser(app).signIn('prod-staff@agency.example', GOOD_PASSWORD, totpCodeAt(invitation.totp.secret, clock.now()));
    expect(signIn.status).toBe(200);
  });
});
