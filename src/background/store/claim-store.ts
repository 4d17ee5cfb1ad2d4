import type { IDBPDatabase } from 'idb';
import type { Claim } from '../../core/claims/claim.ts';
import { canonicalUrl } from '../../core/claims/claim-id.ts';
import { findCandidates, type CandidateKeys, type CandidateOptions } from './candidates.ts';
import { checkClaims } from './check-claims.ts';
import { ClaimStoreError, isQuotaError } from './errors.ts';
import { LazyConnection } from './open-database.ts';
import { applyRetention, deleteOldestEvictable, type RetentionPolicy } from './retention.ts';
import {
  DB_NAME,
  DB_VERSION,
  type CounterclaimDB,
  type PageReport,
  type QuotaState,
  type RetentionReport,
  type StoredClaim,
} from './schema.ts';
import { estimateClaimBytes } from './size-estimate.ts';
import { toClaim, toStored } from './stored-claim.ts';
import { allOrNothing, requestAll } from './transaction.ts';

/** The page a batch of claims was found on, as the scan reports it. */
export interface PageInput {
  url: string;
  outlet: string;
  domain: string;
  headline?: string;
  published?: string;
  quoteCount?: number;
}

/** How many claims a write added and how many it skipped as already stored. */
export interface WriteResult {
  added: number;
  skipped: number;
}

/** Counts and size for the options page. */
export interface StoreStats {
  claims: number;
  pages: number;
  /** Saved reader selections: claims of origin 'selection'. */
  highlights: number;
  /** Estimated bytes on disk, from a sample of records (see `estimateClaimBytes`). */
  bytesEstimate: number;
  /** The last time the browser refused space, or null. */
  quota: QuotaState | null;
  retention: RetentionReport | null;
}

/** What `deleteWhere` deletes: every claim (and page report) of a domain, or the claims a predicate picks. */
export type DeleteFilter = { domain: string } | ((claim: Claim) => boolean);

type Db = IDBPDatabase<CounterclaimDB>;
const SIZE_SAMPLE = 200;
const EXPORT_BATCH = 1_000;
// Share of page and feed claims removed when the browser refuses space, so the next scan has room.
const QUOTA_EVICT_SHARE = 0.05;

/** The claim store: typed, all-or-nothing access to the claims database, opened lazily on first use. */
export class ClaimStore {
  private readonly connection: LazyConnection;

  constructor(
    name: string,
    factory: () => IDBFactory,
    private readonly clock: () => number,
  ) {
    this.connection = new LazyConnection(name, DB_VERSION, factory);
  }

  /** Stores a page report and its claims in one transaction; a claim id already stored is skipped. */
  async putPageClaims(page: PageInput, claims: readonly Claim[]): Promise<WriteResult> {
    checkClaims(claims);
    const url = canonicalUrl(page.url);
    return this.write('putPageClaims', async (db) => {
      const tx = db.transaction(['claims', 'pages'], 'readwrite');
      return allOrNothing(tx, async () => {
        const result = await putNew(tx.objectStore('claims'), claims);
        const claimCount = await tx.objectStore('claims').index('page').count(url);
        const report: PageReport = {
          ...page,
          url,
          quoteCount: page.quoteCount ?? claims.length,
          claimCount,
          scannedAt: this.clock(),
        };
        await tx.objectStore('pages').put(report);
        return result;
      });
    });
  }

  /** Stores claims from an import in one transaction, all or nothing; a claim id already stored is skipped. */
  async importClaims(claims: readonly Claim[]): Promise<WriteResult> {
    checkClaims(claims);
    return this.write('importClaims', async (db) => {
      const tx = db.transaction('claims', 'readwrite');
      return allOrNothing(tx, () => putNew(tx.store, claims));
    });
  }

  /** The claim with this id, if stored. */
  async getClaim(id: string): Promise<Claim | undefined> {
    const stored = await (await this.db()).get('claims', id);
    return stored && toClaim(stored);
  }

  /** The claims stored for an article, whatever tracking parameters or fragment its URL carries. */
  async claimsForUrl(url: string): Promise<Claim[]> {
    return (await (await this.db()).getAllFromIndex('claims', 'page', canonicalUrl(url))).map(toClaim);
  }

  /** The report of the last scan of an article. */
  async getPage(url: string): Promise<PageReport | undefined> {
    return (await this.db()).get('pages', canonicalUrl(url));
  }

  /** Saved reader selections, optionally only those of one article. */
  async highlights(url?: string): Promise<Claim[]> {
    const all = await (await this.db()).getAllFromIndex('claims', 'origin', 'selection');
    const page = url === undefined ? null : canonicalUrl(url);
    return all.filter((c) => page === null || c.page === page).map(toClaim);
  }

  /** Claims sharing terms or entities with the keys, ranked by overlap; see `findCandidates`. */
  async candidates(keys: CandidateKeys, options?: CandidateOptions): Promise<Claim[]> {
    return findCandidates(await this.db(), keys, options);
  }

  /** How many claims hold a term (or, with field 'entities', an entity key): BM25's document frequency. */
  async documentFrequency(key: string, field: 'terms' | 'entities' = 'terms'): Promise<number> {
    return (await this.db()).countFromIndex('claims', field, key);
  }

  /** Document frequencies of many keys in one transaction. */
  async documentFrequencies(
    keys: CandidateKeys,
  ): Promise<{ terms: Map<string, number>; entities: Map<string, number> }> {
    const tx = (await this.db()).transaction('claims', 'readonly');
    const count = async (field: 'terms' | 'entities', list: readonly string[] = []) =>
      new Map(
        await Promise.all(
          [...new Set(list)].map(async (k) => [k, await tx.store.index(field).count(k)] as const),
        ),
      );
    const [terms, entities] = await Promise.all([
      count('terms', keys.terms),
      count('entities', keys.entities),
    ]);
    return { terms, entities };
  }

  /** How many claims are stored: BM25's document count. */
  async count(): Promise<number> {
    return (await this.db()).count('claims');
  }

  /** Deletes one claim; resolves to whether it was there. */
  async deleteClaim(id: string): Promise<boolean> {
    const tx = (await this.db()).transaction('claims', 'readwrite');
    return allOrNothing(tx, async () => {
      if ((await tx.store.getKey(id)) === undefined) return false;
      await tx.store.delete(id);
      return true;
    });
  }

  /** Deletes every claim of a domain (and its page reports), or every claim a predicate picks; resolves to how many. */
  async deleteWhere(filter: DeleteFilter): Promise<number> {
    const tx = (await this.db()).transaction(['claims', 'pages'], 'readwrite');
    return allOrNothing(tx, async () => {
      const claims = tx.objectStore('claims');
      if (typeof filter !== 'function') {
        const ids = await claims.index('domain').getAllKeys(filter.domain);
        const pages = await tx.objectStore('pages').index('domain').getAllKeys(filter.domain);
        await Promise.all([
          ...ids.map((id) => claims.delete(id)),
          ...pages.map((u) => tx.objectStore('pages').delete(u)),
        ]);
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

  /** Deletes every claim and page report, and forgets the quota state: the reader made room. */
  async clear(): Promise<void> {
    const tx = (await this.db()).transaction(['claims', 'pages', 'meta'], 'readwrite');
    await allOrNothing(tx, () =>
      Promise.all([
        tx.objectStore('claims').clear(),
        tx.objectStore('pages').clear(),
        tx.objectStore('meta').clear(),
      ]),
    );
  }

  /** Counts, estimated size, and the quota and retention state, for the options page. */
  async stats(): Promise<StoreStats> {
    const tx = (await this.db()).transaction(['claims', 'pages', 'meta'], 'readonly');
    const claims = tx.objectStore('claims');
    const [count, pages, highlights, sample, quota, retention] = await Promise.all([
      claims.count(),
      tx.objectStore('pages').count(),
      claims.index('origin').count('selection'),
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
      bytesEstimate,
      quota: (quota as QuotaState | undefined) ?? null,
      retention: (retention as RetentionReport | undefined) ?? null,
    };
  }

  /** Every claim in id order, read in batches of short transactions so a slow consumer cannot hold one open. */
  async *exportAll(): AsyncGenerator<Claim> {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const batch = await (await this.db()).getAll('claims', range, EXPORT_BATCH);
      for (const stored of batch) yield toClaim(stored);
      if (batch.length < EXPORT_BATCH) return;
      after = batch[batch.length - 1]?.id;
    }
  }

  /** Applies the reader's retention policy; see `applyRetention`. */
  async enforceRetention(policy: RetentionPolicy = {}): Promise<RetentionReport> {
    return applyRetention(await this.db(), policy, this.clock());
  }

  /** Closes the connection; the next call opens it again. */
  close(): Promise<void> {
    return this.connection.close();
  }

  private db(): Promise<Db> {
    return this.connection.get();
  }

  // A refused write is recorded for the options page, followed by a retention pass to make room, and reported to
  // the caller as a 'quota' error; reads and later writes go on working.
  private async write<T>(operation: string, body: (db: Db) => Promise<T>): Promise<T> {
    const db = await this.db();
    try {
      return await body(db);
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const evicted = await this.makeRoom(db).catch(() => 0);
      const state: QuotaState = {
        at: this.clock(),
        operation,
        message: String((error as Error).message),
        evicted,
      };
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

  private async makeRoom(db: Db): Promise<number> {
    const tx = db.transaction(['claims', 'pages', 'meta'], 'readwrite');
    return allOrNothing(tx, async () => {
      const evictable = await Promise.all(
        (['page', 'feed'] as const).map((o) =>
          tx
            .objectStore('claims')
            .index('evict')
            .count(IDBKeyRange.bound([o, -Infinity], [o, Infinity])),
        ),
      );
      const total = evictable.reduce((a, b) => a + b, 0);
      return deleteOldestEvictable(tx, Math.ceil(total * QUOTA_EVICT_SHARE));
    });
  }
}

// The two calls putNew makes, so it serves a transaction over claims alone or over claims and pages.
interface ClaimWriter {
  getKey(id: string): Promise<string | undefined>;
  put(claim: StoredClaim): Promise<string>;
}

// Within a batch the first of two equal ids wins; ids already stored are left as they are (first seen, kept).
async function putNew(store: ClaimWriter, claims: readonly Claim[]): Promise<WriteResult> {
  const unique = [...new Map(claims.map((c) => [c.id, c] as const)).values()];
  const existing = await Promise.all(unique.map((c) => store.getKey(c.id)));
  const fresh = unique.filter((_, i) => existing[i] === undefined);
  await requestAll(fresh, (c) => store.put(toStored(c)));
  return { added: fresh.length, skipped: claims.length - fresh.length };
}

/** Opens the claim store lazily: no database request is made until the first call that needs it. */
export function openClaimStore(
  name: string = DB_NAME,
  factory?: IDBFactory,
  clock: () => number = Date.now,
): ClaimStore {
  return new ClaimStore(name, () => factory ?? globalThis.indexedDB, clock);
}
