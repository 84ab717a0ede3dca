/** The directory bundle phones download, validated against the schema before it is served. */
import { directorySchema, type Directory } from '../shared/schema/directory.ts';
import { jsonFileSource, type JsonFileSource } from './json-file-source.ts';

export type DirectorySource = JsonFileSource<Directory>;

function checkDirectory(path: string) {
  return (raw: unknown): Directory => {
    const parsed = directorySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const first = parsed.error.issues[0];
    throw new Error(`${path} is not a valid directory: ${first?.path.join('.')}: ${first?.message}`);
  };
}

/**
 * The ETag ignores `generated_at`: re-importing the same data must not make every phone
 * download the directory again.
 */
export function fileDirectorySource(path: string): DirectorySource {
  return jsonFileSource(path, checkDirectory(path), (directory) => JSON.stringify({ ...directory, generated_at: null }));
}
