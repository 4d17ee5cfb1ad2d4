import type { IDBPDatabase } from 'idb';
import type { Claim } from '../../core/claims/claim.ts';
import { canonicalUrl } from '../../core/claims/claim-id.ts';
import { claimsAfter, countDomains } from './browse.ts';
import {
  findCandidates,
  searchCandidates,
  type CandidateKeys,
  type CandidateOptions,
  type CandidateSearch,
} from './candidates.ts';
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
import { guardQuota } from './quota.ts';
import { applyRetention, type RetentionPolicy } from './retention.ts';
import { DB_NAME, DB_VERSION, type CounterclaimDB, type PageReport, type RetentionReport } from './schema.ts';
import { toClaim } from './stored-claim.ts';
import { allOrNothing } from './transaction.ts';
import { writeImport, writePage, type PageInput, type WriteResult } from './writes.ts';

export type {
  CandidateSearch,
  CandidateKeys,
  CandidateOptions,
  DeleteFilter,
  PageInput,
  RetentionPolicy,
  StoreStats,
  WriteResult,
};

/** Most claims one page may bring; the background's message caps are lower, this is the store's own guard. */
export const MAX_PAGE_CLAIMS = 5_000;

/**
 * The claim store: typed, all-or-nothing access to the claims database. It holds no state beyond a shared open
 * promise, so a service worker stopped at any moment loses nothing; the database opens on first use, and calls
 * that arrive while it opens wait for that one open.
 */
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
    checkClaims(claims, MAX_PAGE_CLAIMS);
    const db = await this.db();
    return guardQuota(db, 'putPageClaims', this.clock(), () => writePage(db, page, claims, this.clock()));
  }

  /** Stores imported claims in one transaction, all or nothing; a claim id already stored is skipped. */
  async importClaims(claims: readonly Claim[]): Promise<WriteResult> {
    checkClaims(claims);
    const db = await this.db();
    return guardQuota(db, 'importClaims', this.clock(), () => writeImport(db, claims));
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

  /** Saved reader selections (claims of origin 'selection'), optionally only those of one article. */
  async highlights(url?: string): Promise<Claim[]> {
    const all = await (await this.db()).getAllFromIndex('claims', 'origin', 'selection');
    const page = url === undefined ? null : canonicalUrl(url);
    return all.filter((c) => page === null || c.page === page).map(toClaim);
  }

  /** Claims sharing terms or entities with the keys, ranked by overlap; see `findCandidates`. */
  async candidates(keys: CandidateKeys, options?: CandidateOptions): Promise<Claim[]> {
    return findCandidates(await this.db(), keys, options);
  }

  /** Candidates together with how many claims hold each key looked up, in one pass; see `searchCandidates`. */
  async searchCandidates(keys: CandidateKeys, options?: CandidateOptions): Promise<CandidateSearch> {
    return searchCandidates(await this.db(), keys, options);
  }

  /** How many claims hold a term (or, with field 'entities', an entity key): BM25's document frequency. */
  async documentFrequency(key: string, field: 'terms' | 'entities' = 'terms'): Promise<number> {
    return (await this.db()).countFromIndex('claims', field, key);
  }

  /** Document frequencies of many keys in one transaction; a key held by no claim maps to 0. */
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
    return deleteWhere(await this.db(), filter);
  }

  /** Deletes every claim and page report, and forgets the quota state. */
  async clear(): Promise<void> {
    return clearAll(await this.db());
  }

  /** Counts, estimated size, and the quota and retention state, for the options page. */
  async stats(): Promise<StoreStats> {
    return readStats(await this.db());
  }

  /** One page of claims in id order, after the id `after` (null: from the start); for paged exports. */
  async claimsAfter(after: string | null, limit: number): Promise<Claim[]> {
    return claimsAfter(await this.db(), after, limit);
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
    return applyRetention(await this.db(), policy, this.clock());
  }

  /** Closes the connection; the next call opens it again. */
  close(): Promise<void> {
    return this.connection.close();
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
