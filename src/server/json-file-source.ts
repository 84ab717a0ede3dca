/**
 * A JSON file the server hands to phones: parsed and checked, compressed once, tagged with an
 * ETag so an unchanged file costs a phone nothing, and re-read when it changes on disk (an
 * import shows up without a restart). A broken new file never replaces a good one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface JsonBundle<T> {
  value: T;
  json: string;
  gzipped: Buffer;
  etag: string;
}

export interface JsonFileSource<T> {
  current(): JsonBundle<T>;
}

/** What the ETag is computed from: by default the whole JSON. */
type Fingerprint<T> = (value: T, json: string) => string;

function readBundle<T>(path: string, check: (raw: unknown) => T, fingerprint: Fingerprint<T>): JsonBundle<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not readable JSON: ${error instanceof Error ? error.message : error}`);
  }
  const value = check(raw);
  const json = JSON.stringify(value);
  const etag = `"${createHash('sha256').update(fingerprint(value, json)).digest('base64url').slice(0, 27)}"`;
  return { value, json, gzipped: gzipSync(json, { level: 9 }), etag };
}

/** `check` validates the parsed JSON and throws a readable error when it is wrong. */
export function jsonFileSource<T>(path: string, check: (raw: unknown) => T, fingerprint: Fingerprint<T> = (_value, json) => json): JsonFileSource<T> {
  let bundle = readBundle(path, check, fingerprint);
  let modified = statSync(path).mtimeMs;
  return {
    current() {
      const now = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
      if (now !== undefined && now !== modified) {
        try {
          bundle = readBundle(path, check, fingerprint);
          modified = now;
        } catch (error) {
          console.error(`Keeping the previous ${path}: ${error instanceof Error ? error.message : error}`);
        }
      }
      return bundle;
    },
  };
}
