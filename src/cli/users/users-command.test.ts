import { expect, it } from 'vitest';
import { createAuthTestApp, createTestAccount, GOOD_PASSWORD, seedTenancy, TestBrowser } from '../../server/auth/test-support.ts';
import { describeOnEngines } from '../../server/db/test-engines.ts';
import type { GuichetDatabase } from '../../server/db/database.ts';
import { usersCommand } from './users-command.ts';

async function run(database: GuichetDatabase, args: string[]) {
  const { app, deps } = createAuthTestApp(database);
  const output: string[] = [];
  const errors: string[] = [];
  const code = await usersCommand(args, { deps, origin: 'https://guichet.example', print: (line) => output.push(line), printError: (line) => errors.push(line) });
  return { app, code, output: output.join('\n'), errors: errors.join('\n') };
}

const linkIn = (output: string) => output.match(/https:\/\/guichet\.example\/invitation#\S+/)?.[0] as string;
const fragmentOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1));

describeOnEngines('users command', ({ database, db }) => {
  it('create-admin prints a one-time link that makes an admin account', async () => {
    const { app, code, output } = await run(database(), ['create-admin', '--email', 'First.Admin@Example.org', '--name', 'Ada Admin']);
    expect(code).toBe(0);
    const link = linkIn(output);
    expect(fragmentOf(link).get('name')).toBe('Ada Admin');

    const invitee = new TestBrowser(app);
    const accepted = await invitee.post('/api/auth/invitations/accept', { token: fragmentOf(link).get('token'), displayName: 'Ada Admin', password: GOOD_PASSWORD });
    expect(accepted.status).toBe(201);
    expect((await accepted.json()).user).toMatchObject({ email: 'first.admin@example.org', role: 'admin' });
    expect((await new TestBrowser(app).post('/api/auth/invitations/accept', { token: fragmentOf(link).get('token'), displayName: 'Again', password: GOOD_PASSWORD })).status).toBe(410);
  });

  it('invites staff to an organization, and says what is missing or wrong', async () => {
    const { orgA1 } = await seedTenancy(db());
    const invited = await run(database(), ['invite', '--email', 'worker@agency.example', '--role', 'staff', '--organization', orgA1]);
    expect(invited.code).toBe(0);
    expect(invited.output).toContain('creates an account with the role staff');
    const { invitation } = await (await new TestBrowser(invited.app).post('/api/auth/invitations/inspect', { token: fragmentOf(linkIn(invited.output)).get('token') })).json();
    expect(invitation).toMatchObject({ email: 'worker@agency.example', role: 'staff', organization: { id: orgA1 } });

    expect(await run(database(), ['invite', '--email', 'x@agency.example', '--role', 'staff'])).toMatchObject({ code: 2, errors: expect.stringMatching(/^--organization is required/) });
    expect(await run(database(), ['invite', '--email', 'x@agency.example', '--role', 'boss'])).toMatchObject({ code: 2, errors: expect.stringMatching(/^--role must be one of/) });
    expect(await run(database(), ['invite', '--email', 'x@agency.example', '--role', 'staff', '--organization', 'no-such-org'])).toMatchObject({
      code: 1,
      errors: 'No organization has this id.',
    });
    expect(await run(database(), ['invite', '--role', 'admin'])).toMatchObject({ code: 2, errors: expect.stringMatching(/^--email is required/) });
  });

  it('disable ends every session of the account at once', async () => {
    const account = await createTestAccount(db());
    const { app } = createAuthTestApp(database());
    const browser = new TestBrowser(app);
    await browser.signIn(account.email);

    const disabled = await run(database(), ['disable', '--email', account.email.toUpperCase()]);
    expect(disabled).toMatchObject({ code: 0, output: 'Disabled. 1 session(s) ended.' });
    expect((await browser.request('/api/auth/me')).status).toBe(401);
    expect((await browser.signIn(account.email)).status).toBe(403);
    expect(await run(database(), ['disable', '--email', 'nobody@agency.example'])).toMatchObject({ code: 1, errors: 'No account has this email.' });
  });
});
