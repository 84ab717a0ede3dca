/**
 * HSDS exchange benchmark: a generated region of 60,000 services exported as HSDS JSON and as
 * the tabular datapackage from its live listings on SQLite, and each format imported into an
 * empty region (the file read and every row checked, then all listings written in one
 * transaction), as the admin import does. Checks on the way that the two imports export the
 * same text. Prints a table; there is no target to miss.
 *
 *   npx tsx tests/bench/hsds-benchmark.ts [--services N]
 *
 * At 60,000 services the whole run takes a few minutes and about 3 GB of memory.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import { createThrowawayDatabase } from '../../src/server/db/throwaway-database.ts';
import { commitImport, prepareImport, type Upload } from '../../src/server/hsds/exchange-import.ts';
import { datapackageZip } from '../../src/server/hsds/hsds-datapackage.ts';
import { hsdsJsonText } from '../../src/server/hsds/hsds-document.ts';
import { liveDirectory } from '../../src/server/hsds/live-listings.ts';
import type { Region } from '../../src/shared/schema/directory.ts';
import { count, formatTable, megabytes } from './report-format.ts';

const SEED = 20_250_101;
const AT = '2026-11-01T12:00:00.000Z';
const ACTOR = { id: 'bench', name: 'Benchmark import', email: null };

interface Row {
  step: string;
  seconds: number;
  bytes?: number;
}

async function timed<T>(rows: Row[], step: string, run: () => Promise<T> | T, size?: (result: T) => number): Promise<T> {
  const start = performance.now();
  const result = await run();
  rows.push({ step, seconds: (performance.now() - start) / 1000, ...(size && { bytes: size(result) }) });
  return result;
}

/** Reads, checks and writes one file into a fresh SQLite database; returns what that region exports. */
async function importInto(rows: Row[], label: string, upload: Upload, region: Region) {
  const throwaway = await createThrowawayDatabase('sqlite');
  try {
    const { db } = throwaway.database;
    const prepared = await timed(rows, `import ${label}: read + check`, () => prepareImport(db, region.id, upload));
    if (prepared.preview.errorCount > 0) throw new Error(`The ${label} export does not import: ${JSON.stringify(prepared.preview.errors.slice(0, 3))}`);
    const counts = await timed(rows, `import ${label}: write (${count(prepared.listings.length)} listings)`, () => commitImport(db, region, prepared, ACTOR, AT));
    if (counts.created !== prepared.listings.length) throw new Error(`Expected every listing new, got ${JSON.stringify(counts)}`);
    return { db, dispose: () => throwaway.dispose() };
  } catch (error) {
    await throwaway.dispose();
    throw error;
  }
}

export async function runHsdsBenchmark({ services = 60_000 }: { services?: number } = {}): Promise<string[]> {
  const directory = generateDirectory({ seed: SEED, serviceCount: services });
  const rows: Row[] = [];
  const json = hsdsJsonText(directory);
  const zip = datapackageZip(directory);

  const fromJson = await importInto(rows, 'JSON', { bytes: Buffer.from(json), format: 'json', fileName: 'hsds.json' }, directory.region);
  let exported: string;
  try {
    const live = await timed(rows, 'read live listings', async () => (await liveDirectory(fromJson.db, directory.region.id, AT))!);
    exported = await timed(rows, 'export JSON', () => hsdsJsonText(live), (text) => Buffer.byteLength(text));
    await timed(rows, 'export datapackage (zip)', () => datapackageZip(live), (bytes) => bytes.length);
  } finally {
    await fromJson.dispose();
  }
  const fromZip = await importInto(rows, 'datapackage', { bytes: zip, format: 'zip', fileName: 'datapackage.zip' }, directory.region);
  try {
    const again = hsdsJsonText((await liveDirectory(fromZip.db, directory.region.id, AT))!);
    if (again !== exported) throw new Error('The datapackage import does not export what the JSON import does.');
  } finally {
    await fromZip.dispose();
  }
  return [
    `HSDS exchange at ${count(services)} services (${count(directory.organizations.length)} organizations, ${count(directory.locations.length)} locations), SQLite; both imports export identical text:`,
    formatTable(['step', 'seconds', 'size'], rows.map((row) => [row.step, row.seconds.toFixed(1), row.bytes === undefined ? '' : megabytes(row.bytes)])),
    '',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { services: { type: 'string', default: '60000' } } });
  for (const line of await runHsdsBenchmark({ services: Number(values.services) })) console.log(line);
}
