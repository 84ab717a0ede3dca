/// <reference lib="webworker" />
/**
 * The search worker: holds the directory's index so typing never waits on the main thread.
 */
import { createDirectoryEngine, runDirectoryQuery, type DirectoryEngine } from '../shared/directory/directory-query.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../shared/directory/worker-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;
let engine: DirectoryEngine | null = null;

const reply = (message: SearchWorkerResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<SearchWorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      engine = createDirectoryEngine(request.directory);
      reply({ type: 'loaded', id: request.id });
    } else if (!engine) {
      reply({ type: 'error', id: request.id, message: 'The directory is not loaded yet.' });
    } else {
      reply({ type: 'result', id: request.id, result: runDirectoryQuery(engine, request.query) });
    }
  } catch (error) {
    reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
