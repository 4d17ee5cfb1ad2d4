import type { IDBPDatabase } from 'idb';
import type { Claim, ClaimOrigin } from '../../core/claims/index.ts';
import type { CounterclaimDB, QuotaState, RetentionReport } from './schema.ts';
import { estimateClaimBytes } from './size-estimate.ts';
import { toClaim } from './claim-record.ts';
import { allOrNothing } from './transaction.ts';

type Db = IDBPDatabase<CounterclaimDB>;

/** What `deleteWhere` deletes: every claim (and page report) of a domain, or the claims a predicate picks. */
export type DeleteFilter = { domain: string } | ((claim: Claim) => boolean);

/** Counts and size for the options page. */
export interface StoreStats {
  claims: number;
  pages: number;
  /** Saved reader selections: claims of origin 'selection'. */
  highlights: number;
  /** Claims by where they came from: pages read, feeds, fact-checks, imports, the reader's highlights. */
  byOrigin: Record<ClaimOrigin, number>;
  /** Estimated bytes on disk: the mean of a sample of records (see `estimateClaimBytes`) times the count. */
  bytesEstimate: number;
  /** The last time the browser refused space, or null. */
  quota: QuotaState | null;
  /** The last retention pass, or null. */
  retention: RetentionReport | null;
}

const SIZE_SAMPLE = 200;
const EXPORT_BATCH = 1_000;

/** Deletes, in one transaction, the claims a filter picks; resolves to how many. */
export async function deleteWhere(db: Db, filter: DeleteFilter): Promise<number> {
  const tx = db.transaction(['claims', 'pages'], 'readwrite');
  return allOrNothing(tx, async () => {
    const claims = tx.objectStore('claims');
    if (typeof filter !== 'function') {
      const pages = tx.objectStore('pages');
      const ids = await claims.index('domain').getAllKeys(filter.domain);
      const urls = await pages.index('domain').getAllKeys(filter.domain);
      await Promise.all([...ids.map((id) => claims.delete(id)), ...urls.map((url) => pages.delete(url))]);
      return ids.length;
    }
    let deleted = 0;
    for (let cursor = await claims.openCursor(); cursor; cursor = await cursor.continue()) {
      if (!filter(toClaim(cursor.value))) continue;
      await cursor.delete();
      deleted++;
    }
    return deleted;
  });
}

/** Deletes every claim and page report and forgets the quota state, since the reader has just made room. */
export async function clearAll(db: Db): Promise<void> {
  const tx = db.transaction(['claims', 'pages', 'meta'], 'readwrite');
  await allOrNothing(tx, () =>
    Promise.all(['claims', 'pages', 'meta'].map((name) => tx.objectStore(name as 'claims').clear())),
  );
}

/** Counts, estimated size, and the quota and retention state. */
export async function readStats(db: Db): Promise<StoreStats> {
  const tx = db.transaction(['claims', 'pages', 'meta'], 'readonly');
  const claims = tx.objectStore('claims');
  const origin = claims.index('origin');
  const [count, pages, page, feed, factcheck, imported, highlights, sample, quota, retention] =
    await Promise.all([
      claims.count(),
      tx.objectStore('pages').count(),
      origin.count('page'),
      origin.count('feed'),
      origin.count('factcheck'),
      origin.count('import'),
      origin.count('selection'),
      claims.getAll(undefined, SIZE_SAMPLE),
      tx.objectStore('meta').get('quota'),
      tx.objectStore('meta').get('retention'),
    ]);
  const sampleBytes = sample.reduce((sum, c) => sum + estimateClaimBytes(c), 0);
  const bytesEstimate = sample.length === 0 ? 0 : Math.round((sampleBytes / sample.length) * count);
  return {
    claims: count,
    pages,
    highlights,
    byOrigin: { page, feed, factcheck, import: imported, selection: highlights },
    bytesEstimate,
    quota: (quota as QuotaState | undefined) ?? null,
    retention: (retention as RetentionReport | undefined) ?? null,
  };
}

/** Every claim in id order, in batches of short transactions so a slow consumer cannot hold one open. */
export async function* exportClaims(db: () => Promise<Db>): AsyncGenerator<Claim> {
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const batch = await (await db()).getAll('claims', range, EXPORT_BATCH);
    for (const stored of batch) yield toClaim(stored);
    if (batch.length < EXPORT_BATCH) return;
    after = batch[batch.length - 1]?.id;
  }
}
