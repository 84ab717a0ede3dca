/**
 * Runs inside a worker thread, like the app's search worker: generates a directory, then
 * builds its search index and reports the build time and how much memory the index kept,
 * measured after garbage collection so only what the index holds on to is counted.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { generateDirectory } from '../../src/cli/generate/generate-directory.ts';
import { buildSearchIndex } from '../../src/shared/search/index.ts';

export interface IndexMemoryRequest {
  seed: number;
  serviceCount: number;
}

export interface IndexMemoryReport {
  buildMs: number;
  /** Growth of the worker's JavaScript heap. */
  heapBytes: number;
  /** Growth of typed-array storage, which lives outside the heap. */
  arrayBufferBytes: number;
}

// The process runs without --expose-gc; the flag can still be switched on from inside.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function settledMemory(): NodeJS.MemoryUsage {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage();
}

const { seed, serviceCount } = workerData as IndexMemoryRequest;
const directory = generateDirectory({ seed, serviceCount });
const before = settledMemory();
const started = performance.now();
const index = buildSearchIndex(directory);
const buildMs = performance.now() - started;
const after = settledMemory();
const report: IndexMemoryReport = {
  buildMs,
  heapBytes: after.heapUsed - before.heapUsed,
  arrayBufferBytes: after.arrayBuffers - before.arrayBuffers,
};
// Reading the index after the measurement keeps it alive through it.
if (index.serviceCount !== directory.services.length) throw new Error('index lost services');
parentPort?.postMessage(report);
