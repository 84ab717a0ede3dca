/**
 * What opening the map costs in download: the lazily loaded map chunk (MapLibre and the map
 * code, its CSS, MapLibre's worker), gzipped as the server would send it, and a check that
 * none of it is part of the first load (`dist/index.html` and the scripts it loads directly).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeRegExp } from '../helpers/strings.ts';
import { firstLoadAssets } from './transfer-sizes.ts';

const MAP_ASSETS = [/^results-map-.*\.js$/, /^results-map-.*\.css$/, /^maplibre-gl-worker-.*\.mjs$/];

export interface MapChunkSizes {
  files: Array<{ name: string; gzipBytes: number }>;
  gzipBytes: number;
  /** Map assets the first load pulls in: should be none. */
  inFirstLoad: string[];
}

/** A file named in the first load: linked from the page, or imported statically by an entry script. */
function firstLoadMentions(distDir: string, name: string): boolean {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  if (html.includes(name)) return true;
  // `import "./x.js"` or `from "./x.js"` load with the entry; `import("./x.js")` waits until called.
  const staticImport = new RegExp(`(?:\\bimport|\\bfrom)\\s*["'][^"']*${escapeRegExp(name)}["']`);
  return firstLoadAssets(html)
    .filter((url) => url.endsWith('.js'))
    .some((url) => staticImport.test(readFileSync(join(distDir, url.replace(/^\.?\//, '')), 'utf8')));
}

export function mapChunkSizes(distDir: string): MapChunkSizes {
  const assetsDir = join(distDir, 'assets');
  if (!existsSync(assetsDir)) throw new Error(`${assetsDir} is missing: run \`npm run build\` first`);
  const names = readdirSync(assetsDir).filter((name) => MAP_ASSETS.some((pattern) => pattern.test(name)));
  const missing = MAP_ASSETS.filter((pattern) => !names.some((name) => pattern.test(name)));
  if (missing.length) throw new Error(`No map asset matching ${missing.join(', ')} in ${assetsDir}`);
  const files = names.map((name) => ({ name, gzipBytes: gzipSync(readFileSync(join(assetsDir, name))).length }));
  return {
    files,
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    inFirstLoad: names.filter((name) => firstLoadMentions(distDir, name)),
  };
}
