import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../cli/generate/generate-directory.ts';
import { createApp } from './app.ts';
import { fileDirectorySource } from './directory-source.ts';
import { readEnv } from './env.ts';

function createTestApp() {
  const dir = mkdtempSync(join(tmpdir(), 'guichet-app-'));
  const directoryFile = join(dir, 'directory.json');
  writeFileSync(directoryFile, JSON.stringify(generateDirectory({ seed: 1, serviceCount: 30 })));
  const distDir = join(dir, 'dist');
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Guichet shell</title>');
  return { app: createApp({ directory: fileDirectorySource(directoryFile), distDir }), directoryFile };
}

describe('server', () => {
  it('serves the directory compressed, with an ETag', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/directory', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8'));
    expect(body.services).toHaveLength(30);
  });

  it('answers 304 with no body when the phone already has this version', async () => {
    const { app } = createTestApp();
    const etag = (await app.request('/api/directory')).headers.get('ETag')!;
    const again = await app.request('/api/directory', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves a new version after the file changes, and keeps the last good one if it breaks', async () => {
    const { app, directoryFile } = createTestApp();
    const first = (await app.request('/api/directory')).headers.get('ETag');
    writeFileSync(directoryFile, JSON.stringify(generateDirectory({ seed: 2, serviceCount: 31 })));
    const second = await app.request('/api/directory');
    expect(second.headers.get('ETag')).not.toBe(first);
    expect((await second.json()).services).toHaveLength(31);
    writeFileSync(directoryFile, '{ "broken": ');
    const third = await app.request('/api/directory');
    expect(third.status).toBe(200);
    expect((await third.json()).services).toHaveLength(31);
  });

  it('keeps the same ETag when only the generation time changed', async () => {
    const { app, directoryFile } = createTestApp();
    const first = (await app.request('/api/directory')).headers.get('ETag');
    const directory = generateDirectory({ seed: 1, serviceCount: 30 });
    writeFileSync(directoryFile, JSON.stringify({ ...directory, generated_at: '2030-01-01T00:00:00.000Z' }));
    expect((await app.request('/api/directory')).headers.get('ETag')).toBe(first);
  });

  it('answers an unknown API route with a readable 404', async () => {
    const { app } = createTestApp();
    const response = await app.request('/api/nothing-here', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'No API route POST /api/nothing-here' });
  });

  it('serves the app shell for any page so deep links work', async () => {
    const { app } = createTestApp();
    const response = await app.request('/service/svc-00001');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Guichet shell');
  });
});

describe('environment', () => {
  it('refuses a malformed port with a message naming it', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('defaults to the demo region on localhost', () => {
    const env = readEnv({ DIRECTORY_FILE: 'data/demo/london-middlesex.json' });
    expect(env).toMatchObject({ port: 8080, host: '127.0.0.1', directoryFile: 'data/demo/london-middlesex.json' });
  });
});
