/**
 * Shared by the `import -- geo` tests: the real Statistics Canada boundary files (only ever read)
 * and broken copies of them written to scratch folders.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AreaCollection } from '../../shared/geo/geojson.ts';
import { projectRoot, scratchFolder } from './test-support.ts';

export const fsaFile = resolve(projectRoot, '../shared/data/geo/london-fsa-2021.geojson');
export const censusTractFile = resolve(projectRoot, '../shared/data/geo/london-census-tracts-2021.geojson');

export type SourceFeature = { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
export type SourceCollection = { type: string; features: SourceFeature[] };

/** A path in a fresh scratch folder for the import to write to. */
export async function createOutPath(name = 'fsa.geojson'): Promise<string> {
  return join(await scratchFolder(), 'out', name);
}

/** A copy of a real file, named as the original, with its text changed by `change`. */
export async function createBrokenText(original: string, change: (text: string) => string): Promise<string> {
  const path = join(await scratchFolder(), original.split('/').pop()!);
  await writeFile(path, change(await readFile(original, 'utf8')));
  return path;
}

/** A copy of a real file, named as the original, with its parsed content changed by `change`. */
export async function createBrokenCopy(original: string, change: (collection: SourceCollection) => unknown): Promise<string> {
  return createBrokenText(original, (text) => {
    const collection = JSON.parse(text) as SourceCollection;
    return JSON.stringify(change(collection) ?? collection);
  });
}

export async function readOutput(path: string): Promise<AreaCollection<{ kind: string; id: string; name?: string }>> {
  return JSON.parse(await readFile(path, 'utf8'));
}
