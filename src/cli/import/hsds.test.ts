import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importHsds } from './hsds.ts';
import { formatProblem } from './report.ts';
import { copyOfHsdsExample, hsdsExampleFolder, hsdsServiceFull, removeScratchFolders, scratchFolder } from './test-support.ts';

afterEach(removeScratchFolders);

const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';

/** Rewrites one CSV of a package copy; `change` gets and returns the file's text. */
async function editCsv(folder: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(folder, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}

async function writeJson(document: unknown): Promise<string> {
  const path = join(await scratchFolder(), 'export.json');
  await writeFile(path, JSON.stringify(document));
  return path;
}

describe('importing the HSDS 3 example datapackage', () => {
  it('imports one organization, service, location and link', async () => {
    const { records, report } = await importHsds(hsdsExampleFolder);
    expect(report.errors).toEqual([]);
    expect([records.organizations.length, records.services.length, records.locations.length, records.service_at_locations.length]).toEqual([1, 1, 1, 1]);
  });

  it('nests every child table in its service', async () => {
    const [service] = (await importHsds(hsdsExampleFolder)).records.services;
    const counts = Object.fromEntries(
      (['phones', 'schedules', 'languages', 'cost_options', 'required_documents', 'service_areas'] as const).map((key) => [key, service?.[key]?.length]),
    );
    expect(counts).toEqual({ phones: 1, schedules: 1, languages: 1, cost_options: 1, required_documents: 1, service_areas: 1 });
  });

  it('nests address, accessibility, phone and schedule in the location', async () => {
    const [location] = (await importHsds(hsdsExampleFolder)).records.locations;
    expect(location?.addresses?.[0]).toMatchObject({ address_1: '1-30 Main Street', postal_code: 'ABC 1234', country: 'US' });
    expect(location?.accessibility?.[0]?.details).toBe('Switch hearing aid to T-coil to access the induction loop facility.');
    expect([location?.phones?.length, location?.schedules?.length]).toEqual([1, 1]);
  });

  it('turns CSV text into the numbers the schema expects', async () => {
    const [service] = (await importHsds(hsdsExampleFolder)).records.services;
    expect([service?.minimum_age, service?.maximum_age, service?.cost_options?.[0]?.amount]).toEqual([12, 100, 35]);
    expect(service?.schedules?.[0]).toMatchObject({ count: 3, interval: 1, byday: 'TH,FR', opens_at: '10:00:00' });
  });

  it('reads a quoted field with doubled quotes as the example wrote it', async () => {
    const [service] = (await importHsds(hsdsExampleFolder)).records.services;
    expect(service?.phones?.[0]?.number).toBe('"+44 1234 234567"');
  });

  it('warns that datapackage.json is broken and reads the CSV files by name', async () => {
    const { report } = await importHsds(hsdsExampleFolder);
    expect(report.warnings.map(formatProblem)).toContain('datapackage.json: is not valid JSON; reading the CSV files named after HSDS tables instead');
  });

  it('drops the example\'s impossible coordinates (latitude 100) with a warning and keeps the location', async () => {
    const { records, report } = await importHsds(hsdsExampleFolder);
    expect(report.warnings.map(formatProblem)).toContain(
      'locations.csv:1 latitude: latitude 100, longitude 101 is not a position on Earth; coordinates dropped, the location will not appear on the map',
    );
    expect(records.locations[0]?.latitude).toBeUndefined();
  });

  it('follows a working datapackage.json to the files it lists', async () => {
    const folder = await copyOfHsdsExample();
    const resources = ['organizations', 'services'].map((name) => ({ name, path: `${name}.csv` }));
    await writeFile(join(folder, 'datapackage.json'), JSON.stringify({ name: 'hsds', resources }));
    const { records, report } = await importHsds(folder);
    expect(report.errors).toEqual([]);
    expect([records.organizations.length, records.services.length, records.locations.length]).toEqual([1, 1, 0]);
  });
});

describe('importing HSDS JSON', () => {
  it('imports service_full.json with its organization, location and link', async () => {
    const { records, report } = await importHsds(hsdsServiceFull);
    expect(report.errors).toEqual([]);
    expect([records.organizations.length, records.services.length, records.locations.length, records.service_at_locations.length]).toEqual([1, 1, 1, 1]);
    expect(records.services[0]?.organization_id).toBe('d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
  });

  it('keeps the nested objects of service_full.json, the taxonomy term as an id', async () => {
    const { records } = await importHsds(hsdsServiceFull);
    const [service] = records.services;
    expect(service?.attributes?.[0]?.taxonomy_term_id).toBe('3f7b145d-84af-42d7-8fae-eaca714b02b2');
    expect([service?.phones?.[0]?.languages?.[0]?.code, service?.cost_options?.[0]?.amount, service?.required_documents?.length]).toEqual(['ur', 35, 1]);
    expect(records.locations[0]?.addresses?.[0]?.city).toBe('MyCity');
  });

  it('lists what the directory has no place for', async () => {
    const { report } = await importHsds(hsdsServiceFull);
    expect(report.warnings.map(formatProblem)).toContain(
      "service_full.json: ignored what Guichet's directory has no place for: contacts, funding, metadata, organization_identifiers, program, programs",
    );
  });

  it('reads a list of services, numbering rows from 1', async () => {
    const organization = { id: 'org-1', name: 'Centre' };
    const path = await writeJson([
      { id: 'svc-1', name: 'Classes', status: 'active', organization },
      { id: 'svc-2', name: 'Jobs', status: 'open', organization },
    ]);
    const { records, report } = await importHsds(path);
    expect(records.services.map((service) => service.id)).toEqual(['svc-1']);
    expect(report.errors.map(formatProblem)).toEqual([
      'export.json:2 status: must be one of active, inactive, defunct, temporarily closed (got "open")',
    ]);
  });

  it('reads an object with organizations and services lists', async () => {
    const path = await writeJson({
      organizations: [{ id: 'org-1', name: 'Centre', locations: [{ id: 'loc-1', location_type: 'physical', latitude: 42.98, longitude: -81.25 }] }],
      services: [{ id: 'svc-1', organization_id: 'org-1', name: 'Classes', status: 'active', service_at_locations: [{ id: 'sal-1', location_id: 'loc-1' }] }],
    });
    const { records, report } = await importHsds(path);
    expect(report.errors).toEqual([]);
    expect(records.service_at_locations).toEqual([{ id: 'sal-1', service_id: 'svc-1', location_id: 'loc-1' }]);
    expect(records.locations[0]?.organization_id).toBe('org-1');
  });
});

describe('importing a broken HSDS datapackage', () => {
  it('names the file, row and field of a non-numeric minimum_age', async () => {
    const folder = await copyOfHsdsExample();
    await editCsv(folder, 'services.csv', (text) => text.replace(',12,100,', ',twelve,100,'));
    const { report } = await importHsds(folder);
    expect(report.errors.map(formatProblem)).toEqual(['services.csv:1 minimum_age: must be a number (got "twelve")']);
  });

  it('drops the rows that depend on an invalid service, and lists them', async () => {
    const folder = await copyOfHsdsExample();
    await editCsv(folder, 'services.csv', (text) => text.replace(',active,', ',open,'));
    const { records, report } = await importHsds(folder);
    expect(records.services).toEqual([]);
    expect(records.service_at_locations).toEqual([]);
    expect(report.skipped.map(({ file, row, reason }) => `${file}:${row} ${reason}`)).toEqual([
      'services.csv:1 invalid row',
      `service_at_location.csv:1 its service ${SERVICE_ID} was skipped`,
      `cost_options.csv:1 its service ${SERVICE_ID} was skipped`,
      `required_documents.csv:1 its service ${SERVICE_ID} was skipped`,
      `service_areas.csv:1 its service ${SERVICE_ID} was skipped`,
    ]);
  });

  it('reports a service whose organization is not in the package', async () => {
    const folder = await copyOfHsdsExample();
    await editCsv(folder, 'services.csv', (text) => text.replace(`${SERVICE_ID},d9d5e0f5`, `${SERVICE_ID},00000000`));
    const { report } = await importHsds(folder);
    expect(report.errors.map(formatProblem)).toEqual([
      'services.csv:1 organization_id: no organization has the id "00000000-d3ce-4f73-9a2f-4dd0ecc6c610"',
    ]);
  });

  it('warns about a column HSDS does not define, and imports the row', async () => {
    const folder = await copyOfHsdsExample();
    await editCsv(folder, 'organizations.csv', (text) => text.replace('parent_organization_id\r\n', 'parent_organization_id,colour\r\n').replace(/\r\n$/, ',blue\r\n'));
    const { records, report } = await importHsds(folder);
    expect(report.warnings.map(formatProblem)).toContain('organizations.csv: column colour not part of the HSDS organizations table; ignored');
    expect(records.organizations).toHaveLength(1);
  });

  it('asks for the package folder when given one of its CSV files', async () => {
    const { report } = await importHsds(join(hsdsExampleFolder, 'services.csv'));
    expect(report.errors.map(formatProblem)).toEqual([`services.csv: is one table; give the datapackage folder that holds it (${hsdsExampleFolder})`]);
  });

  it('reports a row with too many fields', async () => {
    const folder = await copyOfHsdsExample();
    await editCsv(folder, 'phones.csv', (text) => text.replace(',voice,', ',voice,extra,'));
    const { report } = await importHsds(folder);
    expect(report.errors.map(formatProblem)).toEqual(['phones.csv:1: has 11 fields but the header has 10']);
  });
});
