/**
 * The languages section of `npm run bench`: download size per interface language and its first
 * screen, and cross-language search hit@5 over the demo directory. See README.md.
 */
import { crossLanguageQueries } from './cross-language-queries.ts';
import { scoreCrossLanguage, type QueryOutcome } from './language-search.ts';
import { languageSizes } from './language-sizes.ts';
import { formatTable, kilobytes, milliseconds, percent, verdict } from './report-format.ts';

export const LANGUAGE_TARGETS = { hitRate: 0.9 };

function printSizes(): void {
  console.log('\n## Interface languages: download sizes (gzip; woff2 as served)');
  const sizes = languageSizes();
  if ('skipped' in sizes) {
    console.log(`skipped (${sizes.skipped})`);
    return;
  }
  console.log(`home route first load: ${kilobytes(sizes.homeBytes)} (English strings included)\n`);
  const rows = [...sizes.languages]
    .sort((a, b) => a.firstScreenBytes - b.firstScreenBytes)
    .map((size) => [
      size.code,
      size.chunkBytes === null ? 'in main' : kilobytes(size.chunkBytes),
      size.fallbackBytes ? kilobytes(size.fallbackBytes) : '-',
      size.fontBytes ? kilobytes(size.fontBytes) : '-',
      kilobytes(size.firstScreenBytes),
      size.files.join(', ') || '-',
    ]);
  console.log(formatTable(['language', 'strings chunk', 'fallback chunks', 'script font', 'first screen', 'files beyond the home load'], rows));
  const chunks = sizes.languages.flatMap((size) => (size.chunkBytes === null ? [] : [size.chunkBytes]));
  console.log(`\nstrings chunks: ${kilobytes(Math.min(...chunks))} to ${kilobytes(Math.max(...chunks))}, mean ${kilobytes(chunks.reduce((a, b) => a + b, 0) / chunks.length)}`);
}

function printSearch(): void {
  const { outcomes, elapsedMs, serviceCount } = scoreCrossLanguage();
  const languages = [...new Set(outcomes.map((outcome) => outcome.lang))];
  console.log(`\n## Cross-language search: hit@5 over ${outcomes.length} queries in ${languages.length} languages (${serviceCount}-service demo directory, ${milliseconds(elapsedMs)} ms)\n`);
  const rate = (list: QueryOutcome[]) => list.filter((outcome) => outcome.hit).length / list.length;
  const rows = languages.map((lang) => {
    const own = outcomes.filter((outcome) => outcome.lang === lang);
    return [lang, String(own.length), String(own.filter((outcome) => outcome.hit).length), percent(rate(own)), verdict(rate(own) >= LANGUAGE_TARGETS.hitRate)];
  });
  const kinds = (['plain', 'bare', 'typo'] as const).map((kind) => {
    const own = outcomes.filter((outcome) => outcome.kind === kind);
    return [`(${kind})`, String(own.length), String(own.filter((outcome) => outcome.hit).length), own.length ? percent(rate(own)) : '-', ''];
  });
  // Queries worded exactly as a taxonomy label or synonym test the word lists; the others, the engine.
  const wording = [true, false].map((taxonomyWording) => {
    const own = outcomes.filter((outcome) => outcome.taxonomyWording === taxonomyWording);
    return [taxonomyWording ? '(taxonomy wording)' : '(own wording)', String(own.length), String(own.filter((outcome) => outcome.hit).length), own.length ? percent(rate(own)) : '-', ''];
  });
  console.log(formatTable(['language', 'queries', 'hits', 'hit@5', `≥ ${percent(LANGUAGE_TARGETS.hitRate)}`], [...rows, ...kinds, ...wording]));
  const overall = rate(outcomes);
  console.log(`\ncross-language hit@5 overall: ${percent(overall)}, target ≥ ${percent(LANGUAGE_TARGETS.hitRate)}: ${verdict(overall >= LANGUAGE_TARGETS.hitRate)}`);
  const misses = outcomes.filter((outcome) => !outcome.hit);
  if (misses.length) {
    console.log(`misses (${misses.length}): query → expected term [first five results' terms]`);
    for (const miss of misses) console.log(`  ${miss.lang}${miss.kind === 'plain' ? '' : ` (${miss.kind})`}: ${miss.query} → ${miss.term} [${miss.topTerms.join(', ') || 'no results'}]`);
  }
}

export function runLanguageBenchmark(): void {
  if (crossLanguageQueries.length < 200) console.log(`warning: only ${crossLanguageQueries.length} cross-language queries`);
  printSizes();
  printSearch();
}
