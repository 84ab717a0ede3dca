/** The imported records as a complete `Directory` bundle, and writing it safely to disk. */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
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

/**
 * Writes beside the target and renames over it: a rename within a folder is atomic, so a crash
 * or a full disk leaves the previous file whole instead of half a new one.
 */
export async function writeFileAtomically(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
