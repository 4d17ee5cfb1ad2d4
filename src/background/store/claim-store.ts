import type { IDBPDatabase } from 'idb';
import type { Claim } from '../../core/claims/index.ts';
import { canonicalUrl } from '../../core/claims/index.ts';
import { claimsAfter, countDomains, firstExportPage } from './browse.ts';
import type {
  CandidateRequest,
  CandidateSearch,
  CandidateSource,
} from '../../core/conflicts/related/candidate-source.ts';
import { searchClaims } from './candidates.ts';
import { checkClaims } from './check-claims.ts';
import {
  clearAll,
  deleteWhere,
  exportClaims,
  readStats,
  type DeleteFilter,
  type StoreStats,
} from './maintenance.ts';
import { LazyConnection } from './open-database.ts';
import { PostingCache } from './posting-cache.ts';
import { guardQuota } from './quota.ts';
import { applyRetention, type RetentionPolicy } from './retention.ts';
import { DB_NAME, DB_VERSION, type CounterclaimDB, type PageReport, type RetentionReport } from './schema.ts';
import { toClaim } from './claim-record.ts';
import { allOrNothing } from './transaction.ts';
import { writeImport, writePage, type PageInput, type WriteResult } from './writes.ts';

export type { CandidateSearch, DeleteFilter, PageInput, RetentionPolicy, StoreStats, WriteResult };

/** Most claims one page may bring; the background's message caps are lower, this is the store's own guard. */
export const MAX_PAGE_CLAIMS = 5_000;

/**
 * The claim store: typed, all-or-nothing access to the claims database. It holds no state beyond a shared open
 * promise, so a service worker stopped at any moment loses nothing; the database opens on first use, and calls
 * that arrive while it opens wait for that one open.
 */
export class ClaimStore implements CandidateSource {
  private readonly connection: LazyConnection;
  // Lost when the worker stops, which costs only time: every write goes through `mutate`, which empties it.
  private readonly cache = new PostingCache();

  constructor(
    name: string,
    factory: () => IDBFactory,
    private readonly clock: () => number,
  ) {
    this.connection = new LazyConnection(name, DB_VERSION, factory);
  }

  /** Stores a page report and its claims in one transaction; a claim id already stored is skipped. */
  async putPageClaims(page: PageInput, claims: readonly Claim[]): Promise<WriteResult> {
    checkClaims(claims, MAX_PAGE_CLAIMS);
    const db = await this.db();
    return this.mutate(() =>
      guardQuota(db, 'putPageClaims', this.clock(), () => writePage(db, page, claims, this.clock())),
    );
  }

  /** Stores imported claims in one transaction, all or nothing; a claim id already stored is skipped. */
  async importClaims(claims: readonly Claim[]): Promise<WriteResult> {
    checkClaims(claims);
    const db = await this.db();
    return this.mutate(() => guardQuota(db, 'importClaims', this.clock(), () => writeImport(db, claims)));
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

  /** How many claims are stored for an article, whatever tracking parameters or fragment its URL carries. */
  async countForUrl(url: string): Promise<number> {
    return (await this.db()).countFromIndex('claims', 'page', canonicalUrl(url));
  }

  /** The report of the last scan of an article. */
  async getPage(url: string): Promise<PageReport | undefined> {
    return (await this.db()).get('pages', canonicalUrl(url));
  }

  /** Saved reader selections (claims of origin 'selection'), optionally only those of one article. */
  async highlights(url?: string): Promise<Claim[]> {
    const all = await (await this.db()).getAllFromIndex('claims', 'origin', 'selection');
    const page = url === undefined ? null : canonicalUrl(url);
    return all.filter((c) => page === null || c.page === page).map(toClaim);
  }

  /**
   * The candidates of a claim's check, with the key counts its ranking needs (`CandidateSource`; see
   * `searchClaims`). Posting lists read recently are served from memory until the next write.
   */
  async search(request: CandidateRequest): Promise<CandidateSearch> {
    const [db, total] = await Promise.all([this.db(), this.count()]);
    return searchClaims(db, request, total, this.cache);
  }

  /** How many claims are stored: BM25's document count (remembered until the next write). */
  async count(): Promise<number> {
    const cached = this.cache.count();
    if (cached !== null) return cached;
    const token = this.cache.begin();
    const total = await (await this.db()).count('claims');
    this.cache.putCount(token, total);
    return total;
  }

  /** Deletes one claim; resolves to whether it was there. */
  async deleteClaim(id: string): Promise<boolean> {
    const db = await this.db();
    return this.mutate(() => {
      const tx = db.transaction('claims', 'readwrite');
      return allOrNothing(tx, async () => {
        if ((await tx.store.getKey(id)) === undefined) return false;
        await tx.store.delete(id);
        return true;
      });
    });
  }

  /** Deletes every claim of a domain (and its page reports), or every claim a predicate picks; resolves to how many. */
  async deleteWhere(filter: DeleteFilter): Promise<number> {
    const db = await this.db();
    return this.mutate(() => deleteWhere(db, filter));
  }

  /** Deletes every claim and page report, and forgets the quota state. */
  async clear(): Promise<void> {
    const db = await this.db();
    return this.mutate(() => clearAll(db));
  }

  /** Counts, estimated size, and the quota and retention state, for the options page. */
  async stats(): Promise<StoreStats> {
    return readStats(await this.db());
  }

  /** One page of claims in id order, after the id `after` (null: from the start); for paged exports. */
  async claimsAfter(after: string | null, limit: number): Promise<Claim[]> {
    return claimsAfter(await this.db(), after, limit);
  }

  /** The export's first page and the claim count, from one snapshot (one transaction) of the store. */
  async firstExportPage(limit: number): Promise<{ claims: Claim[]; count: number }> {
    return firstExportPage(await this.db(), limit);
  }

  /** How many distinct outlet domains the stored claims come from. */
  async countDomains(): Promise<number> {
    return countDomains(await this.db());
  }

  /** Every claim, in id order, read in short batches. */
  exportAll(): AsyncGenerator<Claim> {
    return exportClaims(() => this.db());
  }

  /** Applies the reader's retention policy (default: at most 200,000 claims, no age limit); see `applyRetention`. */
  async enforceRetention(policy: RetentionPolicy = {}): Promise<RetentionReport> {
    const db = await this.db();
    return this.mutate(() => applyRetention(db, policy, this.clock()));
  }

  /** Closes the connection; the next call opens it again. */
  close(): Promise<void> {
    return this.connection.close();
  }

  // Every write runs here, so no cached posting list or count outlives the data it was read from.
  private mutate<T>(write: () => Promise<T>): Promise<T> {
    return this.cache.writing(write);
  }

  private db(): Promise<IDBPDatabase<CounterclaimDB>> {
    return this.connection.get();
  }
}

/**
 * The claim store in database `name` (default 'counterclaim') on `factory` (default the global indexedDB). No
 * database request is made until the first call that needs one.
 */
export function openClaimStore(
  name: string = DB_NAME,
  factory?: IDBFactory,
  clock: () => number = Date.now,
): ClaimStore {
  return new ClaimStore(name, () => factory ?? globalThis.indexedDB, clock);
}
