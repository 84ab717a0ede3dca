import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { polygonsOf } from '../../shared/geo/geojson.ts';
import { runImportCommand } from './command.ts';
import { censusTractFile, createOutPath, fsaFile, readOutput } from './geo-test-support.ts';
import { projectRoot, recordIo, removeScratchFolders, scratchFolder } from './test-support.ts';

afterEach(removeScratchFolders);

const allCoordinates = (collection: Awaited<ReturnType<typeof readOutput>>) =>
  collection.features.flatMap((feature) => polygonsOf(feature.geometry).flat(3));

describe('npm run import -- geo fsa', () => {
  it('imports the 18 FSAs of London and Strathroy', async () => {
    const out = await createOutPath();
    const io = recordIo();
    expect(await runImportCommand(['geo', 'fsa', fsaFile, '--out', out], io)).toBe(0);
    const ids = (await readOutput(out)).features.map((feature) => feature.properties.id);
    expect(ids).toHaveLength(18);
    expect(ids).toContain('N6A');
    expect(ids).toContain('N7G');
    expect(io.out()).toContain('(geo fsa): 18 FSAs.');
  });

  it('keeps only the kind and the id of each FSA', async () => {
    const out = await createOutPath();
    await runImportCommand(['geo', 'fsa', fsaFile, '--out', out], recordIo());
    expect((await readOutput(out)).features[0]!.properties).toEqual({ kind: 'fsa', id: 'N5V' });
  });

  it('keeps a MultiPolygon FSA as a MultiPolygon', async () => {
    const out = await createOutPath();
    await runImportCommand(['geo', 'fsa', fsaFile, '--out', out], recordIo());
    expect((await readOutput(out)).features.filter((feature) => feature.geometry.type === 'MultiPolygon')).toHaveLength(1);
  });

  it('writes var/geo/fsa.geojson by default, from the command line', async () => {
    const folder = await scratchFolder();
    const tsx = resolve(projectRoot, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, [resolve(projectRoot, 'src/cli/main.ts'), 'import', 'geo', 'fsa', fsaFile], { cwd: folder });
    expect(stdout).toContain('Wrote var/geo/fsa.geojson.');
    expect((await readOutput(join(folder, 'var/geo/fsa.geojson'))).features).toHaveLength(18);
  });
});

describe('npm run import -- geo ct', () => {
  it('imports the 109 census tracts of the London CMA with their ids and names', async () => {
    const out = await createOutPath('ct.geojson');
    const io = recordIo();
    expect(await runImportCommand(['geo', 'ct', censusTractFile, '--out', out], io)).toBe(0);
    const tracts = (await readOutput(out)).features;
    expect(tracts).toHaveLength(109);
    expect(tracts[0]!.properties).toEqual({ kind: 'ct', id: '5550204.01', name: '0204.01' });
    expect(io.out()).toContain('(geo ct): 109 census tracts.');
  });

  it('rounds coordinates to five decimals', async () => {
    const out = await createOutPath('ct.geojson');
    await runImportCommand(['geo', 'ct', censusTractFile, '--out', out], recordIo());
    const coordinates = allCoordinates(await readOutput(out));
    expect(coordinates.length).toBeGreaterThan(1000);
    for (const value of coordinates) expect(Math.abs(value * 1e5 - Math.round(value * 1e5))).toBeLessThan(1e-6);
  });

  it('writes a file less than half the size of the source', async () => {
    const out = await createOutPath('ct.geojson');
    await runImportCommand(['geo', 'ct', censusTractFile, '--out', out], recordIo());
    const [written, source] = await Promise.all([readFile(out), readFile(censusTractFile)]);
    expect(written.length).toBeLessThan(source.length / 2);
  });
});

describe('npm run import -- geo, used wrongly', () => {
  it('asks for the kind of boundaries when it is missing', async () => {
    const io = recordIo();
    expect(await runImportCommand(['geo', fsaFile], io)).toBe(2);
    expect(io.err()).toContain('geo needs one of fsa, ct before the path.');
  });

  it('refuses a kind of boundaries it does not know', async () => {
    const io = recordIo();
    expect(await runImportCommand(['geo', 'provinces', fsaFile], io)).toBe(2);
    expect(io.err()).toContain('geo needs one of fsa, ct before the path.');
  });

  it('says so when the file does not exist', async () => {
    const io = recordIo();
    expect(await runImportCommand(['geo', 'fsa', join(await scratchFolder(), 'missing.geojson')], io)).toBe(1);
    expect(io.err()).toContain('missing.geojson: no such file. Nothing was written.');
  });
});
