/** `referral-server-worker.ts` in a worker thread, for the length of a measurement. */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ReferralServerRequest } from './referral-server-worker.ts';

interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

async function startAppInWorker(request: ReferralServerRequest): Promise<RunningApp> {
  // Workers do not inherit tsx's loader; the worker registers it before importing TypeScript.
  const tsxLoader = import.meta.resolve('tsx/esm/api');
  const script = new URL('./referral-server-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxLoader)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: request });
  // Rejects if the worker fails to start instead (an 'error' event).
  const [{ port }] = (await once(worker, 'message')) as [{ port: number }];
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      worker.postMessage('stop');
      await once(worker, 'message');
      await worker.terminate();
    },
  };
}

/** Runs `use` against the app, stopping it afterwards whatever happens. */
export async function withAppInWorker<Result>(request: ReferralServerRequest, use: (url: string) => Promise<Result>): Promise<Result> {
  const app = await startAppInWorker(request);
  try {
    return await use(app.url);
  } finally {
    await app.stop();
  }
}
