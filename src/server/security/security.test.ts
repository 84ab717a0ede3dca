import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { fileDirectorySource } from '../directory-source.ts';
import { createAuthTestApp, createTestAccount, TestBrowser } from '../auth/test-support.ts';
import { describeOnEngines } from '../db/test-engines.ts';

const EXPECTED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).not.toContain('unsafe-eval');
  for (const [name, value] of Object.entries(EXPECTED_HEADERS)) expect(response.headers.get(name)).toBe(value);
  expect(response.headers.get('Permissions-Policy')).toContain('geolocation=(self)');
}

describeOnEngines('security', ({ database, db }) => {
  it('sends the security headers on API answers, errors included', async () => {
    const { app } = createAuthTestApp(database());
    for (const response of [
      await app.request('/api/health'),
      await app.request('/api/auth/me'),
      await app.request('/api/no-such-route'),
      await app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' }),
    ]) {
      expectSecurityHeaders(response);
    }
  });

  it('sends HSTS only when the request came over https', async () => {
    const { app } = createAuthTestApp(database());
    expect((await app.request('http://localhost/api/health')).headers.get('Strict-Transport-Security')).toBeNull();
    expect((await app.request('http://guichet.example/api/health', { headers: { 'X-Forwarded-Proto': 'https' } })).headers.get('Strict-Transport-Security')).toBe(
      'max-age=31536000',
    );
    const { app: behindHttpsOrigin } = createAuthTestApp(database(), { publicOrigin: 'https://guichet.example' });
    expect((await behindHttpsOrigin.request('http://10.0.0.5/api/health')).headers.get('Strict-Transport-Security')).toBe('max-age=31536000');
  });

  it('refuses a cross-site text/plain POST, even with a valid session cookie', async () => {
    const { app } = createAuthTestApp(database());
    const account = await createTestAccount(db(), { role: 'admin' });
    const victim = new TestBrowser(app);
    await victim.signIn(account.email);
    const forged = await victim.request('/api/auth/logout', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ error: 'This request came from another website and was refused. Use Guichet directly.' });
    expect((await victim.request('/api/auth/me')).status).toBe(200);
  });

  it('refuses a state change that is not JSON, even from this site', async () => {
    const { app } = createAuthTestApp(database());
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await app.request('https://guichet.example/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': contentType, Origin: 'https://guichet.example' },
        body: 'email=a@b.example&password=x',
      });
      expect(response.status, contentType).toBe(415);
      expect((await response.json()).error).toBe('Send this request as JSON, with the header Content-Type: application/json.');
    }
  });

  it('answers malformed bodies with 400 and a readable message, never a 500', async () => {
    const { app } = createAuthTestApp(database());
    const send = async (body: string) => {
      const response = await app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      return { status: response.status, error: (await response.json()).error };
    };
    expect(await send('{"email": ')).toEqual({ status: 400, error: 'The request body is not valid JSON.' });
    expect(await send('[]')).toEqual({ status: 400, error: 'The request must be an object' });
    expect(await send('{}')).toEqual({ status: 400, error: 'email: is required; password: is required' });
    expect(await send('{"email": "not-an-email", "password": 12}')).toEqual({ status: 400, error: 'email: must be an email address; password: must be a string' });
    expect(await send('{"email": "a@b.example", "password": "x", "totpCode": "12ab56"}')).toEqual({
      status: 400,
      error: 'totpCode: must be the 6 digits your authenticator app shows',
    });
    expect(await send('{"email": "a@b.example", "password": "x", "role": "admin"}')).toEqual({
      status: 400,
      error: 'The request has a field that cannot be set here: role',
    });
    expect(await send(JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(201) }))).toEqual({ status: 400, error: 'password: must be at most 200 characters' });
  });

  it('refuses a body over the size limit with 413', async () => {
    const { app } = createAuthTestApp(database());
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024) },
      body: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(100 * 1024 - 40) }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/too large/);
  });

  it('refuses a body over the size limit sent without a declared length, counting it as it arrives', async () => {
    const { app } = createAuthTestApp(database());
    const oversized = new TextEncoder().encode(JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(100 * 1024) }));
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({ start: (controller) => (controller.enqueue(oversized), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});

describe('security headers on the built app', () => {
  it('come with the app shell and its static files too', async () => {
    const distDir = mkdtempSync(join(tmpdir(), 'guichet-dist-'));
    mkdirSync(join(distDir, 'assets'));
    writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>shell</title>');
    writeFileSync(join(distDir, 'assets', 'app-1234.js'), 'console.log(1)');
    const app = createApp({ directory: fileDirectorySource('data/demo/london-middlesex.json'), distDir });
    for (const path of ['/', '/service/svc-1', '/assets/app-1234.js']) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response);
    }
  });
});
