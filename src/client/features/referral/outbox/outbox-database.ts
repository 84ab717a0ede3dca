/**
 * The referral outbox's IndexedDB database, opened the same way by the app and the service
 * worker: requests waiting to be sent (`outbox`) and the receipts of those that were
 * (`requests`). Raw IndexedDB with just enough promise wrapping to read well.
 */
export const OUTBOX_STORE = 'outbox';
export const REQUESTS_STORE = 'requests';

const DATABASE_NAME = 'guichet-referrals';
const DATABASE_VERSION = 1;

let opening: Promise<IDBDatabase> | null = null;

export function openReferralDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'idempotencyKey' });
      if (!db.objectStoreNames.contains(REQUESTS_STORE)) db.createObjectStore(REQUESTS_STORE, { keyPath: 'idempotencyKey' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app (another tab, a new service worker) wants to upgrade: step aside.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
  return opening;
}

/** The result of one request, as a promise. */
export function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves once the transaction has committed: only then is what it wrote safe. */
export function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * A read-write transaction that is flushed to disk before it reports success: a person's
 * request, and above all a receipt the server has acknowledged, must survive a crash.
 */
export async function writeTransaction(stores: string[]): Promise<IDBTransaction> {
  const db = await openReferralDatabase();
  return db.transaction(stores, 'readwrite', { durability: 'strict' });
}

export async function readAll<T>(store: string): Promise<T[]> {
  const db = await openReferralDatabase();
  return requestResult(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}
