import { Hono } from 'hono';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../db/test-engines.ts';
import { createTestDirectory, recordingNotifier, submissionBody, type TestDirectory } from '../../referrals/test-fixtures.ts';
import { referralRoutes } from './referral-routes.ts';

let fixture: TestDirectory;
beforeAll(() => {
  fixture = createTestDirectory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

it("leaves the server's other /api routes alone: their caching, their errors", async () => {
  const throwaway = await createTestDatabase('sqlite');
  const app = new Hono();
  app.route('/api', referralRoutes({ database: throwaway.database, directory: fixture.source, notifier: recordingNotifier(), publicUrl: 'https://guichet.example.org' }));
  app.get('/api/directory', (c) => c.json({ ok: true }, 200, { 'Cache-Control': 'no-cache' }));
  app.get('/api/broken', () => {
    throw new Error('not a referral failure');
  });
  app.onError((_error, c) => c.json({ error: 'the server answered' }, 500));

  expect((await app.request('/api/directory')).headers.get('Cache-Control')).toBe('no-cache');
  expect(await (await app.request('/api/broken')).json()).toEqual({ error: 'the server answered' });
  expect((await app.request('/api/referrals/status/x')).headers.get('Cache-Control')).toBe('no-store');
  await throwaway.dispose();
});

it('answers a failure on its side with a readable 500 and logs the route, never what the person sent', async () => {
  const throwaway = await createTestDatabase('sqlite');
  const app = new Hono().route(
    '/api',
    referralRoutes({ database: throwaway.database, directory: fixture.source, notifier: recordingNotifier(), publicUrl: 'https://guichet.example.org' }),
  );
  await throwaway.dispose();
  const logged: unknown[] = [];
  for (const method of ['error', 'warn', 'log'] as const) vi.spyOn(console, method).mockImplementation((...parts) => void logged.push(...parts));

  const answer = await app.request('/api/referrals', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(submissionBody(fixture.services.a.id, { name: 'Canary Person', contact: { email: 'canary@example.net' } })),
  });

  expect(answer.status).toBe(500);
  expect(await answer.json()).toEqual({ error: expect.any(String) });
  expect(logged.join(' ')).toMatch(/POST \/api\/referrals/);
  expect(logged.join(' ')).not.toMatch(/Canary|canary@/);
});
