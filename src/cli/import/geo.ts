/**
 * `npm run import -- geo fsa FILE` and `npm run import -- geo ct FILE`: Statistics Canada
 * boundary files (FSAs, census tracts) checked feature by feature and written as compact,
 * normalized GeoJSON for maps and offline "which area am I in" lookups. As with directories, one
 * invalid feature stops the import with nothing written, unless `--skip-invalid`.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatAreaCollection } from '../../shared/geo/geojson.ts';
import type { CommandIo, ImportKind, ImportOptions } from './command.ts';
import { writeFileAtomically } from '../write-file-atomically.ts';
import { readBoundaries } from './geo-features.ts';
import { boundarySources, isBoundaryKind } from './geo-sources.ts';
import { formatReport, ImportReport, plural } from './report.ts';

const print = (stream: CommandIo['stderr'], lines: string[]) => stream.write(lines.map((line) => `${line}\n`).join(''));

export const geoImportKind: ImportKind = {
  summary: 'Statistics Canada boundary GeoJSON: `geo fsa FILE` (CFSAUID) or `geo ct FILE` (CTUID); writes var/geo/<fsa|ct>.geojson',
  subkinds: Object.keys(boundarySources),
  defaultOut: (subkind) => `var/geo/${subkind}.geojson`,
  run: runGeoImport,
};

export async function runGeoImport(options: ImportOptions, io: CommandIo): Promise<number> {
  const { inputPath, outPath, subkind } = options;
  if (!isBoundaryKind(subkind)) {
    print(io.stderr, [`geo needs the kind of boundaries before the file: ${Object.keys(boundarySources).join(' or ')}.`]);
    return 2;
  }
  const source = boundarySources[subkind];
  let text: string;
  try {
    text = await readFile(inputPath, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    print(io.stderr, [`Cannot read ${inputPath}: ${why}. Nothing was written.`]);
    return 1;
  }
  const report = new ImportReport();
  const features = readBoundaries(text, basename(inputPath), source, report);
  if (report.hasErrors && !options.skipInvalid) {
    print(io.stderr, [
      `Import of ${inputPath} failed; ${outPath} was not touched.`,
      ...formatReport(report, { includeSkipped: false }),
      'Fix these features, or run again with --skip-invalid to import the valid features only.',
    ]);
    return 1;
  }
  if (features.length === 0) {
    // An empty file would erase every boundary the app draws, so it is never written.
    print(io.stderr, [`Nothing to import from ${inputPath}; ${outPath} was not touched.`, ...formatReport(report, { includeSkipped: false })]);
    return 1;
  }
  try {
    await writeFileAtomically(outPath, formatAreaCollection({ type: 'FeatureCollection', features }));
  } catch (error) {
    print(io.stderr, [`Cannot write ${outPath}: ${(error as Error).message}`]);
    return 1;
  }
  print(io.stdout, [`Imported ${inputPath} (geo ${subkind}): ${plural(features.length, source.noun)}.`, `Wrote ${outPath}.`, ...formatReport(report)]);
  return 0;
}
