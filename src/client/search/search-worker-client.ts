/**
 * The one bridge to the search worker: requests carry ids so each answer finds its caller, the
 * worker starts only when the directory is first loaded, and while a query runs only the newest
 * waiting one is kept (typing fast never builds a queue). A crashed worker fails every caller.
 */
import type { Directory } from '../../shared/schema/directory.ts';
import type { DirectoryQuery, DirectoryResult } from '../../shared/directory/directory-query.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../../shared/directory/worker-protocol.ts';

/** `Omit` applied to each member of a union, keeping it a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (value: DirectoryResult | null) => void; reject: (error: Error) => void };

/** Thrown to a query that a newer one replaced before it ran; callers simply ignore it. */
export class SupersededQuery extends Error {
  constructor() {
    super('A newer search replaced this one');
  }
}

class SearchWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private queryRunning = false;
  private waitingQuery: { query: DirectoryQuery; settle: Pending } | null = null;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../workers/search.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<SearchWorkerResponse>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(message.message));
      else pending.resolve(message.type === 'result' ? message.result : null);
    });
    worker.addEventListener('error', () => this.fail(new Error('The search stopped working.')));
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
    this.waitingQuery?.settle.reject(error);
    this.waitingQuery = null;
    this.queryRunning = false;
  }

  private send(request: WithoutId<SearchWorkerRequest>): Promise<DirectoryResult | null> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage({ ...request, id } as SearchWorkerRequest);
    });
  }

  async load(directory: Directory): Promise<void> {
    await this.send({ type: 'load', directory });
  }

  /**
   * Runs a search. The search box's queries replace each other (`latestOnly`, the default);
   * a page asking several searches at once (the needs check) passes `latestOnly: false`.
   */
  query(query: DirectoryQuery, { latestOnly = true } = {}): Promise<DirectoryResult> {
    if (!latestOnly) return this.send({ type: 'query', query }) as Promise<DirectoryResult>;
    return new Promise((resolve, reject) => {
      const settle: Pending = { resolve: (result) => resolve(result!), reject };
      if (!this.queryRunning) return this.run(query, settle);
      this.waitingQuery?.settle.reject(new SupersededQuery());
      this.waitingQuery = { query, settle };
    });
  }

  private run(query: DirectoryQuery, settle: Pending): void {
    this.queryRunning = true;
    this.send({ type: 'query', query })
      .then(settle.resolve, settle.reject)
      .finally(() => {
        this.queryRunning = false;
        const waiting = this.waitingQuery;
        this.waitingQuery = null;
        if (waiting) this.run(waiting.query, waiting.settle);
      });
  }
}

export const searchWorker = new SearchWorkerClient();
