/**
 * What each interface language costs a phone: its strings chunk (`dist/assets/locale-<code>-*.js`,
 * gzipped; English ships inside the main bundle) and its first screen: the home route's first
 * load, plus the language's chunk and its fallback chain's, plus its script font (stylesheet
 * gzipped, woff2 as is: already compressed) for Tigrinya, Amharic and Punjabi.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { uiLanguages, type UiLanguage } from '../../src/shared/languages.ts';
import { homeFirstLoadSize } from './transfer-sizes.ts';

const root = new URL('../../', import.meta.url).pathname;
const assetsDirectory = join(root, 'dist/assets');

export interface LanguageSize {
  code: string;
  /** Gzip bytes of the language's own strings chunk; null for English (in the main bundle). */
  chunkBytes: number | null;
  /** Gzip bytes of the chunks of its fallback languages other than English. */
  fallbackBytes: number;
  /** Script font: stylesheet (gzip) plus the woff2 it points to. */
  fontBytes: number;
  /** Home first load + chunk + fallbacks + font. */
  firstScreenBytes: number;
  files: string[];
}

export type LanguageSizes = { homeBytes: number; languages: LanguageSize[] } | { skipped: string };

const gzipped = (file: string) => gzipSync(readFileSync(join(assetsDirectory, file))).length;
const rawSize = (file: string) => readFileSync(join(assetsDirectory, file)).length;

function localeChunk(assets: string[], code: string): string {
  // Hashes may hold dashes ("locale-es-BZYX7-xA.js"), so a name is told by its code alone, and a
  // longer code starting the same way ("zh" and "zh-Hans") keeps its own chunks.
  const isChunkOf = (name: string, of: string) => name.startsWith(`locale-${of}-`) && name.endsWith('.js');
  const longer = uiLanguages.filter((other) => other.code.startsWith(`${code}-`));
  const chunk = assets.find((name) => isChunkOf(name, code) && !longer.some((other) => isChunkOf(name, other.code)));
  if (!chunk) throw new Error(`dist/assets has no locale-${code}-*.js`);
  return chunk;
}

/** The script font's stylesheet and the woff2 file it names. */
function fontFiles(assets: string[], language: UiLanguage): string[] {
  if (!language.font) return [];
  const stylesheet = assets.find((name) => name.startsWith(`${language.font}-`) && name.endsWith('.css'));
  if (!stylesheet) throw new Error(`dist/assets has no ${language.font} stylesheet`);
  const css = readFileSync(join(assetsDirectory, stylesheet), 'utf8');
  const woff2 = [...css.matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((match) => match[1]!.split('/').at(-1)!);
  return [stylesheet, ...new Set(woff2)];
}

export function languageSizes(): LanguageSizes {
  const home = homeFirstLoadSize();
  if ('skipped' in home) return home;
  if (!existsSync(assetsDirectory)) return { skipped: 'dist/assets missing: run `npm run build` first' };
  const assets = readdirSync(assetsDirectory);
  try {
    const languages = uiLanguages.map((language): LanguageSize => {
      const own = language.code === 'en' ? null : localeChunk(assets, language.code);
      const fallbacks = language.fallback.filter((code) => code !== 'en').map((code) => localeChunk(assets, code));
      const fonts = fontFiles(assets, language);
      const chunkBytes = own === null ? null : gzipped(own);
      const fallbackBytes = fallbacks.reduce((sum, file) => sum + gzipped(file), 0);
      const fontBytes = fonts.reduce((sum, file) => sum + (file.endsWith('.css') ? gzipped(file) : rawSize(file)), 0);
      return {
        code: language.code,
        chunkBytes,
        fallbackBytes,
        fontBytes,
        firstScreenBytes: home.bytes + (chunkBytes ?? 0) + fallbackBytes + fontBytes,
        files: [...(own ? [own] : []), ...fallbacks, ...fonts],
      };
    });
    return { homeBytes: home.bytes, languages };
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}
