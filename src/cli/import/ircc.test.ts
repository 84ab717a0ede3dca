import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importIrccSource } from './ircc.ts';
import { knownRegions } from '../../shared/regions.ts';
import { formatProblem, formatReport } from './report.ts';
import { irccFile } from './test-support.ts';

const FILE = 'services-info.js';
const realSource = readFileSync(irccFile, 'utf8');
const options = { region: knownRegions['london-middlesex']! };
const importSource = (source: string) => importIrccSource(source, FILE, options);
const real = importSource(realSource);

function locationAt(name: string, postalCode: string) {
  const location = real.records.locations.find(
    (candidate) => candidate.name === name && candidate.addresses?.[0]?.postal_code === postalCode,
  );
  if (!location) throw new Error(`no location ${name} at ${postalCode}`);
  return location;
}

function servicesAt(locationId: string) {
  const serviceIds = new Set(real.records.service_at_locations.filter((link) => link.location_id === locationId).map((link) => link.service_id));
  return real.records.services.filter((service) => serviceIds.has(service.id));
}

const termsAt = (locationId: string) => servicesAt(locationId).map((service) => service.attributes?.[0]?.taxonomy_term_id);

/** The real file with the text of one site (1-based, as rows are reported) changed. */
function alterSite(siteNumber: number, change: (line: string) => string): string {
  let seen = 0;
  return realSource
    .split('\n')
    .map((line) => (line.startsWith('{Type') && ++seen === siteNumber ? change(line) : line))
    .join('\n');
}

describe('importing the real IRCC file (London, 2022-12-15)', () => {
  it('maps its 23 sites to 23 locations under 14 organizations, without errors', () => {
    expect(real.report.errors).toEqual([]);
    expect(real.records.locations).toHaveLength(23);
    expect(real.records.organizations).toHaveLength(14);
  });

  it('writes every postal code the Canada Post way, including "N5Y4K4"', () => {
    const centre = locationAt('Centre communautaire régional de London', 'N5Y 4K4');
    expect(centre.addresses?.[0]).toMatchObject({ postal_code: 'N5Y 4K4', state_province: 'ON', country: 'CA', city: 'London' });
    for (const location of real.records.locations) expect(location.addresses?.[0]?.postal_code).toMatch(/^[A-Z]\d[A-Z] \d[A-Z]\d$/);
  });

  it('reads coordinates as numbers', () => {
    const centre = locationAt('Centre communautaire régional de London', 'N5Y 4K4');
    expect([centre.longitude, centre.latitude]).toEqual([-81.2307, 43.0123]);
  });

  it('trims names and cities that carry trailing spaces', () => {
    expect(locationAt('The University of Western Ontario', 'N6A 5C2').addresses?.[0]?.city).toBe('London');
    expect(real.records.organizations.map((organization) => organization.name)).toContain('Northwest London Resource Centre');
  });

  it('files each "yes" flag of the Cross Cultural Learner Centre under its taxonomy term, ignoring "Other"', () => {
    const centre = locationAt('London Cross Cultural Learner Centre - Settlement Services', 'N6B 1W4');
    expect(termsAt(centre.id)).toEqual(['language-assessment', 'job-language-training', 'settlement', 'employment', 'citizenship', 'volunteering', 'refugee-support']);
  });

  it('applies the audience flags to every service of the site', () => {
    const centre = locationAt('London Cross Cultural Learner Centre - Settlement Services', 'N6B 1W4');
    for (const service of servicesAt(centre.id)) expect(service.guichet_eligibility?.audiences).toEqual(['women', 'lgbtq', 'seniors', 'youth']);
  });

  it('files a site whose only flag is "Other" under settlement', () => {
    expect(termsAt(locationAt('The University of Western Ontario', 'N6A 5C2').id)).toEqual(['settlement']);
  });

  it('limits IRCC-funded services to permanent residents and protected persons', () => {
    for (const service of real.records.services) {
      expect(service.guichet_eligibility?.statuses).toEqual(['permanent_resident', 'protected_person', 'resettled_refugee']);
    }
  });

  it('offers French at the francophone sites, English elsewhere', () => {
    const codes = (name: string, postal: string) => servicesAt(locationAt(name, postal).id)[0]?.languages?.map((language) => language.code);
    expect(codes('Collège Boréal', 'N6A 3N7')).toEqual(['en', 'fr']);
    expect(codes('London Cross Cultural Learner Centre - Settlement Services', 'N6B 1W4')).toEqual(['en']);
  });

  it('keeps the French address as a human translation and English as the source', () => {
    const college = locationAt('Collège Boréal', 'N6A 3N7');
    expect(college.guichet_source_language).toBe('en');
    expect(college.guichet_translations?.fr?.address_1).toEqual({ text: 'Centre commercial Galleria, unit 279, 355, chemin Wellington', machine: false });
  });

  it('splits the extension off the telephone number', () => {
    expect(locationAt('YMCA of Southwestern Ontario', 'N6K 1M6').phones?.[0]).toMatchObject({ number: '519-645-7553', extension: '1', type: 'voice' });
  });

  it('links each service to its taxonomy term with an HSDS attribute', () => {
    const [service] = servicesAt(locationAt('The University of Western Ontario', 'N6A 5C2').id);
    expect(service?.attributes).toEqual([expect.objectContaining({ link_id: service?.id, link_entity: 'service', taxonomy_term_id: 'settlement' })]);
    expect(service?.status).toBe('active');
  });

  it('gives the same ids when the same file is imported again', () => {
    const again = importSource(realSource);
    expect(again.records.services.map((service) => service.id)).toEqual(real.records.services.map((service) => service.id));
    expect(again.records.locations.map((location) => location.id)).toEqual(real.records.locations.map((location) => location.id));
  });

  it('never marks imported records as sample data', () => {
    const all = [...real.records.organizations, ...real.records.locations, ...real.records.services];
    expect(all.filter((record) => 'guichet_sample' in record)).toEqual([]);
  });

  it('warns that Merrymount\'s coordinates are far from its postal code', () => {
    expect(real.report.warnings.map(formatProblem)).toEqual([
      `${FILE}:6 Coordinates: 42.931849, -81.228266 is 7.2 km from postal area N6A; check the address, postal code and coordinates`,
    ]);
  });
});

describe('importing a broken IRCC file', () => {
  it('reports a syntax error with its line and column instead of crashing', () => {
    const broken = realSource.replace('Address : {en : "505 Dundas Street"', 'Address {en : "505 Dundas Street"');
    const result = importSource(broken);
    expect(formatReport(result.report)).toEqual(['1 error:', `  ${FILE}:15:210: expected ":" but found "{"`]);
    expect(result.records.locations).toEqual([]);
  });

  it('reports a site without a name by row and field, and imports the others', () => {
    const result = importSource(alterSite(4, (line) => line.replace(/Type : \{en : "[^"]*"/, 'Type : {en : "  "')));
    expect(result.report.errors.map(formatProblem)).toEqual([`${FILE}:4 Type.en: is required`]);
    expect(result.records.locations).toHaveLength(22);
    expect(result.report.skipped).toEqual([{ file: FILE, row: 4, record: 'site', reason: 'invalid row' }]);
  });

  it('reports a postal code that is not Canadian', () => {
    const result = importSource(alterSite(2, (line) => line.replace(/Postal : \{en : "[^"]*"/, 'Postal : {en : "N6A 3N"')));
    expect(result.report.errors.map(formatProblem)).toEqual([`${FILE}:2 Postal.en: "N6A 3N" is not a Canadian postal code (like N6A 3N7)`]);
    expect(result.records.locations.map((location) => location.name)).not.toContain('Collège Boréal');
  });

  it('warns about a flag that is neither yes nor no, and reads it as no', () => {
    const result = importSource(alterSite(17, (line) => line.replace('Other : "yes"', 'Other : "maybe"')));
    expect(result.report.warnings.map(formatProblem)).toContain(`${FILE}:17 Services.Other: "maybe" is neither "yes" nor "no"; read as no`);
    expect(result.report.warnings.map(formatProblem)).toContain(`${FILE}:17 Services: no service flag is "yes"; the site is listed without services`);
  });

  it('skips a site repeated with the same name and postal code, with a warning', () => {
    const lines = realSource.split('\n');
    const firstSite = lines.find((line) => line.startsWith('{Type'))!;
    const result = importSource(realSource.replace(firstSite, `${firstSite}\n${firstSite}`));
    expect(result.report.warnings.map(formatProblem)).toContain(`${FILE}:2 Type.en: repeats row 1 (same name and postal code); skipped`);
    expect(result.records.locations).toHaveLength(23);
  });

  it('warns when coordinates are missing and keeps the site off the map', () => {
    const result = importSource(alterSite(1, (line) => line.replace('Longitude : "-81.2307"', 'Longitude : ""')));
    expect(result.report.warnings.map(formatProblem)).toContain(
      `${FILE}:1 Coordinates: no usable longitude and latitude (["","43.0123"]); the site will not appear on the map`,
    );
    expect(result.records.locations[0]?.latitude).toBeUndefined();
  });
});
