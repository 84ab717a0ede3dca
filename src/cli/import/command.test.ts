import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { directorySchema } from '../../shared/schema/directory.ts';
import { runImportCommand } from './command.ts';
import { copyOfHsdsExample, hsdsExampleFolder, irccFile, recordIo, removeScratchFolders, scratchFolder } from './test-support.ts';

afterEach(removeScratchFolders);

const PREVIOUS_CONTENT = '{"previous": "directory"}\n';

async function outputPath(): Promise<string> {
  return join(await scratchFolder(), 'out', 'directory.json');
}

async function readDirectory(path: string) {
  return directorySchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** A copy of the HSDS example with a second, valid service, and the first one made invalid. */
async function packageWithOneBadService(): Promise<string> {
  const folder = await copyOfHsdsExample();
  const edit = async (file: string, change: (text: string) => string) => writeFile(join(folder, file), change(await readFile(join(folder, file), 'utf8')));
  await edit('services.csv', (text) =>
    text.replace(',12,100,', ',twelve,100,') + 'svc-good,d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,,Drop-in help,,,,,active,,,,,,,,,,,,,,\r\n',
  );
  await edit('service_at_location.csv', (text) => text + 'sal-good,svc-good,3a19ff88-4620-4d17-9830-ac1d859eb5d5,\r\n');
  return folder;
}

describe('npm run import -- ircc', () => {
  it('writes a valid directory and prints what it imported', async () => {
    const out = await outputPath();
    const io = recordIo();
    expect(await runImportCommand(['ircc', irccFile, '--out', out], io)).toBe(0);
    const directory = await readDirectory(out);
    expect(directory.region.id).toBe('london-middlesex');
    expect(directory.locations).toHaveLength(23);
    expect(io.out()).toContain('14 organizations, 23 locations, 54 services, 54 service_at_locations.');
    expect(io.out()).toContain('1 warning:');
  });

  it('gives the same version to the same content, whatever the time', async () => {
    const [first, second] = [await outputPath(), await outputPath()];
    await runImportCommand(['ircc', irccFile, '--out', first], recordIo());
    await runImportCommand(['ircc', irccFile, '--out', second], recordIo());
    expect((await readDirectory(first)).version).toBe((await readDirectory(second)).version);
  });

  it('fails on a syntax error, showing where, and leaves the previous file alone', async () => {
    const folder = await scratchFolder();
    const broken = join(folder, 'services-info.js');
    await writeFile(broken, (await readFile(irccFile, 'utf8')).replace('Address : {en : "505 Dundas Street"', 'Address {en : "505 Dundas Street"'));
    const out = join(folder, 'directory.json');
    await writeFile(out, PREVIOUS_CONTENT);
    const io = recordIo();
    expect(await runImportCommand(['ircc', broken, '--out', out], io)).toBe(1);
    expect(io.err()).toContain('services-info.js:15:210: expected ":" but found "{"');
    expect(await readFile(out, 'utf8')).toBe(PREVIOUS_CONTENT);
  });
});

describe('npm run import -- hsds', () => {
  it('imports the example datapackage', async () => {
    const out = await outputPath();
    const io = recordIo();
    expect(await runImportCommand(['hsds', hsdsExampleFolder, '--out', out], io)).toBe(0);
    expect((await readDirectory(out)).services.map((service) => service.name)).toEqual(['Community Counselling']);
  });

  it('fails on a bad row, naming file, row and field, and writes nothing', async () => {
    const out = await outputPath();
    const io = recordIo();
    expect(await runImportCommand(['hsds', await packageWithOneBadService(), '--out', out], io)).toBe(1);
    expect(io.err()).toContain('services.csv:1 minimum_age: must be a number (got "twelve")');
    expect(io.err()).toContain('run again with --skip-invalid');
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('leaves an existing output file untouched when the import fails', async () => {
    const out = await outputPath();
    await runImportCommand(['hsds', hsdsExampleFolder, '--out', out], recordIo());
    const before = await readFile(out, 'utf8');
    expect(await runImportCommand(['hsds', await packageWithOneBadService(), '--out', out], recordIo())).toBe(1);
    expect(await readFile(out, 'utf8')).toBe(before);
  });

  it('with --skip-invalid, writes the valid rows without the bad one and its dependents', async () => {
    const out = await outputPath();
    expect(await runImportCommand(['hsds', await packageWithOneBadService(), '--out', out, '--skip-invalid'], recordIo())).toBe(0);
    const directory = await readDirectory(out);
    expect(directory.services.map((service) => service.id)).toEqual(['svc-good']);
    expect(directory.service_at_locations.map((link) => link.id)).toEqual(['sal-good']);
  });

  it('with --skip-invalid, lists what was skipped and why', async () => {
    const io = recordIo();
    await runImportCommand(['hsds', await packageWithOneBadService(), '--out', await outputPath(), '--skip-invalid'], io);
    expect(io.out()).toContain('services.csv:1 service "Community Counselling" (ac148810-d857-441c-9679-408f346de14b): invalid row');
    expect(io.out()).toContain(
      'service_at_location.csv:1 service_at_location e94c9f38-1e8f-4564-91d4-d53501ab1765: its service ac148810-d857-441c-9679-408f346de14b was skipped',
    );
  });

  it('refuses to replace a directory with an empty one', async () => {
    const folder = await scratchFolder();
    const out = join(folder, 'directory.json');
    await writeFile(out, PREVIOUS_CONTENT);
    await writeFile(join(folder, 'empty.json'), '[]');
    const io = recordIo();
    expect(await runImportCommand(['hsds', join(folder, 'empty.json'), '--out', out], io)).toBe(1);
    expect(io.err()).toContain('Nothing to import');
    expect(await readFile(out, 'utf8')).toBe(PREVIOUS_CONTENT);
  });
});

describe('npm run import usage', () => {
  it('exits 2 with the usage for an unknown kind', async () => {
    const io = recordIo();
    expect(await runImportCommand(['csv', 'file.csv'], io)).toBe(2);
    expect(io.err()).toContain('Unknown kind "csv".');
    expect(io.err()).toContain('Usage: npm run import -- <kind> <path>');
  });

  it('exits 2 when the path is missing', async () => {
    const io = recordIo();
    expect(await runImportCommand(['ircc'], io)).toBe(2);
    expect(io.err()).toContain('Missing the path of the ircc data to import.');
  });

  it('exits 2 for an unknown option or region', async () => {
    expect(await runImportCommand(['ircc', irccFile, '--dry-run'], recordIo())).toBe(2);
    expect(await runImportCommand(['ircc', irccFile, '--region', 'atlantis'], recordIo())).toBe(2);
  });

  it('exits 1 when the input does not exist', async () => {
    const io = recordIo();
    expect(await runImportCommand(['hsds', '/nonexistent/package', '--out', await outputPath()], io)).toBe(1);
    expect(io.err()).toBe('Cannot read /nonexistent/package: no such file or folder. Nothing was written.\n');
  });
});
