import type { IDBPDatabase } from 'idb';
import { ClaimStoreError, isQuotaError } from './errors.ts';
import { deleteOldestEvictable } from './retention.ts';
import { EVICTABLE_ORIGINS, type CounterclaimDB, type QuotaState } from './schema.ts';
import { allOrNothing } from './transaction.ts';

// Share of page, feed and fact-check claims removed when the browser refuses space, so the next scan has room.
const EVICT_SHARE = 0.05;

async function makeRoom(db: IDBPDatabase<CounterclaimDB>): Promise<number> {
  const tx = db.transaction(['claims', 'pages', 'meta'], 'readwrite');
  return allOrNothing(tx, async () => {
    const index = tx.objectStore('claims').index('evict');
    const counts = await Promise.all(
      EVICTABLE_ORIGINS.map((o) => index.count(IDBKeyRange.bound([o, -Infinity], [o, Infinity]))),
    );
    const evictable = counts.reduce((a, b) => a + b, 0);
    return deleteOldestEvictable(tx, Math.ceil(evictable * EVICT_SHARE));
  });
}

/**
 * Runs a write; when the browser refuses space, records it in meta for the options page, removes the oldest 5% of
 * page and feed claims to make room, and throws a ClaimStoreError with code 'quota'. The write itself stored
 * nothing (its transaction aborted), and reads and later writes go on working.
 */
export async function guardQuota<T>(
  db: IDBPDatabase<CounterclaimDB>,
  operation: string,
  now: number,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    // Each step may itself be refused; the caller must still hear about the first refusal.
    const evicted = await makeRoom(db).catch(() => 0);
    const message = error instanceof Error ? error.message : String(error);
    const state: QuotaState = { at: now, operation, message, evicted };
    await db.put('meta', state, 'quota').catch(() => undefined);
    throw new ClaimStoreError(
      'quota',
      `The browser refused space for ${operation}; nothing from it was stored.`,
      {
        cause: error,
      },
    );
  }
}
