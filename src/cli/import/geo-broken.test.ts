import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runImportCommand } from './command.ts';
import { censusTractFile, createBrokenCopy, createBrokenText, createOutPath, fsaFile, readOutput, type SourceFeature } from './geo-test-support.ts';
import { recordIo, removeScratchFolders } from './test-support.ts';

afterEach(removeScratchFolders);

const firstRing = (feature: SourceFeature) => (feature.geometry.coordinates as number[][][])[0]!;

/** Imports `file` as `kind`; returns the exit code, what was printed, and whether anything was written. */
async function importBroken(kind: 'fsa' | 'ct', file: string, ...options: string[]) {
  const out = await createOutPath();
  const io = recordIo();
  const code = await runImportCommand(['geo', kind, file, '--out', out, ...options], io);
  const written = await readFile(out, 'utf8').then(() => true, () => false);
  return { code, err: io.err(), out: io.out(), written, outPath: out };
}

describe('npm run import -- geo, on a broken file', () => {
  it('names an unclosed ring, and writes nothing', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void firstRing(features[2]!).pop());
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toMatch(/london-fsa-2021\.geojson:feature 3 geometry\.coordinates\[0\]: ring is not closed: it starts at \[-81\.\d+,43\.\d+\] but ends at/);
  });

  it('names a NaN coordinate (written as null in JSON), and writes nothing', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void (firstRing(features[4]!)[2]![1] = Number.NaN));
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toMatch(/london-fsa-2021\.geojson:feature 5 geometry\.coordinates\[0\]\[2\]: longitude and latitude must be finite numbers \(got \[-81\.\d+,null\]\)/);
  });

  it('names a feature without CFSAUID, and writes nothing', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void delete features[1]!.properties.CFSAUID);
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('london-fsa-2021.geojson:feature 2 CFSAUID: missing');
    expect(result.err).toContain('run again with --skip-invalid');
  });

  it('names an FSA that is not one', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void (features[0]!.properties.CFSAUID = 'N6A 3N7'));
    expect((await importBroken('fsa', broken)).err).toContain('london-fsa-2021.geojson:feature 1 CFSAUID: must be an FSA like N6A (got "N6A 3N7")');
  });

  it('names an FSA that appears twice', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void (features[3]!.properties.CFSAUID = 'N5V'));
    expect((await importBroken('fsa', broken)).err).toContain('london-fsa-2021.geojson:feature 4 CFSAUID: N5V is also feature 1');
  });

  it('names a malformed census tract id', async () => {
    const broken = await createBrokenCopy(censusTractFile, ({ features }) => void (features[0]!.properties.CTUID = '555204.01'));
    expect((await importBroken('ct', broken)).err).toContain(
      'london-census-tracts-2021.geojson:feature 1 CTUID: must be a census tract id like 5550001.00 (got "555204.01")',
    );
  });

  it('suggests a swap when latitude and longitude are the wrong way round', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void firstRing(features[0]!).forEach((position) => position.reverse()));
    expect((await importBroken('fsa', broken)).err).toContain('is outside Canada (longitude -142 to -52, latitude 41 to 84); are longitude and latitude swapped?');
  });

  it('says where the JSON syntax breaks, as line:column', async () => {
    const broken = await createBrokenText(fsaFile, (text) => text.replace('"CFSAUID": "N5W",', '"CFSAUID": "N5W"'));
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toMatch(/london-fsa-2021\.geojson:1:\d+: is not valid JSON \(Expected ',' or '}' after property value\)/);
  });

  it('reports a truncated file as invalid JSON', async () => {
    const broken = await createBrokenText(fsaFile, (text) => text.slice(0, text.length / 2));
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('london-fsa-2021.geojson: is not valid JSON (Unexpected end of JSON input)');
  });

  it('reports a bare Python-style NaN as invalid JSON', async () => {
    const broken = await createBrokenText(fsaFile, (text) => text.replace('"centroid_lon": -81.1662', '"centroid_lon": NaN'));
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('london-fsa-2021.geojson: is not valid JSON');
  });

  it('refuses a file that is not a FeatureCollection', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => features[0]);
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('london-fsa-2021.geojson: is not a GeoJSON FeatureCollection (its type is "Feature")');
  });

  it('refuses a FeatureCollection with no features', async () => {
    const broken = await createBrokenCopy(fsaFile, (collection) => ({ ...collection, features: [] }));
    const result = await importBroken('fsa', broken);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('london-fsa-2021.geojson features: the file has no features');
  });

  it('leaves the previous output alone when the import fails', async () => {
    const out = await createOutPath();
    await runImportCommand(['geo', 'fsa', fsaFile, '--out', out], recordIo());
    const previous = await readFile(out, 'utf8');
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void delete features[1]!.properties.CFSAUID);
    expect(await runImportCommand(['geo', 'fsa', broken, '--out', out], recordIo())).toBe(1);
    expect(await readFile(out, 'utf8')).toBe(previous);
  });
});

describe('npm run import -- geo --skip-invalid', () => {
  it('writes the valid features and lists the skipped one', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => void delete features[1]!.properties.CFSAUID);
    const result = await importBroken('fsa', broken, '--skip-invalid');
    expect(result.code).toBe(0);
    expect((await readOutput(result.outPath)).features).toHaveLength(17);
    expect(result.out).toContain('london-fsa-2021.geojson:feature 2 FSA without CFSAUID: problem with CFSAUID');
  });

  it('still writes nothing when no feature is valid', async () => {
    const broken = await createBrokenCopy(fsaFile, ({ features }) => features.forEach((feature) => delete feature.properties.CFSAUID));
    const result = await importBroken('fsa', broken, '--skip-invalid');
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.err).toContain('Nothing to import from');
  });
});
