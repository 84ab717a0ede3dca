/**
 * What a phone downloads: the home route's first load (the JS and CSS `dist/index.html`
 * pulls in directly, not the chunks loaded later) and the demo directory bundle, gzipped as
 * a server would send them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url).pathname;
const distDirectory = join(root, 'dist');
const demoBundle = join(root, 'data/demo/london-middlesex.json');

export type SizeResult = { bytes: number; files: string[] } | { skipped: string };

function gzippedSize(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** URLs of the entry script, module preloads and stylesheets of an HTML page. */
export function firstLoadAssets(html: string): string[] {
  const assets: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel')?.toLowerCase();
    if (isScript && attribute(tag, 'type') === 'module' && attribute(tag, 'src')) assets.push(attribute(tag, 'src')!);
    if (!isScript && (rel === 'modulepreload' || rel === 'stylesheet') && attribute(tag, 'href')) assets.push(attribute(tag, 'href')!);
  }
  return assets.filter((url) => !/^(https?:)?\/\//.test(url));
}

export function homeFirstLoadSize(): SizeResult {
  const indexHtml = join(distDirectory, 'index.html');
  if (!existsSync(indexHtml)) return { skipped: 'dist/index.html missing: run `npm run build` first' };
  const files = firstLoadAssets(readFileSync(indexHtml, 'utf8')).map((url) => join(distDirectory, url.replace(/^\.?\//, '')));
  const missing = files.find((file) => !existsSync(file));
  if (missing) return { skipped: `${missing} is referenced by dist/index.html but missing` };
  return { bytes: files.reduce((sum, file) => sum + gzippedSize(file), 0), files: files.map((file) => file.slice(root.length)) };
}

export function demoBundleSize(): SizeResult {
  if (!existsSync(demoBundle)) return { skipped: 'data/demo/london-middlesex.json missing: run `npm run generate` first' };
  return { bytes: gzippedSize(demoBundle), files: ['data/demo/london-middlesex.json'] };
}
