/**
 * The directory bundle phones download: read from its file, validated against the schema,
 * compressed once, and tagged with an ETag so an unchanged directory costs a phone 0 bytes.
 * The file is re-read when it changes on disk, so an import shows up without a restart.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { directorySchema } from '../shared/schema/directory.ts';

export interface DirectoryBundle {
  json: string;
  gzipped: Buffer;
  etag: string;
  version: string;
}

export interface DirectorySource {
  current(): DirectoryBundle;
}

function readBundle(path: string): DirectoryBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not readable JSON: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = directorySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${path} is not a valid directory: ${first?.path.join('.')}: ${first?.message}`);
  }
  const json = JSON.stringify(parsed.data);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, gzipped: gzipSync(json, { level: 9 }), etag, version: parsed.data.version };
}

export function fileDirectorySource(path: string): DirectorySource {
  let bundle = readBundle(path);
  let modified = statSync(path).mtimeMs;
  return {
    current() {
      const now = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      if (now !== undefined && now !== modified) {
        try {
          bundle = readBundle(path);
          modified = now;
        } catch (error) {
          // A broken file never replaces a good directory: phones keep getting the last one.
          console.error(`Keeping the previous directory: ${error instanceof Error ? error.message : error}`);
        }
      }
      return bundle;
    },
  };
}
