import { expect, it } from 'vitest';
import { createAuthTestApp, createTestAccount, GOOD_PASSWORD, TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';

describeOnEngines('sign-in', ({ database, db }) => {
  it('signs in with the right password and shows who is signed in', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { role: 'admin' });
    const browser = new TestBrowser(app);

    const response = await browser.signIn(account.email.toUpperCase());
    expect(response.status).toBe(200);
    expect((await response.json()).user).toMatchObject({ id: account.id, email: account.email, role: 'admin', totpEnabled: false });
    const me = await browser.request('/api/auth/me');
    expect(me.status).toBe(200);
    expect((await me.json()).user.id).toBe(account.id);
  });

  it('answers a wrong password and an unknown email with the same words', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app);

    const wrongPassword = await browser.signIn(account.email, 'not-the-password-at-all');
    const unknownEmail = await browser.signIn('nobody-here@agency.example', GOOD_PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(await wrongPassword.json()).toEqual({ error: 'The email or password is not right.' });
    expect(await unknownEmail.json()).toEqual({ error: 'The email or password is not right.' });
    expect(browser.cookies.size).toBe(0);
    expect((await browser.request('/api/auth/me')).status).toBe(401);
  });

  it('spends as long on an unknown email as on a wrong password', async () => {
    // A cost high enough that hashing dominates the request, so skipping it would show.
    const passwordCost = { memoryKib: 16384, passes: 2, parallelism: 1 };
    const { app } = createAuthTestApp(database(), { passwordCost });
    const account = await createTestAccount(db(), { passwordCost });
    const timeOf = async (email: string, round: number) => {
      const browser = new TestBrowser(app, 'https://guichet.example', `198.51.100.${round}`);
      const started = performance.now();
      const response = await browser.signIn(email, `wrong-password-${round}`);
      expect(response.status).toBe(401);
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 8; round += 1) {
      // Fresh emails each round for the unknown path; the known account is kept under its throttle limit.
      if (round % 2 === 0) await db().deleteFrom('login_attempts').execute();
      wrong.push(await timeOf(account.email, round));
      unknown.push(await timeOf(`unknown-${round}@agency.example`, round + 100));
    }
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.6);
    expect(median(unknown)).toBeLessThan(median(wrong) * 1.6);
  });

  it('pauses an account after 5 failures with 429 and Retry-After, even from new addresses', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await new TestBrowser(app, 'https://guichet.example', `192.0.2.${attempt}`).signIn(account.email, 'wrong-password-again');
      expect(response.status).toBe(401);
    }
    const blocked = await new TestBrowser(app, 'https://guichet.example', '192.0.2.99').signIn(account.email);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('Retry-After'))).toBe(15 * 60);
    expect((await blocked.json()).error).toBe('Too many failed sign-in attempts. Wait 15 minutes before trying again.');

    clock.advanceMinutes(15);
    expect((await new TestBrowser(app).signIn(account.email)).status).toBe(200);
  });

  it('forgives an account its failures once it signs in', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const browser = new TestBrowser(app, 'https://guichet.example', '192.0.2.50');
    for (let attempt = 0; attempt < 4; attempt += 1) await browser.signIn(account.email, 'mistyped-password');
    expect((await browser.signIn(account.email)).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt += 1) expect((await browser.signIn(account.email, 'mistyped-password')).status).toBe(401);
    expect((await browser.signIn(account.email)).status).toBe(200);
  });

  it('pauses an address after 20 failures across many emails, without pausing others', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    const guesser = new TestBrowser(app, 'https://guichet.example', '203.0.113.66');
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await guesser.signIn(`guess-${attempt}@agency.example`, 'a-guessed-password')).status).toBe(401);
    }
    const blocked = await guesser.signIn(account.email);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('Retry-After')).toBe('900');
    expect((await new TestBrowser(app, 'https://guichet.example', '203.0.113.67').signIn(account.email)).status).toBe(200);
  });

  it('refuses a disabled account even with its password', async () => {
    const { app, clock } = createAuthTestApp(database());
    const account = await createTestAccount(db());
    await db().updateTable('users').set({ disabled_at: clock.now().toISOString() }).where('id', '=', account.id).execute();
    const response = await new TestBrowser(app).signIn(account.email);
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/disabled/);
  });

  it('rehashes a password made with an older cost at the next sign-in', async () => {
    const { app, settings } = createAuthTestApp(database(), { passwordCost: { memoryKib: 128, passes: 1, parallelism: 1 } });
    const account = await createTestAccount(db());
    expect((await new TestBrowser(app).signIn(account.email)).status).toBe(200);
    const { password_hash } = await db().selectFrom('users').select('password_hash').where('id', '=', account.id).executeTakeFirstOrThrow();
    expect(password_hash).toMatch(new RegExp(`^\\$argon2id\\$v=19\\$m=${settings.passwordCost.memoryKib},t=1,p=1\\$`));
  });
});
