/** The security headers, on API answers and on the app shell; HSTS only when the request came over https. */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { fileDirectorySource } from '../directory-source.ts';
import { tempDist } from './api-test-kit.ts';

describe('security headers', () => {
  const directory = fileDirectorySource('data/demo/london-middlesex.json');
  const distDir = tempDist();

  function expectHeaders(response: Response, label: string) {
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp, label).toContain("object-src 'none'");
    expect(csp, label).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(csp, label).toContain("default-src 'self'");
    expect(csp, label).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*(;|$| )/);
    expect(response.headers.get('X-Content-Type-Options'), label).toBe('nosniff');
    expect(response.headers.get('Referrer-Policy'), label).toBe('no-referrer');
  }

  const requests = [
    { label: 'an API answer', path: '/api/health', type: /application\/json/ },
    { label: 'an API error', path: '/api/inbox', type: /application\/json/ },
    { label: 'the HTML shell', path: '/', type: /text\/html/ },
    { label: 'a page of the shell', path: '/service/svc-1', type: /text\/html/ },
  ];

  it('are on API answers and on the HTML shell; HSTS only when the request came over https', async () => {
    const plain = createApp({ directory, distDir });
    const proxied = createApp({ directory, distDir, auth: { trustProxy: true } });
    const publicHttps = createApp({ directory, distDir, auth: { publicOrigin: 'https://guichet.example.org' } });
    const publicHttp = createApp({ directory, distDir, auth: { publicOrigin: 'http://localhost:8080' } });
    for (const { label, path, type } of requests) {
      const cases: { app: typeof plain; url: string; headers: Record<string, string>; hsts: boolean; why: string }[] = [
        { app: plain, url: `http://guichet.example${path}`, headers: {}, hsts: false, why: 'plain http' },
        { app: plain, url: `http://guichet.example${path}`, headers: { 'X-Forwarded-Proto': 'https' }, hsts: false, why: 'X-Forwarded-Proto from a client, no proxy trusted' },
        { app: proxied, url: `http://guichet.example${path}`, headers: { 'X-Forwarded-Proto': 'https' }, hsts: true, why: 'behind a trusted proxy that terminated https' },
        { app: proxied, url: `http://guichet.example${path}`, headers: { 'X-Forwarded-Proto': 'http' }, hsts: false, why: 'behind a trusted proxy over http' },
        { app: publicHttps, url: `http://10.0.0.5:8080${path}`, headers: {}, hsts: true, why: 'PUBLIC_ORIGIN is https' },
        { app: publicHttp, url: `http://localhost:8080${path}`, headers: { 'X-Forwarded-Proto': 'https' }, hsts: false, why: 'PUBLIC_ORIGIN is http on localhost' },
      ];
      for (const { app, url, headers, hsts, why } of cases) {
        const response = await app.request(url, { headers });
        const what = `${label} (${path}), ${why}`;
        expect(response.headers.get('Content-Type'), what).toMatch(type);
        expectHeaders(response, what);
        expect(response.headers.get('Strict-Transport-Security'), what).toBe(hsts ? 'max-age=31536000' : null);
      }
    }
  });
});
