import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { describeOnEngines } from '../../server/db/test-engines.ts';
import type { GuichetDatabase } from '../../server/db/database.ts';
import { findRegion } from '../../shared/regions.ts';
import { importCensus, type CensusImportPlaces } from './census.ts';
import { runGeoImport } from './geo.ts';
import { censusTractFile } from './geo-test-support.ts';
import { recordIo, removeScratchFolders, scratchFolder } from './test-support.ts';

afterEach(removeScratchFolders);

const region = findRegion('london-middlesex')!;
const NOW = new Date('2026-03-02T09:00:00.000Z');

async function csvFile(text: string): Promise<string> {
  const path = join(await scratchFolder(), 'census.csv');
  await writeFile(path, text);
  return path;
}

async function run(database: GuichetDatabase, path: string, places: CensusImportPlaces, skipInvalid = false) {
  const io = recordIo();
  const code = await importCensus({ kind: 'census', inputPath: path, outPath: '', skipInvalid, region }, io, database, places, NOW);
  return { code, out: io.out(), err: io.err() };
}

async function stored(database: GuichetDatabase) {
  const rows = await database.db.selectFrom('census_newcomer_counts').select(['fsa', 'newcomers', 'source']).orderBy('fsa').execute();
  return Object.fromEntries(rows.map((row) => [row.fsa, row.newcomers]));
}

describeOnEngines(
  'npm run import -- census',
  ({ database }) => {
    let places: CensusImportPlaces;
    let tractIds: string[];

    let boundariesFolder: string;

    beforeAll(async () => {
      // The tract boundaries as `import -- geo ct` installs them, from the real StatCan file.
      boundariesFolder = await mkdtemp(join(tmpdir(), 'guichet-census-'));
      const tractsFile = join(boundariesFolder, 'ct.geojson');
      expect(await runGeoImport({ kind: 'geo', subkind: 'ct', inputPath: censusTractFile, outPath: tractsFile, skipInvalid: false, region }, recordIo())).toBe(0);
      tractIds = JSON.parse(await readFile(tractsFile, 'utf8')).features.map((feature: { properties: { id: string } }) => feature.properties.id);
      places = { fsaAreasFile: 'data/geo/london-middlesex.geojson', tractsFile };
    });

    afterAll(() => rm(boundariesFolder, { recursive: true, force: true }));

    it('stores counts by FSA, replacing the ones stored before', async () => {
      expect((await run(database(), await csvFile('geo_code,count\nN6A,120\nn5y,45\nN7G,8\n'), places)).code).toBe(0);
      const second = await run(database(), await csvFile('geo_code,count\r\nN6A,130\r\nN5Y,40\r\n'), places);
      expect(second.code).toBe(0);
      expect(second.out).toContain('Stored recent immigrants in 2 FSAs of London & Middlesex, replacing any earlier census counts.');
      expect(await stored(database())).toEqual({ N5Y: 40, N6A: 130 });
    });

    it('counts census tracts in the FSA their centre lies in', async () => {
      const rows = tractIds.slice(0, 40).map((id, index) => `${id},${10 + index}`);
      const result = await run(database(), await csvFile(['geo_code,count', ...rows, ''].join('\n')), places);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('40 rows, 40 census tracts counted in their FSA.');
      const counts = await stored(database());
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(rows.reduce((sum, row) => sum + Number(row.split(',')[1]), 0));
      for (const fsa of Object.keys(counts)) expect(Object.keys(region.fsaCentroids)).toContain(fsa);
    });

    it('refuses a file with a bad row, naming row and field, and keeps what was stored', async () => {
      await run(database(), await csvFile('geo_code,count\nN6A,100\n'), places);
      const result = await run(database(), await csvFile('geo_code,count\nN6A,12a\nM5V,40\nN6A,3\nsomewhere,4\n9999999.99,5\n'), places);
      expect(result.code).toBe(1);
      expect(result.err).toContain('census.csv:1 count: must be a whole number of people (got "12a")');
      expect(result.err).toContain('census.csv:2 geo_code: M5V is not an FSA of London & Middlesex');
      expect(result.err).toContain('census.csv:4 geo_code: must be an FSA like N6A or a census tract id like 5550001.00 (got "somewhere")');
      expect(result.err).toContain('census.csv:5 geo_code: 9999999.99 is not a census tract of the installed boundaries');
      expect(result.err).toContain('run again with --skip-invalid');
      expect(await stored(database())).toEqual({ N6A: 100 });
    });

    it('stores the valid rows with --skip-invalid, and lists the others', async () => {
      const result = await run(database(), await csvFile('geo_code,count\nN6A,12\nN6A,15\nN6B,x\nN5W,30\n'), places, true);
      expect(result.code).toBe(0);
      expect(result.out).toContain('census.csv:2 geo_code: N6A is also on row 1');
      expect(result.out).toContain('2 records skipped:');
      expect(await stored(database())).toEqual({ N5W: 30, N6A: 12 });
    });

    it('says what is missing: the header, the file, the tract boundaries', async () => {
      expect((await run(database(), await csvFile('fsa,people\nN6A,12\n'), places)).err).toContain('the header must name the columns geo_code,count (missing: geo_code, count)');
      expect((await run(database(), '/no/such/census.csv', places)).err).toContain('Cannot read /no/such/census.csv: no such file. Nothing was stored.');
      const noTracts = await run(database(), await csvFile(`geo_code,count\n${tractIds[0]},12\n`), { ...places, tractsFile: null });
      expect(noTracts.err).toContain('census tract codes need the tract boundaries: run `npm run import -- geo ct FILE` first');
    });
  },
  { fresh: 'test' },
);
