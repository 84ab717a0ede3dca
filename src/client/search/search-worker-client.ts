/**
 * The one bridge to the search worker: requests carry ids so each answer finds its caller,
 * and the worker starts only when the directory is first loaded.
 */
import type { Directory } from '../../shared/schema/directory.ts';
import type { DirectoryQuery, DirectoryResult } from '../../shared/directory/directory-query.ts';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../../shared/directory/worker-protocol.ts';

/** `Omit` applied to each member of a union, keeping it a union. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type Pending = { resolve: (value: DirectoryResult | null) => void; reject: (error: Error) => void };

class SearchWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

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
    this.worker = worker;
    return worker;
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

  /** Resolves with the result; a caller that sent a newer query since simply ignores an older one. */
  async query(query: DirectoryQuery): Promise<DirectoryResult> {
    return (await this.send({ type: 'query', query }))!;
  }
}

export const searchWorker = new SearchWorkerClient();
