/**
 * `npm run import -- hsds` reads both formats of the admin export (HSDS JSON and the datapackage
 * zip) back into the same directory, so an export can move between servers by the command line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDirectory } from '../generate/generate-directory.ts';
import { datapackageZip } from '../../server/hsds/hsds-datapackage.ts';
import { hsdsJsonText } from '../../server/hsds/hsds-document.ts';
import { directorySchema } from '../../shared/schema/directory.ts';
import { runImportCommand } from './command.ts';
import { recordIo, removeScratchFolders, scratchFolder } from './test-support.ts';

afterEach(removeScratchFolders);

async function importedFrom(file: string) {
  const out = join(await scratchFolder(), 'directory.json');
  const io = recordIo();
  expect(await runImportCommand(['hsds', file, '--out', out], io), io.err()).toBe(0);
  return directorySchema.parse(JSON.parse(await readFile(out, 'utf8')));
}

describe('importing Guichet\'s HSDS exports', () => {
  it('reads the JSON export and the datapackage zip into directories that export the same text', async () => {
    const original = generateDirectory({ seed: 11, serviceCount: 25 });
    const folder = await scratchFolder();
    const jsonFile = join(folder, 'export.json');
    const zipFile = join(folder, 'export.zip');
    await writeFile(jsonFile, hsdsJsonText(original));
    await writeFile(zipFile, datapackageZip(original));

    const fromJson = await importedFrom(jsonFile);
    const fromZip = await importedFrom(zipFile);
    expect(fromJson.services).toHaveLength(original.services.length);
    expect(hsdsJsonText(fromJson)).toBe(hsdsJsonText(original));
    expect(hsdsJsonText(fromZip)).toBe(hsdsJsonText(original));
  });

  it('says what is wrong with a file that is not a zip', async () => {
    const file = join(await scratchFolder(), 'broken.zip');
    await writeFile(file, 'not a zip at all');
    const io = recordIo();
    expect(await runImportCommand(['hsds', file, '--out', join(await scratchFolder(), 'out.json')], io)).toBe(1);
    expect(io.err()).toContain('broken.zip: is not a readable zip file');
  });
});
