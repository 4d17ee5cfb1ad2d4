import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { EVICTABLE_ORIGINS, type CounterclaimDB, type RetentionReport } from './schema.ts';

/** The reader's retention settings: a cap on the number of claims and, optionally, on their age. */
export interface RetentionPolicy {
  /** Default 200,000. */
  maxClaims?: number;
  /** Page and feed claims collected longer ago than this are deleted; no age limit when absent. */
  maxAgeDays?: number;
}

/** The default cap on the number of claims. */
export const DEFAULT_MAX_CLAIMS = 200_000;
const DAY_MS = 86_400_000;

type WriteTx = IDBPTransaction<CounterclaimDB, ['claims', 'pages', 'meta'], 'readwrite'>;

/** Deletes the `count` oldest evictable (page, feed, fact-check) claims (by collection time); resolves to how many went. */
export async function deleteOldestEvictable(tx: WriteTx, count: number): Promise<number> {
  if (count <= 0) return 0;
  const index = tx.objectStore('claims').index('evict');
  const oldest: { id: string; collected: number }[] = [];
  for (const origin of EVICTABLE_ORIGINS) {
    // The (origin, collected) index gives each origin's claims oldest first; take `count` of each and merge.
    const range = IDBKeyRange.bound([origin, -Infinity], [origin, Infinity]);
    let taken = 0;
    for (let cursor = await index.openKeyCursor(range); cursor && taken < count; taken++) {
      oldest.push({ id: cursor.primaryKey, collected: cursor.key[1] });
      cursor = await cursor.continue();
    }
  }
  oldest.sort((a, b) => a.collected - b.collected);
  const doomed = oldest.slice(0, count);
  await Promise.all(doomed.map(({ id }) => tx.objectStore('claims').delete(id)));
  return doomed.length;
}

async function deleteOlderThan(tx: WriteTx, cutoff: number): Promise<number> {
  const claims = tx.objectStore('claims');
  let deleted = 0;
  for (const origin of EVICTABLE_ORIGINS) {
    const range = IDBKeyRange.bound([origin, -Infinity], [origin, cutoff], false, true);
    const ids = await claims.index('evict').getAllKeys(range);
    await Promise.all(ids.map((id) => claims.delete(id)));
    deleted += ids.length;
  }
  // Page reports older than the limit go too; their claims have just gone.
  const pages = tx.objectStore('pages');
  for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.scannedAt < cutoff) await cursor.delete();
  }
  return deleted;
}

/**
 * Applies the retention policy in one transaction: page, feed and fact-check claims past the age limit go, then
 * the oldest of them until the cap holds. Imported and saved claims are never deleted here, so the store can stay
 * above the cap when they alone exceed it. The report is kept in meta.
 */
export async function applyRetention(
  db: IDBPDatabase<CounterclaimDB>,
  policy: RetentionPolicy,
  now: number,
): Promise<RetentionReport> {
  const maxClaims = Math.max(0, policy.maxClaims ?? DEFAULT_MAX_CLAIMS);
  const tx = db.transaction(['claims', 'pages', 'meta'], 'readwrite');
  const deletedByAge =
    policy.maxAgeDays === undefined ? 0 : await deleteOlderThan(tx, now - policy.maxAgeDays * DAY_MS);
  const excess = (await tx.objectStore('claims').count()) - maxClaims;
  const deletedByCount = await deleteOldestEvictable(tx, excess);
  const claims = await tx.objectStore('claims').count();
  const report: RetentionReport = { at: now, deletedByAge, deletedByCount, claims };
  await tx.objectStore('meta').put(report, 'retention');
  await tx.done;
  return report;
}
