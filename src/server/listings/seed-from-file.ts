/**
 * At start, the bundle file (what `npm run import` wrote, else the demo region) is imported into
 * the region's listings when its version is new to the database: a fresh install starts with
 * it, and an operator's re-import shows up on the next start. Later edits live in the database.
 */
import type { Directory } from '../../shared/schema/directory.ts';
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
