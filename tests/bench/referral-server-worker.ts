/**
 * The server app (createApp, as main.ts assembles it) over a given database, listening on a free
 * loopback port, in a worker thread: the load generator in the main thread then has a core of its
 * own instead of sharing the server's event loop.
 */
import { serve } from '@hono/node-server';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { fileDirectorySource } from '../../src/server/directory-source.ts';
import { notifierFor, type Notifier } from '../../src/server/referrals/notifier.ts';

export interface ReferralServerRequest {
  /** PostgreSQL's URL, or null for the SQLite file in dataDir. */
  databaseUrl: string | null;
  /** The SQLite file's folder, and where notices are written as .eml files. */
  dataDir: string;
  directoryFile: string;
  /**
   * `eml-files`: as a default install without SMTP does. `discarded`: accepted and dropped, to
   * measure the submission alone (mail delivery's cost depends on the mail server).
   */
  notices: 'eml-files' | 'discarded';
}

const request = workerData as ReferralServerRequest;
const discarding: Notifier = { send: async () => undefined };
const database = await openDatabase({ databaseUrl: request.databaseUrl, dataDir: request.dataDir });
const app = createApp({
  directory: fileDirectorySource(request.directoryFile),
  database,
  notifier: request.notices === 'discarded' ? discarding : notifierFor({ smtpUrl: null, dataDir: request.dataDir }),
});

// Requests still being answered when the load generator stops are let finish before the database closes.
let answering = 0;
let whenIdle: (() => void) | null = null;
const server = serve(
  {
    fetch: async (incoming: Request) => {
      answering += 1;
      try {
        return await app.fetch(incoming);
      } finally {
        answering -= 1;
        if (answering === 0) whenIdle?.();
      }
    },
    port: 0,
    hostname: '127.0.0.1',
  },
  (info) => parentPort!.postMessage({ port: info.port }),
);

parentPort!.once('message', async () => {
  server.close();
  if (answering > 0) await new Promise<void>((resolve) => (whenIdle = resolve));
  await database.close();
  parentPort!.postMessage({ stopped: true });
});
