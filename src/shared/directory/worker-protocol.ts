/** Messages between the app and the search worker. */
import type { Directory } from '../schema/directory.ts';
import type { DirectoryQuery, DirectoryResult } from './directory-query.ts';

export type SearchWorkerRequest =
  | { type: 'load'; id: number; directory: Directory }
  | { type: 'query'; id: number; query: DirectoryQuery };

export type SearchWorkerResponse =
  | { type: 'loaded'; id: number }
  | { type: 'result'; id: number; result: DirectoryResult }
  | { type: 'error'; id: number; message: string };
