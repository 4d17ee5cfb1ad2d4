import type { IDBPDatabase } from 'idb';
import type { Claim } from '../../core/claims/index.ts';
import type { CounterclaimDB } from './schema.ts';
import { toClaim } from './claim-record.ts';

type Db = IDBPDatabase<CounterclaimDB>;

/** Up to `limit` claims in id order after the id `after` (from the start when null): one page of an export. */
export async function claimsAfter(db: Db, after: string | null, limit: number): Promise<Claim[]> {
  const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
  return (await db.getAll('claims', range, limit)).map(toClaim);
}

/** The first page of an export and the number of claims, read in one transaction: one snapshot of the store. */
export async function firstExportPage(db: Db, limit: number): Promise<{ claims: Claim[]; count: number }> {
  const store = db.transaction('claims').store;
  const [rows, count] = await Promise.all([store.getAll(undefined, limit), store.count()]);
  return { claims: rows.map(toClaim), count };
}

/** How many distinct outlet domains the stored claims come from. */
export async function countDomains(db: Db): Promise<number> {
  let count = 0;
  let cursor = await db.transaction('claims').store.index('domain').openKeyCursor(null, 'nextunique');
  while (cursor) {
    count += 1;
    cursor = await cursor.continue();
  }
  return count;
}
