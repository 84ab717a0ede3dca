/**
 * Fonts for scripts that many phones cannot draw (Ethiopic for Tigrinya and Amharic, Gurmukhi
 * for Punjabi). Each is its own stylesheet chunk holding only that script's subset, fetched
 * only when such a language is chosen (and left out of the service worker's precache).
 */
import type { ScriptFont } from '../../shared/languages.ts';

const loaders: Record<ScriptFont, () => Promise<unknown>> = {
  ethiopic: () => import('@fontsource/noto-sans-ethiopic/ethiopic-400.css'),
  gurmukhi: () => import('@fontsource/noto-sans-gurmukhi/gurmukhi-400.css'),
};

export async function loadScriptFont(font: ScriptFont): Promise<void> {
  try {
    await loaders[font]();
  } catch {
    // Offline before the font was ever fetched: the phone's own fonts are tried instead.
  }
}
