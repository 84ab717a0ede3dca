/**
 * The bundle file (what `npm run import` wrote, else the demo region) is imported into the
 * region's listings when its version is new to the database: a fresh install starts with it,
 * and an operator's re-import replaces the region. Provider edits live in the database.
 */
import type { Directory } from '../../shared/schema/directory.ts';
import type { DirectorySource } from '../directory-source.ts';
import type { Db } from './listing-rows.ts';
import { checkListings, importListings, type ImportCounts } from './listing-import.ts';

export async function seedListingsFromFile(db: Db, directory: Directory, fileName: string, at: string): Promise<ImportCounts | null> {
  const release = await db.selectFrom('directory_releases').select('source_version').where('region_id', '=', directory.region.id).executeTakeFirst();
  if (release?.source_version === directory.version) return null;
  const { listings, problems } = checkListings(directory);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new Error(`${fileName} cannot be imported: organization ${first.organizationId}, ${first.path}: ${first.message} (${problems.length} problems)`);
  }
  const counts = await importListings(db, directory.region, listings, { id: 'import', name: `Import of ${fileName}`, email: null }, at);
  await db.updateTable('directory_releases').set({ source_version: directory.version }).where('region_id', '=', directory.region.id).execute();
  return counts;
}

/**
 * Re-imports the bundle file when an operator's `npm run import` replaces it while the server
 * runs, so a new import reaches phones without a restart. A broken new file is reported and
 * the previous listings stay (the file source keeps its last good copy).
 */
export function watchBundleFile(db: Db, source: DirectorySource, fileName: string, onImported: (regionId: string) => Promise<void>, intervalMs = 5000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const directory = source.current().value;
    seedListingsFromFile(db, directory, fileName, new Date().toISOString())
      .then(async (counts) => {
        if (!counts) return;
        console.log(`Listings: ${fileName} imported again (${describeCounts(counts)}).`);
        await onImported(directory.region.id);
      })
      .catch((error: unknown) => console.error(`Listings: ${fileName} not imported: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export const describeCounts = (counts: ImportCounts) => `${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged, ${counts.withdrawn} withdrawn`;
