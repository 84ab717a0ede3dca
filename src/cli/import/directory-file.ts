/** The imported records as a complete `Directory` bundle. */
import { createHash } from 'node:crypto';
import type { Directory, Region } from '../../shared/schema/directory.ts';
import type { ImportedRecords } from './records.ts';

/**
 * The version is a hash of the content alone (not of the time), so importing the same data again
 * gives the same version and phones are not offered an "update" that changes nothing.
 */
export function contentVersion(region: Region, records: ImportedRecords): string {
  const content = JSON.stringify({ region, ...records });
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export function buildDirectory(records: ImportedRecords, region: Region, now: Date = new Date()): Directory {
  return {
    version: contentVersion(region, records),
    generated_at: now.toISOString(),
    region,
    organizations: records.organizations,
    services: records.services,
    locations: records.locations,
    service_at_locations: records.service_at_locations,
  };
}
