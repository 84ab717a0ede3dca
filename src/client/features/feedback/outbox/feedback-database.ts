/**
 * The feedback outbox's IndexedDB database, opened the same way by the app and the service
 * worker: reports waiting to be sent (`outbox`) and the receipts of those that were (`sent`).
 * A database of its own, so a change here never upgrades the referral outbox's.
 */
export const OUTBOX_STORE = 'outbox';
export const SENT_STORE = 'sent';

const DATABASE_NAME = 'guichet-feedback';
const DATABASE_VERSION = 1;

let opening: Promise<IDBDatabase> | null = null;

function openFeedbackDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'idempotencyKey' });
      if (!db.objectStoreNames.contains(SENT_STORE)) db.createObjectStore(SENT_STORE, { keyPath: 'idempotencyKey' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version of the app wants to upgrade: step aside.
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

/** Flushed to disk before it reports success: a report the person was told is saved must be. */
export async function writeTransaction(stores: string[]): Promise<IDBTransaction> {
  const db = await openFeedbackDatabase();
  return db.transaction(stores, 'readwrite', { durability: 'strict' });
}

export async function readAll<T>(store: string): Promise<T[]> {
  const db = await openFeedbackDatabase();
  return requestResult(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<T[]>);
}
