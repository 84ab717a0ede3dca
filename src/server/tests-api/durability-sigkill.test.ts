/**
 * Durability of the real server on SQLite: `node --import tsx src/server/main.ts` is started as a
 * child process, takes concurrent referral submissions, and is killed with SIGKILL at a seeded
 * random moment, then started again on the same data folder, over and over. Every referral whose
 * POST was answered 201 before a kill must be there after the restart (looked up through its
 * status link), and at the end the SQLite file must pass its integrity check.
 *
 * Two chains of restarts run side by side, each on its own data folder, so the 50 kills fit in
 * the time a test may take; each cycle is a real process start and a real SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../db/sqlite-database.ts';
import { fileDirectorySource } from '../directory-source.ts';
import { submissionBody } from '../referrals/test-fixtures.ts';
import { isListed } from '../../shared/directory/service-facts.ts';
import { seeded, tempDist, type Random } from './api-test-kit.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DIRECTORY_FILE = 'data/demo/london-middlesex.json';
const CHAINS = 2;
const CYCLES_PER_CHAIN = 25;
const SUBMITTERS = 4;
const START_TIMEOUT_MS = 30_000;

interface Acknowledged {
  referenceCode: string;
  statusToken: string;
  chain: number;
  cycle: number;
}

interface RunningServer {
  child: ChildProcess;
  port: number;
  exited: Promise<void>;
}

const children = new Set<ChildProcess>();
afterAll(() => {
  // Only if a test failed half-way: the servers this file started, by their own handles.
  for (const child of children) child.kill('SIGKILL');
});

function startServer(dataDir: string, distDir: string): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIRECTORY_FILE, GUICHET_MODE: 'demo', DIST_DIR: distDir };
  // SQLite is the subject, and nothing may be mailed.
  for (const name of ['DATABASE_URL', 'SMTP_URL', 'PUBLIC_ORIGIN', 'TRUST_PROXY', 'AREAS_FILE', 'MAP_STYLE_URL']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => children.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /Guichet is running at http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, port: Number(ready[1]), exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The server exited before it was ready:\n${output}`));
    });
  });
}

async function kill(server: RunningServer): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** Reads each acknowledged referral's status page on a freshly started server. */
async function missingAfterRestart(port: number, acknowledged: readonly Acknowledged[]): Promise<string[]> {
  const missing: string[] = [];
  const queue = [...acknowledged];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const response = await fetch(`http://127.0.0.1:${port}/api/referrals/status/${item.statusToken}`);
      const body = (await response.json()) as { referenceCode?: string };
      if (response.status !== 200 || body.referenceCode !== item.referenceCode) {
        missing.push(`${item.referenceCode} (chain ${item.chain}, acknowledged in cycle ${item.cycle}) → ${response.status} ${JSON.stringify(body)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return missing;
}

/**
 * Sends submissions from several clients at once until the server dies under them, keeping the
 * receipts it answered with. Anything other than an acknowledgement or a dropped connection is a failure.
 */
function submitUntilKilled(port: number, serviceId: string, chain: number, cycle: number) {
  const acknowledged: Acknowledged[] = [];
  const problems: string[] = [];
  let dropped = 0;
  let stopped = false;
  let notify: (() => void) | null = null;
  const client = async () => {
    while (!stopped) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/referrals`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(submissionBody(serviceId)),
        });
        const text = await response.text();
        if (response.status === 201) {
          const { referenceCode, statusToken } = JSON.parse(text) as { referenceCode: string; statusToken: string };
          acknowledged.push({ referenceCode, statusToken, chain, cycle });
          notify?.();
        } else {
          problems.push(`cycle ${cycle}: ${response.status} ${text.slice(0, 200)}`);
        }
      } catch {
        // The connection dropped (the kill): no receipt reached this client, so nothing was promised.
        dropped += 1;
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  };
  const clients = Promise.all(Array.from({ length: SUBMITTERS }, client));
  return {
    acknowledged,
    problems,
    /** Requests cut off by the kill, their answer never received. */
    get dropped() {
      return dropped;
    },
    /** Resolves once `count` submissions were acknowledged, or after `timeoutMs`. */
    until(count: number, timeoutMs: number): Promise<void> {
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        notify = () => {
          if (acknowledged.length >= count) {
            clearTimeout(timer);
            resolve();
          }
        };
        notify();
      });
    },
    async stop() {
      stopped = true;
      await clients;
    },
  };
}

async function runChain(chain: number, random: Random, serviceId: string, distDir: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `guichet-durability-${chain}-`));
  const all: Acknowledged[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  let unverified: Acknowledged[] = [];
  let kills = 0;
  let dropped = 0;
  for (let cycle = 0; cycle < CYCLES_PER_CHAIN; cycle += 1) {
    const server = await startServer(dataDir, distDir);
    // What the last server acknowledged before it was killed is read back first.
    missing.push(...(await missingAfterRestart(server.port, unverified)));
    const traffic = submitUntilKilled(server.port, serviceId, chain, cycle);
    // The moment of the kill, from the seed: mostly mid-stream after some receipts, sometimes right away.
    if (random.chance(0.15)) {
      await new Promise((resolve) => setTimeout(resolve, random.int(60)));
    } else {
      await traffic.until(1 + random.int(25), 5_000);
      await new Promise((resolve) => setTimeout(resolve, random.int(30)));
    }
    await kill(server);
    kills += 1;
    await traffic.stop();
    problems.push(...traffic.problems);
    dropped += traffic.dropped;
    unverified = [...traffic.acknowledged];
    all.push(...traffic.acknowledged);
  }
  // A last start: the last kill's receipts, and then every receipt of the chain, are all there.
  const last = await startServer(dataDir, distDir);
  missing.push(...(await missingAfterRestart(last.port, unverified)));
  missing.push(...(await missingAfterRestart(last.port, all)));
  await kill(last);
  kills += 1;
  return { dataDir, all, missing, problems, kills, dropped };
}

describe('durability: the real server SIGKILLed during concurrent referral submissions, 50 kills [sqlite]', () => {
  it('keeps every acknowledged referral across restarts, and the database passes its integrity check', async () => {
    const directory = fileDirectorySource(DIRECTORY_FILE).current().value;
    const serviceId = directory.services.find(isListed)!.id;
    const distDir = tempDist();
    const random = seeded(20261125);
    const chains = await Promise.all(Array.from({ length: CHAINS }, (_, chain) => runChain(chain, seeded(random.int(2 ** 31) + chain), serviceId, distDir)));

    try {
      expect(chains.reduce((sum, chain) => sum + chain.kills, 0)).toBeGreaterThanOrEqual(CHAINS * CYCLES_PER_CHAIN);
      expect(chains.flatMap((chain) => chain.problems)).toEqual([]);
      expect(chains.flatMap((chain) => chain.missing)).toEqual([]);
      // Enough receipts to mean something: most cycles were killed after several of them.
      const acknowledged = chains.flatMap((chain) => chain.all);
      expect(acknowledged.length).toBeGreaterThanOrEqual(CHAINS * CYCLES_PER_CHAIN * 3);
      // The kills landed on requests in flight, not between them.
      expect(chains.reduce((sum, chain) => sum + chain.dropped, 0)).toBeGreaterThanOrEqual(CHAINS * CYCLES_PER_CHAIN);

      for (const chain of chains) {
        // Opened after the last SIGKILL: recovers the WAL as any next start would, then checks every page.
        const sqlite = new SqliteDatabase(join(chain.dataDir, SQLITE_FILE_NAME));
        try {
          expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(sqlite.pragma('foreign_key_check')).toEqual([]);
          const codes = new Set(
            (sqlite.prepare('select reference_code from referrals where person_name is not null').all() as { reference_code: string }[]).map((row) => row.reference_code),
          );
          expect(chain.all.filter((item) => !codes.has(item.referenceCode))).toEqual([]);
          const duplicates = sqlite.prepare('select idempotency_key from referrals group by idempotency_key having count(*) > 1').all();
          expect(duplicates).toEqual([]);
        } finally {
          sqlite.close();
        }
      }
    } finally {
      for (const chain of chains) rmSync(chain.dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    }
  }, 180_000);
});
