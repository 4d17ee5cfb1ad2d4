import type { IDBPDatabase } from 'idb';
import type { Claim } from '../../core/claims/index.ts';
import { canonicalUrl } from '../../core/claims/index.ts';
import type { CounterclaimDB, PageReport, ClaimRecord } from './schema.ts';
import { toRecord } from './claim-record.ts';
import { allOrNothing, requestAll } from './transaction.ts';

/** The page a batch of claims was found on, as the scan reports it. */
export interface PageInput {
  url: string;
  outlet: string;
  domain: string;
  headline?: string;
  published?: string;
  /** Attributed quotes found; defaults to the number of claims. */
  quoteCount?: number;
}

/** How many claims a write added and how many it skipped as already stored (or repeated in the batch). */
export interface WriteResult {
  added: number;
  skipped: number;
}

// The two calls putNew makes, so it serves a transaction over claims alone or over claims and pages.
interface ClaimWriter {
  getKey(id: string): Promise<string | undefined>;
  put(claim: ClaimRecord): Promise<string>;
}

// The first of two equal ids in a batch wins, and an id already stored keeps its record: the claim was first
// collected then, and a rescan must not move it to the young end of the retention queue.
async function putNew(store: ClaimWriter, claims: readonly Claim[]): Promise<WriteResult> {
  const unique = new Map<string, Claim>();
  for (const claim of claims) if (!unique.has(claim.id)) unique.set(claim.id, claim);
  const candidates = [...unique.values()];
  const existing = await Promise.all(candidates.map((c) => store.getKey(c.id)));
  const fresh = candidates.filter((_, i) => existing[i] === undefined);
  await requestAll(fresh, (c) => store.put(toRecord(c)));
  return { added: fresh.length, skipped: claims.length - fresh.length };
}

/** Writes a page report and the page's new claims in one transaction. */
export async function writePage(
  db: IDBPDatabase<CounterclaimDB>,
  page: PageInput,
  claims: readonly Claim[],
  now: number,
): Promise<WriteResult> {
  const url = canonicalUrl(page.url);
  const tx = db.transaction(['claims', 'pages'], 'readwrite');
  return allOrNothing(tx, async () => {
    const result = await putNew(tx.objectStore('claims'), claims);
    const claimCount = await tx.objectStore('claims').index('page').count(url);
    const quoteCount = page.quoteCount ?? claims.length;
    const report: PageReport = { ...page, url, quoteCount, claimCount, scannedAt: now };
    await tx.objectStore('pages').put(report);
    return result;
  });
}

/** Writes imported claims in one transaction. */
export async function writeImport(
  db: IDBPDatabase<CounterclaimDB>,
  claims: readonly Claim[],
): Promise<WriteResult> {
  const tx = db.transaction('claims', 'readwrite');
  return allOrNothing(tx, () => putNew(tx.store, claims));
}
