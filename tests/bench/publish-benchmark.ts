/**
 * Publish to phones: how long from a provider's "Publish" until the region's new bundle (with its
 * new ETag) is what `/api/directory` serves, and how large that bundle is, at 1k and 60k
 * services on each engine. The target is the issue's: visible on a phone that reloads within 5 s.
 *
 * `npx tsx tests/bench/publish-benchmark.ts [--engine sqlite|postgres] [--services 1000,60000]`
 * (also part of `npm run bench`).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import type { Engine } from '../../src/server/db/database.ts';
import { createThrowawayDatabase, findReachablePostgres } from '../../src/server/db/throwaway-database.ts';
import { saveDraft } from '../../src/server/listings/listing-drafts.ts';
import { checkListings, importListings } from '../../src/server/listings/listing-import.ts';
import { readEditableListing } from '../../src/server/listings/listing-drafts.ts';
import { publishDraft, type ListingActor } from '../../src/server/listings/listing-versions.ts';
import { publishedDirectory } from '../../src/server/listings/published-directory.ts';
import { percentile } from './keystroke-latency.ts';
import { formatTable, kilobytes, milliseconds, verdict } from './report-format.ts';

const TARGET_MS = 5000;
const PUBLISHES = 12;
const actor: ListingActor = { id: 'bench', name: 'Bench', email: 'bench@agency.example' };

interface Figures {
  engine: Engine;
  services: number;
  importSeconds: number;
  firstBuildMs: number;
  rawBytes: number;
  gzipBytes: number;
  publishMs: number[];
}

async function measure(engine: Engine, services: number, postgresUrl: string | null): Promise<Figures> {
  const directory = generateDirectory({ seed: 20_250_101, serviceCount: services });
  const throwaway = await createThrowawayDatabase(engine, { postgresUrl });
  const { db } = throwaway.database;
  try {
    const { listings } = checkListings(directory);
    const importStart = performance.now();
    await importListings(db, directory.region, listings, { id: 'import', name: 'Bench import', email: null }, new Date().toISOString());
    const importSeconds = (performance.now() - importStart) / 1000;

    const buildStart = performance.now();
    const source = await publishedDirectory(db, directory.region.id, { pollMs: 3_600_000 });
    const firstBuildMs = performance.now() - buildStart;
    const publishMs: number[] = [];
    for (let round = 0; round < PUBLISHES; round += 1) {
      const organizationId = listings[(round * 7) % listings.length]!.organization.id;
      const editable = await readEditableListing(db, organizationId);
      const document = structuredClone(editable.document!);
      document.organization.description = `Edited in round ${round}`;
      await saveDraft(db, organizationId, document, editable.latestVersion, actor, new Date().toISOString());
      const etag = source.current().etag;
      // From the click on "Publish" to the new bundle being what phones are served.
      const start = performance.now();
      await publishDraft(db, organizationId, actor, new Date().toISOString());
      await source.refresh();
      publishMs.push(performance.now() - start);
      if (source.current().etag === etag) throw new Error('The bundle did not change after a publish.');
    }
    const bundle = source.current();
    source.stop();
    return { engine, services, importSeconds, firstBuildMs, rawBytes: Buffer.byteLength(bundle.json), gzipBytes: bundle.gzipped.length, publishMs };
  } finally {
    await throwaway.dispose();
  }
}

export async function runPublishBenchmark({ sizes = [1_000, 60_000], engines }: { sizes?: number[]; engines?: Engine[] } = {}): Promise<string[]> {
  const postgresUrl = await findReachablePostgres();
  const rows: string[][] = [];
  const lines: string[] = [];
  for (const engine of engines ?? (['sqlite', 'postgres'] as const)) {
    if (engine === 'postgres' && !postgresUrl) {
      lines.push('Publish on PostgreSQL: skipped, none reachable at 127.0.0.1:5432 (database test).');
      continue;
    }
    for (const services of sizes) {
      const figures = await measure(engine, services, postgresUrl);
      rows.push([
        engine,
        services.toLocaleString('en'),
        kilobytes(figures.rawBytes),
        kilobytes(figures.gzipBytes),
        `${figures.importSeconds.toFixed(1)} s`,
        milliseconds(figures.firstBuildMs),
        milliseconds(percentile(figures.publishMs, 0.5)),
        milliseconds(Math.max(...figures.publishMs)),
        verdict(Math.max(...figures.publishMs) <= TARGET_MS),
      ]);
    }
  }
  return [
    `Publish to phones (${PUBLISHES} publishes of one organization each; from "Publish" to the new bundle and ETag being served):`,
    formatTable(['engine', 'services', 'bundle', 'gzip', 'import', 'first build ms', 'publish p50 ms', 'publish max ms', `target ≤ ${TARGET_MS} ms`], rows),
    ...lines,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { engine: { type: 'string' }, services: { type: 'string' } } });
  const engines = values.engine ? [values.engine as Engine] : undefined;
  const sizes = values.services ? values.services.split(',').map(Number) : undefined;
  for (const line of await runPublishBenchmark({ ...(engines && { engines }), ...(sizes && { sizes }) })) console.log(line);
}
