import type { IDBPTransaction } from 'idb';

/**
 * Runs `work` on a read-write transaction and waits for it to commit. Any failure aborts the transaction, so its
 * writes land all together or not at all, and is rethrown (a commit-time failure such as a quota refusal too).
 */
export async function allOrNothing<T>(
  tx: Pick<IDBPTransaction<unknown, string[], 'readwrite'>, 'abort' | 'done'>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already aborted (a request failed) or finished.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Issues one request per item and waits for all. If issuing throws part-way (IndexedDB throws synchronously for
 * a value it cannot clone), the requests already issued are marked handled, since the abort that follows rejects them.
 */
export function requestAll<I, T>(items: readonly I[], issue: (item: I) => Promise<T>): Promise<T[]> {
  const pending: Promise<T>[] = [];
  try {
    for (const item of items) pending.push(issue(item));
  } catch (error) {
    for (const request of pending) request.catch(() => undefined);
    return Promise.reject(error);
  }
  return Promise.all(pending);
}
