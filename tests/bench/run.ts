/**
 * `npm run bench`: search speed, memory and typo tolerance of Guichet's index against plain
 * fuse.js, on seeded generated directories of 1k, 10k and 60k services, plus the download
 * sizes phones pay, the results map's figures (map-benchmark.ts) and the referral API under
 * load (referral-benchmark.ts), the LIP dashboard at 1M referrals (dashboard-benchmark.ts),
 * publishing to phones at 1k and 60k services (publish-benchmark.ts) and the HSDS exchange's
 * export and import at 60k services (hsds-benchmark.ts).
 * Prints figures next to their targets; a miss is reported, never fatal.
 */
import os from 'node:os';
import type Fuse from 'fuse.js';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import { buildSearchIndex, searchServices, type SearchIndex } from '../../src/shared/search/index.ts';
import { allTimings, meanOverSharedPrefixes, percentile, timeTyping, type TypingPlan } from './keystroke-latency.ts';
import { measureIndexInWorker } from './measure-index-memory.ts';
import { runLanguageBenchmark } from './language-benchmark.ts';
import { runMapBenchmark } from './map-benchmark.ts';
import { runReferralBenchmark } from './referral-benchmark.ts';
import { runDashboardBenchmark } from './dashboard-benchmark.ts';
import { runHsdsBenchmark } from './hsds-benchmark.ts';
import { runPublishBenchmark } from './publish-benchmark.ts';
import { createPlainFuse, type PlainRecord } from './plain-fuse.ts';
import { count, formatTable, kilobytes, megabytes, milliseconds, percent, verdict } from './report-format.ts';
import { demoBundleSize, homeFirstLoadSize, type SizeResult } from './transfer-sizes.ts';
import { scoreTypos, typoQueries, type TypoScore } from './typo-queries.ts';

const SEED = 20_250_101;
const QUERIES = ['employment', 'cours de français', 'emplyment servise', 'دروس اللغة الإنجليزية'];
const OURS_PLAN: TypingPlan = { runs: 7, keystrokeStep: 1 };
/** Plain fuse takes a good part of a second per keystroke at 60k: sample fewer there. */
const FUSE_PLANS: Record<number, TypingPlan> = {
  1_000: { runs: 3, keystrokeStep: 1 },
  10_000: { runs: 1, keystrokeStep: 1 },
  60_000: { runs: 1, keystrokeStep: 4 },
};
const SIZES = [1_000, 10_000, 60_000];
const TARGETS = { keystrokeP95Ms: 5, speedUp: 50, typoHitRate: 0.95, homeKb: 100, demoBundleKb: 150 };

interface QueryFigures {
  query: string;
  ours: number[];
  fuse: number[];
  speedUp: number;
}

interface SizeFigures {
  serviceCount: number;
  buildMs: number;
  heapBytes: number;
  arrayBufferBytes: number;
  queries: QueryFigures[];
  oursTypos: TypoScore;
  fuseTypos: TypoScore;
}

function typeWithOurs(index: SearchIndex, query: string, plan: TypingPlan) {
  return timeTyping(query, plan, (prefix) => searchServices(index, prefix), () => index.wordCache.clear());
}

function typeWithFuse(fuse: Fuse<PlainRecord>, query: string, plan: TypingPlan) {
  return timeTyping(query, plan, (prefix) => fuse.search(prefix, { limit: 50 }));
}

async function measureSize(serviceCount: number): Promise<SizeFigures> {
  const memory = await measureIndexInWorker({ seed: SEED, serviceCount });
  const directory = generateDirectory({ seed: SEED, serviceCount });

  // Ours is timed before fuse's index exists: a heap holding it makes every collection slower,
  // which the app's search worker, holding only our index, would not pay.
  const index = buildSearchIndex(directory);
  for (const query of QUERIES) typeWithOurs(index, query, { runs: 2, keystrokeStep: 1 }); // JIT warm-up
  const oursTimings = QUERIES.map((query) => typeWithOurs(index, query, OURS_PLAN));
  const oursTypos = scoreTypos(directory, (query) => searchServices(index, query, { limit: 5 }).hits.map((hit) => hit.serviceIndex));

  const fuse = createPlainFuse(directory);
  fuse.search('warm up', { limit: 50 });
  const fuseTimings = QUERIES.map((query) => typeWithFuse(fuse, query, FUSE_PLANS[serviceCount]!));
  const fuseTypos = scoreTypos(directory, (query) => fuse.search(query, { limit: 5 }).map((result) => result.refIndex));

  const queries = QUERIES.map((query, i) => {
    const [ours, plain] = [oursTimings[i]!, fuseTimings[i]!];
    return {
      query,
      ours: allTimings(ours),
      fuse: allTimings(plain),
      speedUp: meanOverSharedPrefixes(plain, ours) / meanOverSharedPrefixes(ours, plain),
    };
  });
  return { serviceCount, ...memory, queries, oursTypos, fuseTypos };
}

function printSize(figures: SizeFigures): void {
  console.log(`\n## ${count(figures.serviceCount)} services`);
  const memory = figures.heapBytes + figures.arrayBufferBytes;
  console.log(
    `index build ${milliseconds(figures.buildMs)} ms; worker memory ${megabytes(memory)} ` +
      `(JS heap ${megabytes(figures.heapBytes)} + typed arrays ${megabytes(figures.arrayBufferBytes)})\n`,
  );
  const rows = figures.queries.map(({ query, ours, fuse, speedUp }) => [
    query,
    String(ours.length),
    milliseconds(percentile(ours, 0.5)),
    milliseconds(percentile(ours, 0.95)),
    String(fuse.length),
    milliseconds(percentile(fuse, 0.5)),
    milliseconds(percentile(fuse, 0.95)),
    `${speedUp.toFixed(0)}×`,
  ]);
  console.log(formatTable(['keystroke latency (ms)', 'n', 'ours p50', 'ours p95', 'n', 'fuse p50', 'fuse p95', 'speed-up'], rows));
  const missed = (score: TypoScore) => (score.missed.length ? ` (missed: ${score.missed.join(', ')})` : '');
  console.log(`\ntypo hit@5 over ${typoQueries.length} misspelled queries:`);
  console.log(`  ours ${percent(figures.oursTypos.hitRate)}${missed(figures.oursTypos)}`);
  console.log(`  fuse ${percent(figures.fuseTypos.hitRate)}${missed(figures.fuseTypos)}`);
}

function sizeLine(label: string, result: SizeResult, targetKb: number): string {
  if ('skipped' in result) return `${label}: skipped (${result.skipped})`;
  const kb = result.bytes / 1024;
  return `${label}: ${kilobytes(result.bytes)} gzip, target ≤ ${targetKb} KB: ${verdict(kb <= targetKb)}  [${result.files.join(', ')}]`;
}

async function main(): Promise<void> {
  console.log(`# Guichet search benchmark\nseed ${SEED}, Node ${process.version}, ${os.cpus().length} CPUs, ${os.cpus()[0]?.model ?? ''}`);
  const all: SizeFigures[] = [];
  for (const serviceCount of SIZES) {
    const figures = await measureSize(serviceCount);
    printSize(figures);
    all.push(figures);
  }

  const largest = all.at(-1)!;
  const worstP95 = Math.max(...largest.queries.map(({ ours }) => percentile(ours, 0.95)));
  const smallestSpeedUp = Math.min(...largest.queries.map(({ speedUp }) => speedUp));
  const worstTypoRate = Math.min(...all.map(({ oursTypos }) => oursTypos.hitRate));
  console.log('\n## Targets');
  console.log(`keystroke p95 at ${count(largest.serviceCount)} (worst query): ${milliseconds(worstP95)} ms, target ≤ ${TARGETS.keystrokeP95Ms} ms: ${verdict(worstP95 <= TARGETS.keystrokeP95Ms)}`);
  console.log(`speed-up vs plain fuse at ${count(largest.serviceCount)} (worst query): ${smallestSpeedUp.toFixed(0)}×, target ≥ ${TARGETS.speedUp}×: ${verdict(smallestSpeedUp >= TARGETS.speedUp)}`);
  console.log(`typo hit@5 (worst size): ${percent(worstTypoRate)}, target ≥ ${percent(TARGETS.typoHitRate)}: ${verdict(worstTypoRate >= TARGETS.typoHitRate)}`);
  console.log(sizeLine('home route first load', homeFirstLoadSize(), TARGETS.homeKb));
  console.log(sizeLine('demo directory bundle', demoBundleSize(), TARGETS.demoBundleKb));
  runLanguageBenchmark();
  await runMapBenchmark();
  await runReferralBenchmark();
  for (const line of await runDashboardBenchmark()) console.log(line);
  for (const line of await runPublishBenchmark()) console.log(line);
  for (const line of await runHsdsBenchmark()) console.log(line);
}

await main();
