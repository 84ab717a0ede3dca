/**
 * The HSDS exchange on both engines: both exports pass the HSDS 3 schemas, an export imported
 * back changes nothing and exports the same bytes, a malformed file is refused row by row with
 * nothing written, and only the region's LIP and admins get in.
 */
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../auth/test-support.ts';
import { describeOnEngines } from '../../db/test-engines.ts';
import { createRegionRow } from '../../db/test-rows.ts';
import { signInAs } from '../../tests-api/api-test-kit.ts';
import { startListingServer, type ListingTestServer } from '../../listings/test-support.ts';
import { datapackageProblems, hsdsDocumentProblems, unzipPackage, upload } from './exchange-test-support.ts';

type Document = Record<string, Array<Record<string, unknown>>> & { version: string; profile: string };

describeOnEngines('HSDS exchange', (ctx) => {
  let server: ListingTestServer;
  let admin: TestBrowser;
  let adminEmail: string;
  const base = () => `/api/exchange/${server.regionId}`;

  const exportJson = async (browser = admin) => (await browser.request(`${base()}/hsds.json`)).text();
  const exportZip = async () => new Uint8Array(await (await admin.request(`${base()}/datapackage.zip`)).arrayBuffer());
  const versionRows = async () => ctx.db().selectFrom('listing_versions').select(['organization_id', 'version']).orderBy('organization_id').orderBy('version').execute();
  const headRows = async () => ctx.db().selectFrom('listing_heads').selectAll().orderBy('organization_id').execute();

  beforeAll(async () => {
    server = await startListingServer(ctx.database());
    const signedIn = await signInAs(server.app, ctx.db(), { role: 'admin' });
    admin = signedIn.browser;
    adminEmail = signedIn.email;
    // A verification records who verified: the exchange carries it, phones never see it.
    const verified = server.seed.services.find((service) => service.organization_id === server.orgA)!;
    expect((await admin.post(`/api/listings/${server.orgA}/verify`, { serviceIds: [verified.id] })).status).toBe(201);
  });

  describe('exports', () => {
    it('the JSON export is one HSDS 3 document that passes the HSDS schemas, downloaded as a file', async () => {
      const response = await admin.request(`${base()}/hsds.json`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="guichet-.+-hsds\.json"$/);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      const document = (await response.json()) as Document;
      expect(document.version).toBe('3.0');
      expect(document.organizations).toHaveLength(server.seed.organizations.length);
      expect(document.services).toHaveLength(server.seed.services.length);
      expect(document.taxonomy_terms!.length).toBeGreaterThan(10);
      expect(hsdsDocumentProblems(document)).toEqual([]);
      // Nested as HSDS nests: a service's schedules and a location's addresses inside them, each naming its parent.
      const service = document.services!.find((candidate) => Array.isArray(candidate.schedules))!;
      expect((service.schedules as Array<{ service_id: string }>)[0]!.service_id).toBe(service.id);
      const attribute = (service.attributes as Array<{ taxonomy_term: { id: string; name: string } ; taxonomy_term_id: string }>)[0]!;
      expect(attribute.taxonomy_term.id).toBe(attribute.taxonomy_term_id);
    });

    it('the exchange carries who verified a service; the phones\' bundle does not', async () => {
      const document = JSON.parse(await exportJson()) as Document;
      expect(document.services!.filter((service) => service.assurer_email === adminEmail)).toHaveLength(1);
      expect(JSON.stringify(await server.bundle())).not.toContain(adminEmail);
    });

    it('the datapackage zip holds one CSV per HSDS table and a datapackage.json whose every row passes the HSDS schemas', async () => {
      const response = await admin.request(`${base()}/datapackage.zip`);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('application/zip');
      expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename=".+-datapackage\.zip"$/);
      const unzipped = unzipPackage(new Uint8Array(await response.arrayBuffer()));
      expect(Object.keys(unzipped.files)).toEqual(expect.arrayContaining(['datapackage.json', 'organizations.csv', 'services.csv', 'locations.csv', 'service_at_locations.csv', 'addresses.csv', 'phones.csv', 'schedules.csv', 'languages.csv', 'cost_options.csv', 'required_documents.csv', 'attributes.csv', 'taxonomies.csv', 'taxonomy_terms.csv', 'accessibility.csv']));
      expect(datapackageProblems(unzipped)).toEqual([]);
      const services = unzipped.descriptor.resources.find((resource) => resource.name === 'service')!;
      expect(services.schema.fields.find((field) => field.name === 'guichet_translations')).toMatchObject({ type: 'object' });
      expect(unzipped.files['services.csv']!.split('\r\n').length - 2).toBe(server.seed.services.length);
    });
  });

  describe('round trip', () => {
    it('an exported JSON file imported back changes nothing and exports the same text', async () => {
      const first = await exportJson();
      const versions = await versionRows();
      const preview = await upload(server.app, admin, `${base()}/import/preview`, first, 'application/json', 'export.json');
      expect(await preview.json()).toMatchObject({ errors: [], errorCount: 0, counts: { created: 0, updated: 0, unchanged: server.seed.organizations.length, withdrawn: 0 } });
      const imported = await upload(server.app, admin, `${base()}/import`, first, 'application/json');
      expect(imported.status).toBe(200);
      expect(await versionRows()).toEqual(versions);
      expect(await exportJson()).toBe(first);
    });

    it('an exported datapackage imported back changes nothing and zips to the same bytes', async () => {
      const first = await exportZip();
      const versions = await versionRows();
      const imported = await upload(server.app, admin, `${base()}/import`, first, 'application/zip', 'export.zip');
      expect(imported.status).toBe(200);
      expect(await imported.json()).toMatchObject({ counts: { created: 0, updated: 0, unchanged: server.seed.organizations.length, withdrawn: 0 } });
      expect(await versionRows()).toEqual(versions);
      expect(Buffer.from(await exportZip()).equals(Buffer.from(first))).toBe(true);
    });

    it('a changed service is previewed as one update, then published to phones by the import', async () => {
      const document = JSON.parse(await exportJson()) as Document;
      const service = document.services!.find((candidate) => candidate.organization_id === server.orgB)!;
      service.name = 'Conversation circles, renamed by the 211 exchange';
      const text = JSON.stringify(document);
      const preview = (await (await upload(server.app, admin, `${base()}/import/preview`, text, 'application/json')).json()) as { counts: Record<string, number> };
      expect(preview.counts).toEqual({ created: 0, updated: 1, unchanged: server.seed.organizations.length - 1, withdrawn: 0 });
      expect((await upload(server.app, admin, `${base()}/import`, text, 'application/json')).status).toBe(200);
      const onPhones = (await server.bundle()).services.find((candidate) => candidate.id === service.id);
      expect(onPhones?.name).toBe('Conversation circles, renamed by the 211 exchange');
      const reexported = JSON.parse(await exportJson()) as Document;
      expect(reexported.services!.find((candidate) => candidate.id === service.id)!.name).toBe(service.name);
    });
  });

  describe('malformed imports', () => {
    it('a JSON file with bad rows in four tables is refused row by row, and nothing is written', async () => {
      const document = JSON.parse(await exportJson()) as Document;
      document.services![1]!.status = 'open';
      delete (document.locations![0]!.addresses as Array<Record<string, unknown>>)[0]!.city;
      document.organizations![1]!.phones = [{ id: 'phone-without-number' }];
      document.service_at_locations![2]!.location_id = 'no-such-place';
      const text = JSON.stringify(document);
      const [versions, heads] = [await versionRows(), await headRows()];

      const preview = await upload(server.app, admin, `${base()}/import/preview`, text, 'application/json', 'broken.json');
      expect(preview.status).toBe(200);
      const { errors, errorCount } = (await preview.json()) as { errors: Array<Record<string, unknown>>; errorCount: number };
      expect(errorCount).toBe(4);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: 'service', row: 2, field: 'status', message: expect.stringContaining('must be one of active') }),
          expect.objectContaining({ table: 'address', row: 1, field: 'location.addresses[0].city', message: 'is required' }),
          expect.objectContaining({ table: 'phone', row: 2, field: 'organization.phones[0].number', message: 'is required' }),
          expect.objectContaining({ table: 'service_at_location', row: 3, field: 'service_at_location.location_id', message: 'no location has the id "no-such-place"' }),
        ]),
      );

      const refused = await upload(server.app, admin, `${base()}/import`, text, 'application/json', 'broken.json');
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as { error: string; errorCount: number };
      expect(body.error).toBe('The file has 4 problems; nothing was imported.');
      expect(body.errorCount).toBe(4);
      expect(await versionRows()).toEqual(versions);
      expect(await headRows()).toEqual(heads);
    });

    it('a datapackage with bad rows in two CSV files is refused with each file, row and field', async () => {
      const { files } = (await import('./exchange-test-support.ts')).unzipPackage(await exportZip());
      const breakCell = (file: string, row: number, column: string, value: string) => {
        const lines = files[file]!.split('\r\n');
        const header = lines[0]!.split(',');
        const cells = lines[row]!.split(',');
        // The first columns of these tables hold no commas: ids, names without punctuation.
        cells[header.indexOf(column)] = value;
        lines[row] = cells.join(',');
        files[file] = lines.join('\r\n');
      };
      breakCell('locations.csv', 2, 'location_type', 'moon');
      breakCell('service_at_locations.csv', 1, 'service_id', 'svc-missing');
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
      const versions = await versionRows();
      const refused = await upload(server.app, admin, `${base()}/import`, zip, 'application/zip', 'broken.zip');
      expect(refused.status).toBe(400);
      const { errors } = (await refused.json()) as { errors: Array<Record<string, unknown>> };
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ table: 'location', row: 2, field: 'location_type', message: expect.stringContaining('must be one of physical, postal, virtual') }),
          expect.objectContaining({ table: 'service_at_location', row: 1, field: 'service_id', message: 'no service has the id "svc-missing"' }),
        ]),
      );
      expect(await versionRows()).toEqual(versions);
    });

    it('a file that is neither JSON nor a zip gets a readable refusal', async () => {
      const notJson = await upload(server.app, admin, `${base()}/import/preview`, '{"services": [', 'application/json', 'cut.json');
      expect(((await notJson.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/^is not valid JSON/);
      const notZip = await upload(server.app, admin, `${base()}/import/preview`, new Uint8Array([1, 2, 3]), 'application/zip', 'x.zip');
      expect(((await notZip.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe('is not a readable zip file');
      expect((await upload(server.app, admin, `${base()}/import/preview`, 'a,b', 'text/csv')).status).toBe(415);
    });
  });

  describe('who may exchange', () => {
    const routes = [
      { name: 'GET hsds.json', send: (browser: TestBrowser) => browser.request(`${base()}/hsds.json`) },
      { name: 'GET datapackage.zip', send: (browser: TestBrowser) => browser.request(`${base()}/datapackage.zip`) },
      { name: 'POST import/preview', send: (browser: TestBrowser) => upload(server.app, browser, `${base()}/import/preview`, '{}', 'application/json') },
      { name: 'POST import', send: (browser: TestBrowser) => upload(server.app, browser, `${base()}/import`, '{}', 'application/json') },
    ];

    it('refuses the signed-out (401), staff (403) and another region\'s coordinator (403); lets the region\'s coordinator export', async () => {
      const db = ctx.db();
      await db.insertInto('regions').values(createRegionRow({ id: 'exchange-elsewhere' })).execute();
      const staff = (await signInAs(server.app, db, { role: 'staff', organizationIds: [server.orgA] })).browser;
      const otherCoordinator = (await signInAs(server.app, db, { role: 'coordinator', regionId: 'exchange-elsewhere' })).browser;
      const coordinator = (await signInAs(server.app, db, { role: 'coordinator', regionId: server.regionId })).browser;
      const versions = await versionRows();
      for (const route of routes) {
        expect((await route.send(new TestBrowser(server.app))).status, route.name).toBe(401);
        expect((await route.send(staff)).status, route.name).toBe(403);
        expect((await route.send(otherCoordinator)).status, route.name).toBe(403);
      }
      expect(await versionRows()).toEqual(versions);
      expect((await coordinator.request(`${base()}/hsds.json`)).status).toBe(200);
    });

    it('refuses an upload from another site', async () => {
      const response = await server.app.request(`https://guichet.example${base()}/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/zip', Origin: 'https://evil.example', Cookie: [...admin.cookies].map(([n, v]) => `${n}=${v}`).join('; ') },
        body: new Uint8Array([80, 75, 3, 4]),
      });
      expect(response.status).toBe(403);
    });
  });
});
