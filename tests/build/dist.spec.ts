/**
 * The built app (`npm run build` first) is installable and has everything it needs offline.
 * Reads files in `dist/` only: no browser, no server.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strings } from '../helpers/strings.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const distPath = (url: string) => join(dist, url.replace(/^\//, ''));

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}
interface Manifest {
  name?: string;
  short_name?: string;
  start_url?: string;
  display?: string;
  theme_color?: string;
  icons?: ManifestIcon[];
}

function readManifest(): Manifest {
  return JSON.parse(readFileSync(distPath('manifest.webmanifest'), 'utf8')) as Manifest;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The URLs workbox-precaching was given in the built service worker. */
function precachedUrls(): string[] {
  const source = readFileSync(distPath('sw.js'), 'utf8');
  return [...source.matchAll(/"url"\s*:\s*"([^"]+)"/g)].map((match) => match[1]!.replace(/^\//, ''));
}

const assets = () => readdirSync(distPath('assets')).map((file) => `assets/${file}`);
/** The built chunk holding a language's strings, found by a string only that language has. */
const localeChunk = (lang: 'fr' | 'ar') => {
  const marker = strings(lang).t('app.skipToContent');
  return assets().filter((file) => file.endsWith('.js') && readFileSync(distPath(file), 'utf8').includes(marker));
};

test.describe('web app manifest', () => {
  test('names the app, starts at the root, runs standalone and has a theme colour', () => {
    const manifest = readManifest();
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.short_name!.length, 'short enough for a home screen').toBeLessThanOrEqual(12);
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{3,8}$/i);
  });

  for (const size of [192, 512]) {
    test(`has a ${size}×${size} PNG icon that exists in dist`, () => {
      const icon = readManifest().icons?.find((candidate) => candidate.sizes?.split(' ').includes(`${size}x${size}`) && !candidate.purpose?.includes('maskable'));
      expect(icon, `an icon of ${size}x${size}`).toBeDefined();
      expect(existsSync(distPath(icon!.src)), `${icon!.src} in dist`).toBe(true);
      expect(pngSize(distPath(icon!.src))).toEqual({ width: size, height: size });
    });
  }

  test('has a maskable icon that exists in dist', () => {
    const icon = readManifest().icons?.find((candidate) => candidate.purpose?.split(' ').includes('maskable'));
    expect(icon, 'a maskable icon').toBeDefined();
    expect(existsSync(distPath(icon!.src)), `${icon!.src} in dist`).toBe(true);
    const { width, height } = pngSize(distPath(icon!.src));
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(192);
  });
});

test.describe('service worker', () => {
  test('dist/sw.js exists and precaches the app shell', () => {
    expect(existsSync(distPath('sw.js'))).toBe(true);
    expect(precachedUrls()).toContain('index.html');
  });

  test('precaches the search worker chunk the app loads', () => {
    const worker = assets().filter((file) => /search\.worker[-.][\w-]*\.js$/.test(file));
    expect(worker, 'one search worker chunk in dist/assets').toHaveLength(1);
    expect(precachedUrls()).toContain(worker[0]);
    // The first load is the entry script and the modules it preloads: the bundler may move the
    // worker's reference into a chunk the entry shares with lazy pages.
    const html = readFileSync(distPath('index.html'), 'utf8');
    const firstLoad = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(firstLoad.length, 'index.html loads scripts from assets/').toBeGreaterThan(0);
    const workerName = worker[0]!.replace(/^assets\//, '');
    expect(firstLoad.filter((file) => readFileSync(distPath(file), 'utf8').includes(workerName)), 'a first-load script starts the worker').not.toEqual([]);
  });

  for (const lang of ['fr', 'ar'] as const) {
    test(`precaches the ${lang} strings chunk`, () => {
      const chunk = localeChunk(lang);
      expect(chunk, `one chunk in dist/assets with the ${lang} strings`).toHaveLength(1);
      expect(precachedUrls()).toContain(chunk[0]);
    });
  }

  // The map (MapLibre, its worker, the RTL text plugin) and the script fonts are big and not
  // every reader needs them: they are cached when first used, not downloaded by every phone.
  const cachedOnFirstUse = /(results-map|maplibre-gl-worker|mapbox-gl-rtl-text|ethiopic-400|gurmukhi-400)-/;

  test('precaches every script and style in dist/assets except the map and fonts, and only files that exist', () => {
    const precached = precachedUrls();
    for (const file of assets().filter((name) => /\.(js|css)$/.test(name) && !cachedOnFirstUse.test(name))) {
      expect(precached, `${file} precached`).toContain(file);
    }
    for (const url of precached) expect(existsSync(distPath(url)), `${url} in dist`).toBe(true);
  });

  test('leaves the map and the script fonts out of the precache', () => {
    const mapFiles = assets().filter((name) => cachedOnFirstUse.test(name));
    expect(mapFiles.length).toBeGreaterThan(0);
    for (const file of mapFiles) expect(precachedUrls()).not.toContain(file);
  });
});
