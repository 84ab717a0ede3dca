/**
 * A datapackage sent as one zip (what Guichet's export downloads): its entries read as package
 * files. The package may sit at the zip's top or in one folder inside it. Sizes are checked
 * before anything is inflated, so a small zip cannot expand into gigabytes of memory.
 */
import { unzipSync } from 'fflate';
import { posix } from 'node:path';
import type { PackageSource } from './hsds-tabular.ts';

/** Far above a 60,000-service region's tables (about 300 MB of CSV). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;
const MAX_ENTRIES = 200;

export class UnreadableZip extends Error {}

export function zipSource(bytes: Uint8Array, name = 'datapackage.zip'): PackageSource {
  let total = 0;
  let entries = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        entries += 1;
        total += file.originalSize;
        if (entries > MAX_ENTRIES || total > MAX_UNZIPPED_BYTES) throw new UnreadableZip(`${name} holds more than a datapackage (over ${MAX_ENTRIES} files or ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB unzipped)`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableZip) throw error;
    throw new UnreadableZip(`${name} is not a readable zip file`);
  }
  const names = Object.keys(files);
  // The folder of the shallowest datapackage.json, else the top of the zip.
  const descriptor = names.filter((entry) => posix.basename(entry) === 'datapackage.json').sort((a, b) => a.split('/').length - b.split('/').length)[0];
  const prefix = descriptor ? posix.dirname(descriptor).replace(/^\.$/, '') : '';
  const inPackage = (entry: string) => (prefix ? `${prefix}/${entry}` : entry);
  const decoder = new TextDecoder('utf-8');
  return {
    root: '/',
    list: async () => names.filter((entry) => posix.dirname(entry) === (prefix || '.')).map((entry) => posix.basename(entry)),
    read: async (file) => {
      const data = files[inPackage(posix.normalize(file))];
      if (!data) throw new Error(`${file} is not in ${name}`);
      return decoder.decode(data);
    },
  };
}
