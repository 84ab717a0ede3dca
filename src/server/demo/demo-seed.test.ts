import { expect, it } from 'vitest';
import { createAuthTestApp, TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';
import { demoAccounts, seedDemo } from './demo-seed.ts';

describeOnEngines('demo seed', ({ database, db }) => {
  it('creates the demo region, its organizations and accounts that can sign in', async () => {
    const { app, deps } = createAuthTestApp(database());
    expect(await seedDemo(deps)).toEqual(demoAccounts.map((account) => account.email));

    expect(await db().selectFrom('regions').select(['id', 'name']).execute()).toEqual([{ id: 'london-middlesex', name: 'London & Middlesex' }]);
    expect((await db().selectFrom('organizations').select('id').execute()).length).toBeGreaterThan(10);
    for (const account of demoAccounts) {
      const response = await new TestBrowser(app).signIn(account.email, account.password);
      expect(response.status, account.email).toBe(200);
      const { user } = await response.json();
      expect(user.role).toBe(account.role);
      expect(user.organizations.map((organization: { id: string }) => organization.id)).toEqual(account.organizationIds);
      if (account.role === 'coordinator') expect(user.regionId).toBe('london-middlesex');
    }
  });

  it('adds nothing the second time', async () => {
    const { deps } = createAuthTestApp(database());
    const before = await db().selectFrom('users').select('id').execute();
    expect(await seedDemo(deps)).toEqual([]);
    expect(await db().selectFrom('users').select('id').execute()).toEqual(before);
  });

  it('never seeds in production mode', async () => {
    const { deps } = createAuthTestApp(database(), { mode: 'production' });
    await expect(seedDemo(deps)).rejects.toThrow('Demo accounts are seeded only in demo mode (GUICHET_MODE=demo).');
  });
});
