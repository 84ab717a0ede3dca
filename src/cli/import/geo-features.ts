/**
 * Reads a boundary GeoJSON file into normalized features: each checked (geometry, id), reduced to
 * `{ kind, id, name? }` and rounded to five decimals. Every problem goes to the import report as
 * `file:feature N field: problem`, N counting features from 1 in file order; features with a
 * problem are left out and listed as skipped.
 */
import { roundGeometry, type AreaFeature } from '../../shared/geo/geojson.ts';
import { checkAreaGeometry, quote } from './geo-geometry.ts';
import type { BoundaryProperties, BoundarySource } from './geo-sources.ts';
import type { ImportReport, RowOrigin } from './report.ts';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The valid features of the file, in file order; an empty list when the file itself is unusable. */
export function readBoundaries(text: string, file: string, source: BoundarySource, report: ImportReport): AreaFeature<BoundaryProperties>[] {
  const features = readFeatureList(text, file, report);
  const firstFeatureWithId = new Map<string, number>();
  const valid: AreaFeature<BoundaryProperties>[] = [];
  features.forEach((feature, index) => {
    // `file:feature N` is the place; the report prints it as it would print `file:row`.
    const origin: RowOrigin = { file: `${file}:feature ${index + 1}`, row: null };
    const errorsBefore = report.errors.length;
    const normalized = readFeature(feature, origin, source, report);
    if (normalized) {
      const earlier = firstFeatureWithId.get(normalized.properties.id);
      if (earlier === undefined) firstFeatureWithId.set(normalized.properties.id, index + 1);
      else report.error(origin, source.idProperty, `${normalized.properties.id} is also feature ${earlier}`);
    }
    const newErrors = report.errors.slice(errorsBefore);
    if (normalized && newErrors.length === 0) valid.push(normalized);
    else {
      const id = isObject(feature) && isObject(feature.properties) ? feature.properties[source.idProperty] : undefined;
      const record = typeof id === 'string' && id ? `${source.noun} ${id}` : `${source.noun} without ${source.idProperty}`;
      report.skip(origin, record, `problem with ${newErrors.map((problem) => problem.field ?? 'feature').join(', ')}`);
    }
  });
  return valid;
}

/** The file's `features`, or nothing (with the reason reported) when it is not a FeatureCollection. */
function readFeatureList(text: string, file: string, report: ImportReport): unknown[] {
  let document: unknown;
  try {
    document = JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
  } catch (error) {
    reportJsonSyntaxError(text, file, error as Error, report);
    return [];
  }
  const whole: RowOrigin = { file, row: null };
  if (!isObject(document) || document.type !== 'FeatureCollection') {
    const found = isObject(document) ? `its type is ${quote(document.type)}` : `it is ${quote(document)}`;
    report.error(whole, null, `is not a GeoJSON FeatureCollection (${found})`);
    return [];
  }
  if (!Array.isArray(document.features)) {
    report.error(whole, 'features', `must be a list of features (got ${quote(document.features)})`);
    return [];
  }
  if (document.features.length === 0) report.error(whole, 'features', 'the file has no features');
  return document.features;
}

/** V8 gives a character offset for most syntax errors; a line and column is what an editor can jump to. */
function reportJsonSyntaxError(text: string, file: string, error: Error, report: ImportReport): void {
  const offset = /at position (\d+)/.exec(error.message)?.[1];
  const problem = `is not valid JSON (${error.message.replace(/ in JSON at position \d+.*$/, '')})`;
  if (offset === undefined) {
    report.error({ file, row: null }, null, problem);
    return;
  }
  const before = text.slice(0, Number(offset)).split('\n');
  report.syntaxError(file, { line: before.length, column: before[before.length - 1]!.length + 1 }, problem);
}

function readFeature(feature: unknown, origin: RowOrigin, source: BoundarySource, report: ImportReport): AreaFeature<BoundaryProperties> | null {
  if (!isObject(feature) || feature.type !== 'Feature') {
    report.error(origin, null, `is not a GeoJSON Feature (got ${quote(feature)})`);
    return null;
  }
  const properties = isObject(feature.properties) ? feature.properties : {};
  const id = readId(properties[source.idProperty], origin, source, report);
  const checked = checkAreaGeometry(feature.geometry);
  if ('problem' in checked) {
    report.error(origin, checked.field, checked.problem);
    return null;
  }
  const geometry = roundGeometry(checked.geometry);
  if (!geometry) {
    report.error(origin, 'geometry', 'vanishes when rounded to 5 decimals (about a metre): too small to be a boundary');
    return null;
  }
  if (id === null) return null;
  const name = source.nameProperty ? properties[source.nameProperty] : undefined;
  const kept: BoundaryProperties = { kind: source.kind, id };
  if (typeof name === 'string' && name.trim()) kept.name = name.trim();
  return { type: 'Feature', properties: kept, geometry };
}

function readId(value: unknown, origin: RowOrigin, source: BoundarySource, report: ImportReport): string | null {
  if (value === undefined || value === null || value === '') {
    report.error(origin, source.idProperty, 'missing');
    return null;
  }
  const id = typeof value === 'string' ? source.parseId(value) : null;
  if (id === null) report.error(origin, source.idProperty, `must be ${source.idExample} (got ${quote(value)})`);
  return id;
}
