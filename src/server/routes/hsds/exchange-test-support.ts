/** What the exchange tests share: uploads the way the admin page sends them, and the export checks. */
import { unzipSync } from 'fflate';
import type { z } from 'zod';
import type { TestBrowser } from '../../auth/test-support.ts';
import { parseCsv } from '../../../cli/import/csv.ts';
import * as hsds3 from '../../hsds/test-fixtures/hsds3-schemas.ts';

interface App {
  request(url: string, init: RequestInit): Response | Promise<Response>;
}

/** A file sent as the page sends it: raw bytes, its type, its name, same-origin, signed in. */
export function upload(app: App, browser: TestBrowser, path: string, body: Uint8Array | string, type: string, fileName = 'upload'): Promise<Response> {
  const cookie = [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return Promise.resolve(
    app.request(`${browser.origin}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': type, Origin: browser.origin, Cookie: cookie, 'X-File-Name': fileName, 'X-Forwarded-For': browser.address },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    }),
  );
}

/** Every problem zod finds, as `table[row].field: message` lines, so a failing test names them. */
export function problemsOf(schema: z.ZodType, value: unknown, where: string): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${where}.${issue.path.join('.')}: ${issue.message}`);
}

export function hsdsDocumentProblems(document: Record<string, unknown[]>): string[] {
  const lists: Array<[string, z.ZodType]> = [
    ['organizations', hsds3.organization], ['services', hsds3.service], ['locations', hsds3.location],
    ['service_at_locations', hsds3.serviceAtLocation], ['taxonomies', hsds3.taxonomy], ['taxonomy_terms', hsds3.taxonomyTerm],
  ];
  return lists.flatMap(([key, schema]) => (document[key] ?? []).flatMap((record, index) => problemsOf(schema, record, `${key}[${index}]`)));
}

interface Field {
  name: string;
  type: string;
}

/** A CSV cell read by the type its datapackage field declares, as a Frictionless reader would. */
function typed(text: string, type: string): unknown {
  if (text === '') return undefined;
  if (type === 'number' || type === 'integer') return Number(text);
  if (type === 'boolean') return text === 'true';
  if (type === 'object' || type === 'array') return JSON.parse(text) as unknown;
  return text;
}

export interface UnzippedPackage {
  descriptor: { resources: Array<{ name: string; path: string; schema: { fields: Field[] } }> } & Record<string, unknown>;
  files: Record<string, string>;
}

export function unzipPackage(bytes: Uint8Array): UnzippedPackage {
  const files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, new TextDecoder().decode(data)]));
  return { descriptor: JSON.parse(files['datapackage.json']!) as UnzippedPackage['descriptor'], files };
}

/** Each resource: its file is there, its header is its schema's fields, every row passes the HSDS table. */
export function datapackageProblems({ descriptor, files }: UnzippedPackage): string[] {
  const problems: string[] = [];
  for (const resource of descriptor.resources) {
    const schema = hsds3.tabularTables[resource.name as keyof typeof hsds3.tables];
    const text = files[resource.path];
    if (!schema || text === undefined) {
      problems.push(`${resource.name}: ${schema ? 'file missing' : 'not an HSDS table'}`);
      continue;
    }
    const csv = parseCsv(text);
    const fields = resource.schema.fields;
    if (csv.header.join(',') !== fields.map((field) => field.name).join(',')) problems.push(`${resource.path}: header is not the schema's fields`);
    for (const record of csv.records) {
      const row = Object.fromEntries(fields.flatMap((field) => {
        const value = typed(record.values[field.name] ?? '', field.type);
        return value === undefined ? [] : [[field.name, value]];
      }));
      problems.push(...problemsOf(schema, row, `${resource.path}:${record.row}`));
      for (const column of hsds3.tabularRequired[resource.name as keyof typeof hsds3.tables] ?? []) {
        if (row[column] === undefined) problems.push(`${resource.path}:${record.row}.${column}: required in the tabular form`);
      }
    }
  }
  return problems;
}
