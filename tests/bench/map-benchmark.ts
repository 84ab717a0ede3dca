/**
 * The map benchmark: how long the results map takes to show its first markers and what it
 * weighs, on the 160-service demo and on a generated 60,000-service directory, against the real
 * server and the built app in headless Chromium. See README.md for what each figure means.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import { percentile } from './keystroke-latency.ts';
import { mapChunkSizes } from './map-chunks.ts';
import { startServer } from './map-server.ts';
import { openMap, type MapOpeningFigures } from './map-timing.ts';
import { count, formatTable, kilobytes, megabytes, milliseconds, verdict } from './report-format.ts';

const root = new URL('../../', import.meta.url).pathname;
const SEED = 20_250_101;
const LARGE_SIZE = 60_000;
const RUNS = 3;
const DEMO_DIRECTORY = join(root, 'data/demo/london-middlesex.json');

interface Scenario {
  label: string;
  runs: MapOpeningFigures[];
}

function distDirectory(): string {
  const distDir = resolve(root, process.env.DIST_DIR ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.log(`${distDir} has no built app: running \`npm run build\``);
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  return distDir;
}

function writeLargeDirectory(directory: string): string {
  const file = join(directory, `directory-${LARGE_SIZE}.json`);
  writeFileSync(file, JSON.stringify(generateDirectory({ seed: SEED, serviceCount: LARGE_SIZE })));
  return file;
}

async function measureDirectory(browser: Browser, directoryFile: string, distDir: string, label: string): Promise<Scenario[]> {
  const server = await startServer(directoryFile, distDir);
  try {
    const scenarios: Scenario[] = [];
    for (const how of ['address', 'toggle'] as const) {
      const runs: MapOpeningFigures[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await openMap(browser, server.url, how));
      scenarios.push({ label: `${label}, ${how === 'address' ? '/search?view=map' : 'list → Map button'}`, runs });
    }
    return scenarios;
  } finally {
    await server.stop();
  }
}

function printScenarios(scenarios: Scenario[]): void {
  const p50 = (values: number[]) => percentile(values, 0.5);
  const rows = scenarios.map(({ label, runs }) => [
    label,
    String(runs.length),
    milliseconds(p50(runs.map((run) => run.appReadyMs))),
    milliseconds(p50(runs.map((run) => run.toMarkersMs))),
    milliseconds(Math.max(...runs.map((run) => run.toMarkersMs))),
    megabytes(p50(runs.map((run) => run.heapBytes))),
  ]);
  console.log(formatTable(['map opening', 'n', 'app ready p50 (ms)', 'to markers p50 (ms)', 'max (ms)', 'JS heap p50'], rows));
}

function printChunks(distDir: string): void {
  const chunks = mapChunkSizes(distDir);
  console.log(`map chunk: ${kilobytes(chunks.gzipBytes)} gzip  [${chunks.files.map((file) => `${file.name} ${kilobytes(file.gzipBytes)}`).join(', ')}]`);
  const outside = chunks.inFirstLoad.length === 0;
  console.log(`map chunk outside the first load: ${verdict(outside)}${outside ? '' : `  [in it: ${chunks.inFirstLoad.join(', ')}]`}`);
}

export async function runMapBenchmark(): Promise<void> {
  console.log(`\n## Map: ${RUNS} runs per opening, headless Chromium 1280×800, service workers blocked\n`);
  const distDir = distDirectory();
  printChunks(distDir);

  const temporary = mkdtempSync(join(tmpdir(), 'guichet-map-bench-'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const demoSize = (JSON.parse(readFileSync(DEMO_DIRECTORY, 'utf8')) as { services: unknown[] }).services.length;
    const demo = await measureDirectory(browser, DEMO_DIRECTORY, distDir, `demo (${count(demoSize)})`);
    const large = await measureDirectory(browser, writeLargeDirectory(temporary), distDir, `generated (${count(LARGE_SIZE)})`);
    console.log('');
    printScenarios([...demo, ...large]);
  } finally {
    await browser.close();
    rmSync(temporary, { recursive: true, force: true });
  }
}
