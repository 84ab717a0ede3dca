/** Area boundaries (GeoJSON) served to the map, checked to be a FeatureCollection before serving. */
import { jsonFileSource, type JsonFileSource } from './json-file-source.ts';

interface FeatureCollection {
  type: 'FeatureCollection';
  features: unknown[];
}

export function geoJsonFileSource(path: string): JsonFileSource<FeatureCollection> {
  return jsonFileSource(path, (raw) => {
    const collection = raw as Partial<FeatureCollection> | null;
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new Error(`${path} is not a GeoJSON FeatureCollection`);
    }
    return collection as FeatureCollection;
  });
}
