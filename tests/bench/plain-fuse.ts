/**
 * The baseline: fuse.js used the plain way, over whole service records, as an app without
 * its own index would. Categories are the English labels of each service's terms and their
 * ancestors, the most a plain record would carry.
 */
import Fuse from 'fuse.js';
import type { Directory } from '../../src/shared/schema/directory.ts';
import { findTerm, termWithAncestors } from '../../src/shared/taxonomy/taxonomy.ts';

export interface PlainRecord {
  name: string;
  description: string;
  categories: string[];
}

export function serviceTermIds(service: Directory['services'][number]): string[] {
  return [...new Set((service.attributes ?? []).flatMap((attribute) => termWithAncestors(attribute.taxonomy_term_id)))];
}

export function createPlainFuse(directory: Directory): Fuse<PlainRecord> {
  const records = directory.services.map((service) => ({
    name: service.name,
    description: service.description ?? '',
    categories: serviceTermIds(service).map((id) => findTerm(id)!.labels.en),
  }));
  return new Fuse(records, { keys: ['name', 'description', 'categories'], threshold: 0.4, ignoreLocation: true });
}
