import type { Claim } from '../../claims/index.ts';
import { canonicalUrl } from '../../claims/index.ts';
import { retrievalKeys } from '../bm25.ts';
import { readClaim, type ClaimReadings } from '../claim-features.ts';
import { IntList, Interner } from '../postings.ts';
import { fieldKey } from '../rank.ts';
import {
  lookupKeys,
  SEARCH,
  type Candidate,
  type CandidateRequest,
  type CandidateSearch,
  type CandidateSource,
} from './candidate-source.ts';
import { claimTime } from './claim-time.ts';
import { orderPostings, type PostingList } from './gather.ts';
import { featureInput } from './readings.ts';

/** Readings kept between searches: a claim read for one query is often a candidate of the next. */
const READINGS_CACHE = 4096;

/**
 * An in-memory claim store for the CLI, the evaluations and the benchmarks: posting lists of claim numbers per
 * retrieval key, searched with the same policy as the extension's IndexedDB store.
 */
export class MemorySource implements CandidateSource {
  private readonly claims: Claim[] = [];
  private readonly ids = new Map<string, number>();
  private readonly keyIds = new Interner();
  private readonly postings: IntList[] = [];
  private readonly pages: string[] = [];
  private readonly times: number[] = [];
  private readonly readings = new Map<number, ClaimReadings>();

  /** Number of claims held. */
  get size(): number {
    return this.claims.length;
  }

  /** Adds a claim; a claim with an id already present is ignored, as the store keeps one record per id. */
  add(claim: Claim): void {
    if (this.ids.has(claim.id)) return;
    const doc = this.claims.length;
    this.claims.push(claim);
    this.ids.set(claim.id, doc);
    this.pages.push(canonicalUrl(claim.source.url));
    this.times.push(claimTime(claim));
    for (const { key, field } of retrievalKeys(claim.keys)) {
      const id = this.keyIds.intern(fieldKey(key, field));
      if (id === this.postings.length) this.postings.push(new IntList(2));
      this.postings[id]?.push(doc);
    }
  }

  /** Candidates for a claim's keys, in the order `orderPostings` gives, filtered as the request says. */
  search(request: CandidateRequest): Promise<CandidateSearch> {
    return Promise.resolve(this.searchNow(request));
  }

  private searchNow(request: CandidateRequest): CandidateSearch {
    const total = this.claims.length;
    const { terms, entities } = lookupKeys(request.keys);
    const counts = new Map<string, number>();
    const lists: PostingList<string>[] = [];
    const wanted = [
      ...terms.map((key) => ({ key: fieldKey(key, 'terms'), field: 'terms' as const })),
      ...entities.map((key) => ({ key: fieldKey(key, 'entities'), field: 'entities' as const })),
    ];
    const found = wanted.map(({ key, field }) => {
      const docs = this.postings[this.keyIds.find(key)]?.view() ?? new Int32Array(0);
      counts.set(key, Math.min(docs.length, SEARCH.perKey + 1));
      return { field, docs };
    });
    const anyRare = found.some((f) => f.docs.length > 0 && f.docs.length <= SEARCH.perKey);
    for (const { field, docs } of found) {
      if (docs.length === 0 || (anyRare && docs.length > SEARCH.perKey)) continue;
      lists.push({ field, ids: this.idsOf(docs) });
    }
    const ordered = orderPostings(lists, total);
    const exclude = request.excludeUrl === undefined ? null : canonicalUrl(request.excludeUrl);
    const since = request.since ?? -Infinity;
    const until = request.until ?? Infinity;
    const candidates: Candidate[] = [];
    for (const id of ordered) {
      if (candidates.length >= SEARCH.candidates) break;
      const doc = this.ids.get(id) ?? -1;
      const time = this.times[doc] ?? 0;
      if (doc < 0 || this.pages[doc] === exclude || time < since || time > until) continue;
      candidates.push({ claim: this.claims[doc]!, readings: () => this.readingsOf(doc) });
    }
    return { candidates, counts, total };
  }

  /**
   * The claim ids of a posting list as the IndexedDB index gives them: all of a list within the cap, else the
   * first `SEARCH.perKey + 1` in id order.
   */
  private idsOf(docs: Int32Array): string[] {
    const ids = Array.from(docs, (doc) => this.claims[doc]?.id ?? '');
    if (ids.length <= SEARCH.perKey) return ids;
    return ids.sort().slice(0, SEARCH.perKey + 1);
  }

  /** A claim's readings, from a small cache that forgets the oldest entry when full. */
  private readingsOf(doc: number): ClaimReadings {
    const cached = this.readings.get(doc);
    if (cached) return cached;
    const claim = this.claims[doc]!;
    const readings = readClaim(featureInput(claim));
    if (this.readings.size >= READINGS_CACHE) {
      const oldest = this.readings.keys().next();
      if (!oldest.done) this.readings.delete(oldest.value);
    }
    this.readings.set(doc, readings);
    return readings;
  }
}
