import { expect, it } from 'vitest';
import { disableAccount } from '../../auth/accounts.ts';
import { createAuthTestApp, createTestAccount, seedTenancy, TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';

describeOnEngines('sessions', ({ database, db }) => {
  it('sets a __Host- cookie: HttpOnly, Secure, SameSite=Strict, Path=/, no lifetime of its own', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const response = await new TestBrowser(app).signIn(account.email);
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^__Host-guichet-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toMatch(/Expires|Max-Age|Domain/i);
  });

  it('names the cookie guichet-session, without Secure, on plain-http localhost', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app, 'http://localhost:8080');
    const [cookie] = (await browser.signIn(account.email)).headers.getSetCookie();
    expect(cookie).toMatch(/^guichet-session=/);
    expect(cookie).not.toContain('Secure');
    expect((await browser.request('/api/auth/me')).status).toBe(200);
  });

  it('stores only a hash of the session id', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);
    const token = browser.cookies.get('__Host-guichet-session');
    const stored = await db().selectFrom('sessions').select('id_hash').where('user_id', '=', account.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0]?.id_hash).not.toContain(token);
  });

  it('shows the caller without the password hash or the TOTP secret', async () => {
    const { app } = createAuthTestApp(database());
    const { orgA1, orgA2 } = await seedTenancy(db());
    const account = await createTestAccount(db(), { organizationIds: [orgA2, orgA1] });
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);
    const response = await browser.request('/api/auth/me');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({
      user: {
        id: account.id,
        email: account.email,
        displayName: 'Test Person',
        role: 'staff',
        regionId: null,
        organizations: [
          { id: orgA1, name: 'A1' },
          { id: orgA2, name: 'A2' },
        ],
        totpEnabled: false,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/argon2|password|secret/i);
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);
    const stolenCopy = new TestBrowser(app);
    stolenCopy.cookies.set('__Host-guichet-session', browser.cookies.get('__Host-guichet-session') as string);

    const logout = await browser.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    expect(browser.cookies.size).toBe(0);
    const replay = await stolenCopy.request('/api/auth/me');
    expect(replay.status).toBe(401);
    expect(await replay.json()).toEqual({ error: 'Please sign in to continue. Your session may have ended.' });
    expect(await db().selectFrom('sessions').select('id_hash').where('user_id', '=', account.id).execute()).toEqual([]);
  });

  it('ends every session of an account that is disabled', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const [laptop, phone] = [new TestBrowser(app), new TestBrowser(app)];
    await laptop.signIn(account.email);
    await phone.signIn(account.email);

    expect(await disableAccount(db(), account.email, clock.now())).toEqual({ sessionsEnded: 2 });
    expect((await laptop.request('/api/auth/me')).status).toBe(401);
    expect((await phone.request('/api/auth/me')).status).toBe(401);
  });

  it('ends a session left idle longer than the idle timeout', async () => {
    const { app, clock } = createAuthTestApp(database(), { sessionIdleMinutes: 30 });
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);

    clock.advanceMinutes(29);
    expect((await browser.request('/api/auth/me')).status).toBe(200);
    clock.advanceMinutes(29); // 58 minutes in, but used 29 minutes ago
    expect((await browser.request('/api/auth/me')).status).toBe(200);
    clock.advanceMinutes(30);
    const idle = await browser.request('/api/auth/me');
    expect(idle.status).toBe(401);
    expect(browser.cookies.size).toBe(0);
  });

  it('ends a session at its absolute limit however active it is', async () => {
    const { app, clock } = createAuthTestApp(database(), { sessionIdleMinutes: 30, sessionMaxHours: 2 });
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);
    for (let minutes = 20; minutes < 120; minutes += 20) {
      clock.advanceMinutes(20);
      expect((await browser.request('/api/auth/me')).status, `after ${minutes} minutes`).toBe(200);
    }
    clock.advanceMinutes(20);
    expect((await browser.request('/api/auth/me')).status).toBe(401);
    expect(await db().selectFrom('sessions').select('id_hash').where('user_id', '=', account.id).execute()).toEqual([]);
  });

  it('replaces the session when someone signs in again', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);
    const first = browser.cookies.get('__Host-guichet-session');
    await browser.signIn(account.email);
    expect(browser.cookies.get('__Host-guichet-session')).not.toBe(first);
    expect(await db().selectFrom('sessions').select('id_hash').where('user_id', '=', account.id).execute()).toHaveLength(1);
  });
});
