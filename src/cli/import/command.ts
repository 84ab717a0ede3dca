/**
 * `npm run import -- <kind> <path> [--skip-invalid] [--out FILE] [--region ID]`
 *
 * Reads a real data source, checks every row, and writes a complete directory bundle. Any invalid
 * row stops the import with nothing written, unless `--skip-invalid` asks to write the valid rows
 * and list the skipped ones. Exit codes: 0 written, 1 import failed, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { directorySchema } from '../../shared/schema/directory.ts';
import { buildDirectory } from './directory-file.ts';
import { writeFileAtomically } from '../write-file-atomically.ts';
import { censusImportKind } from './census.ts';
import { geoImportKind } from './geo.ts';
import { importHsds } from './hsds.ts';
import { importIrccFile } from './ircc.ts';
import type { ImportResult } from './records.ts';
import { DEFAULT_REGION_ID, findRegion, knownRegions, type KnownRegion } from '../../shared/regions.ts';
import { formatReport, ImportReport, plural } from './report.ts';
import { validateRecord } from './validate.ts';

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface ImportOptions {
  kind: string;
  /** For kinds with sub-kinds, the one named before the path (`geo fsa FILE`). */
  subkind?: string;
  inputPath: string;
  outPath: string;
  skipInvalid: boolean;
  region: KnownRegion;
}

/** One kind of source. Kinds that produce something other than a directory supply their own `run`. */
export interface ImportKind {
  summary: string;
  /** Sub-kinds, one of which is named between the kind and the path (`geo fsa FILE`). */
  subkinds?: readonly string[];
  /** Where the kind writes without --out, when that is not the directory bundle. */
  defaultOut?(subkind: string | undefined): string;
  run(options: ImportOptions, io: CommandIo): Promise<number>;
}

export const DEFAULT_OUT = 'var/directory.json';

const print = (stream: { write(text: string): unknown }, lines: string[]) => stream.write(lines.map((line) => `${line}\n`).join(''));

/** A kind whose reader yields directory records: validated, counted and written as the bundle. */
export function directoryImport(read: (options: ImportOptions) => Promise<ImportResult>): ImportKind['run'] {
  return async (options, io) => {
    let result: ImportResult;
    try {
      result = await read(options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or folder' : (error as Error).message;
      print(io.stderr, [`Cannot read ${options.inputPath}: ${why}. Nothing was written.`]);
      return 1;
    }
    const { records, report } = result;
    if (report.hasErrors && !options.skipInvalid) {
      print(io.stderr, [
        `Import of ${options.inputPath} failed; ${options.outPath} was not touched.`,
        ...formatReport(report, { includeSkipped: false }),
        'Fix these rows, or run again with --skip-invalid to import the valid rows only.',
      ]);
      return 1;
    }
    if (records.services.length === 0 && records.organizations.length === 0 && records.locations.length === 0) {
      // Writing an empty directory would wipe the region from every phone on its next update.
      print(io.stderr, [`Nothing to import from ${options.inputPath}; ${options.outPath} was not touched.`, ...formatReport(report, { includeSkipped: false })]);
      return 1;
    }
    const bundleReport = new ImportReport();
    const directory = validateRecord(directorySchema, buildDirectory(records, options.region.region), { file: 'directory', row: null }, bundleReport);
    if (!directory) {
      print(io.stderr, ['The imported directory does not pass its own schema; nothing was written.', ...formatReport(bundleReport)]);
      return 1;
    }
    try {
      await writeFileAtomically(options.outPath, JSON.stringify(directory) + '\n');
    } catch (error) {
      print(io.stderr, [`Cannot write ${options.outPath}: ${(error as Error).message}`]);
      return 1;
    }
    print(io.stdout, [
      `Imported ${options.inputPath} (${options.kind}): ${plural(directory.organizations.length, 'organization')}, ` +
        `${plural(directory.locations.length, 'location')}, ${plural(directory.services.length, 'service')}, ` +
        `${plural(directory.service_at_locations.length, 'service_at_location')}.`,
      `Wrote ${options.outPath} (region ${directory.region.id}, version ${directory.version}).`,
      ...formatReport(report),
    ]);
    return 0;
  };
}

export const importKinds: Record<string, ImportKind> = {
  ircc: {
    summary: "IRCC newcomer services finder file (services-info-*.js)",
    run: directoryImport((options) => importIrccFile(options.inputPath, { region: options.region })),
  },
  hsds: {
    summary: 'HSDS 3 JSON file, datapackage folder of CSV files, or datapackage.zip (both formats of the admin export)',
    run: directoryImport((options) => importHsds(options.inputPath)),
  },
  geo: geoImportKind,
  census: censusImportKind,
};

export function usage(): string {
  const kinds = Object.entries(importKinds).map(([kind, { summary }]) => `  ${kind.padEnd(6)} ${summary}`);
  return [
    'Usage: npm run import -- <kind> <path> [--skip-invalid] [--out FILE] [--region ID]',
    '',
    'Kinds:',
    ...kinds,
    '',
    'Options:',
    `  --out FILE       where to write the directory (default ${DEFAULT_OUT})`,
    `  --region ID      region the directory describes (default ${DEFAULT_REGION_ID}; known: ${Object.keys(knownRegions).join(', ')})`,
    '  --skip-invalid   write the valid rows and list what was skipped, instead of failing',
    '',
    `The server imports ${DEFAULT_OUT} into the region's listings at its next start (a new version`,
    'for each organization that changed; organizations the file no longer lists are withdrawn).',
    '',
  ].join('\n');
}

function usageError(io: CommandIo, message: string): number {
  io.stderr.write(`${message}\n\n${usage()}`);
  return 2;
}

export async function runImportCommand(args: string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        region: { type: 'string', default: DEFAULT_REGION_ID },
        'skip-invalid': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(usage());
    return 0;
  }
  const [kind, ...rest] = positionals;
  if (!kind) return usageError(io, 'Missing the kind of data to import.');
  const importKind = Object.hasOwn(importKinds, kind) ? importKinds[kind] : undefined;
  if (!importKind) return usageError(io, `Unknown kind "${kind}".`);
  const subkind = importKind.subkinds ? rest.shift() : undefined;
  if (importKind.subkinds && !importKind.subkinds.includes(subkind ?? '')) {
    return usageError(io, `${kind} needs one of ${importKind.subkinds.join(', ')} before the path.`);
  }
  const [inputPath, ...extra] = rest;
  if (!inputPath) return usageError(io, `Missing the path of the ${kind} data to import.`);
  if (extra.length > 0) return usageError(io, `Unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')}`);
  const region = findRegion(values.region);
  if (!region) return usageError(io, `Unknown region "${values.region}".`);
  return importKind.run(
    { kind, subkind, inputPath, outPath: values.out ?? importKind.defaultOut?.(subkind) ?? DEFAULT_OUT, skipInvalid: values['skip-invalid'], region },
    io,
  );
}
