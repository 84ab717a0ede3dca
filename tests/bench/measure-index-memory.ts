/**
 * Starts `index-memory-worker.ts` in a worker thread, so the index's memory is measured in a
 * heap of its own, apart from the benchmark's directories and fuse indexes.
 */
import { Worker } from 'node:worker_threads';
import type { IndexMemoryReport, IndexMemoryRequest } from './index-memory-worker.ts';

export function measureIndexInWorker(request: IndexMemoryRequest): Promise<IndexMemoryReport> {
  // Workers do not inherit tsx's loader; the worker registers it before importing TypeScript.
  const tsxLoader = import.meta.resolve('tsx/esm/api');
  const script = new URL('./index-memory-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxLoader)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: request });
  return new Promise((resolve, reject) => {
    worker.once('message', (report: IndexMemoryReport) => {
      resolve(report);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
