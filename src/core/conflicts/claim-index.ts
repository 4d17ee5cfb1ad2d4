import { claimKeys, keysOfText } from '../claims/index.ts';
import { normalizeClaim, type NormalizedClaim } from '../claims/index.ts';
import { BM25, bm25Term, idf, retrievalKeys, type Bm25Stats } from './bm25.ts';
import { IntList, Interner, TopK } from './postings.ts';
import {
  fieldKey,
  rankRelated,
  RANKING,
  type ConflictQueryOptions,
  type RankedConflict,
  type RelatedCandidate,
  type StoredClaim,
} from './rank.ts';

/**
 * Keys held by more than this share of claims are skipped when gathering candidates (unless nothing rarer
 * matched): a word in one claim of twenty says little about the story and costs a long posting list.
 */
const COMMON_SHARE = 0.05;
/** Most postings read per query, rarest keys first: bounds a query's cost however large the store grows. */
const POSTING_BUDGET = 150_000;
/** Normalised claims kept between queries: a claim judged for one query is often a candidate of the next. */
const NORMALIZED_CACHE = 4096;
const DAY = 86_400_000;
const NO_DAY = -0x80000000;
const NONE = -1;

function dayOf(date: string | undefined): number {
  const at = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(at) ? Math.floor(at / DAY) : NO_DAY;
}

/**
 * An in-memory claim index for the CLI and benchmarks: inverted lists over claim keys held in typed arrays, BM25
 * over the query's rarest keys to gather candidates, then the same ranking the background uses.
 */
export class ClaimIndex {
  private readonly claims: StoredClaim[] = [];
  private readonly ids = new Map<string, number>();
  private readonly keyIds = new Interner();
  private readonly postings: IntList[] = [];
  private readonly entityKey: boolean[] = [];
  private readonly docKeys = new IntList(1024);
  private readonly docStart = new IntList(1024);
  private readonly days = new IntList(1024);
  private readonly urls = new IntList(1024);
  private readonly sources = new IntList(1024);
  private readonly urlIds = new Interner();
  private readonly sourceIds = new Interner();
  private readonly normalized = new Map<number, NormalizedClaim>();
  private scores = new Float32Array(0);
  private totalLength = 0;

  /** Number of claims in the index. */
  get size(): number {
    return this.claims.length;
  }

  /** Adds a claim (its keys are computed unless given); a claim with an id already present is ignored. */
  add(claim: StoredClaim): void {
    if (this.ids.has(claim.id)) return;
    const keys = claim.keys ?? keysOfText(claim.text);
    const doc = this.claims.length;
    const stored: StoredClaim = { id: claim.id, text: claim.text };
    if (claim.speaker) stored.speaker = claim.speaker;
    if (claim.source) stored.source = claim.source;
    if (claim.url) stored.url = claim.url;
    if (claim.date) stored.date = claim.date;
    this.claims.push(stored);
    this.ids.set(claim.id, doc);
    this.days.push(dayOf(claim.date));
    this.urls.push(claim.url ? this.urlIds.intern(claim.url) : NONE);
    this.sources.push(claim.source ? this.sourceIds.intern(claim.source) : NONE);
    this.docStart.push(this.docKeys.length);
    const entries = retrievalKeys(keys);
    this.totalLength += entries.length;
    for (const { key, field } of entries) {
      const id = this.keyIds.intern(fieldKey(key, field));
      if (id === this.postings.length) {
        this.postings.push(new IntList(2));
        this.entityKey.push(field === 'entities');
      }
      this.postings[id]?.push(doc);
      this.docKeys.push(id);
    }
  }

  /** BM25 statistics of this index, in the shape the pure ranker takes. */
  stats(): Bm25Stats {
    return {
      df: (key, field) => this.postings[this.keyIds.find(fieldKey(key, field))]?.length ?? 0,
      total: this.claims.length,
      averageLength: this.averageLength(),
    };
  }

  /** The claims that conflict with the query, best first; never the query itself nor claims from its URL. */
  conflictsFor(query: StoredClaim, options: ConflictQueryOptions = {}): RankedConflict[] {
    const normalized = normalizeClaim({ text: query.text, speaker: query.speaker ?? null, date: query.date });
    const keys = query.keys ?? claimKeys(normalized);
    const queryKeys = retrievalKeys(keys)
      .map(({ key, field }) => this.keyIds.find(fieldKey(key, field)))
      .filter((id) => id >= 0);
    const related = this.related(query, [...new Set(queryKeys)], options);
    const weight = (key: number) => this.weight(key);
    return rankRelated(normalized, related, weight, this.averageLength(), options);
  }

  private averageLength(): number {
    return this.totalLength / Math.max(1, this.claims.length);
  }

  private weight(key: number): number {
    const df = this.postings[key]?.length ?? 0;
    return idf(df, this.claims.length) * (this.entityKey[key] ? BM25.entityBoost : 1);
  }

  private keysOf(doc: number): number[] {
    const from = this.docStart.view()[doc] ?? 0;
    const to = doc + 1 < this.claims.length ? (this.docStart.view()[doc + 1] ?? 0) : this.docKeys.length;
    return Array.from(this.docKeys.view().subarray(from, to));
  }

  /** BM25 over the query's keys, rarest first within a postings budget; the best admissible claims. */
  private related(
    query: StoredClaim,
    keys: number[],
    options: ConflictQueryOptions,
  ): RelatedCandidate<number>[] {
    const total = this.claims.length;
    if (this.scores.length < total) this.scores = new Float32Array(Math.max(1024, total * 2));
    const scores = this.scores;
    const starts = this.docStart.view();
    const average = this.averageLength();
    const touched = new IntList(256);
    const common = Math.max(50, COMMON_SHARE * total);
    keys.sort((x, y) => (this.postings[x]?.length ?? 0) - (this.postings[y]?.length ?? 0));
    let scanned = 0;
    for (const key of keys) {
      const list = this.postings[key];
      if (!list || (list.length > common && scanned > 0)) continue;
      const take = Math.min(list.length, POSTING_BUDGET - scanned);
      if (take <= 0) break;
      const docs = list.view();
      const weight = this.weight(key);
      // Newest claims first when a list is cut: the latest reports matter most.
      for (let i = docs.length - take; i < docs.length; i++) {
        const doc = docs[i] ?? 0;
        const end = doc + 1 < total ? (starts[doc + 1] ?? 0) : this.docKeys.length;
        const length = end - (starts[doc] ?? 0);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] =
          (scores[doc] ?? 0) + bm25Term(weight, this.entityKey[key] ? 'entities' : 'terms', length, average);
      }
      scanned += take;
    }
    const best = new TopK(RANKING.related);
    const admit = this.admitter(query, options);
    for (const doc of touched.view()) {
      const score = scores[doc] ?? 0;
      scores[doc] = 0;
      if (admit(doc)) best.offer(doc, score);
    }
    return best.sorted().map(({ item, score }) => ({
      claim: this.claims[item] ?? { id: '', text: '' },
      relevance: score,
      keys: this.keysOf(item),
      normalize: () => this.normalizedOf(item),
    }));
  }

  /** A stored claim normalised, from a small cache that forgets the oldest entry when full. */
  private normalizedOf(doc: number): NormalizedClaim {
    const cached = this.normalized.get(doc);
    if (cached) return cached;
    const claim = this.claims[doc] ?? { id: '', text: '' };
    const normalized = normalizeClaim({ text: claim.text, speaker: claim.speaker ?? null, date: claim.date });
    if (this.normalized.size >= NORMALIZED_CACHE) {
      const oldest = this.normalized.keys().next();
      if (!oldest.done) this.normalized.delete(oldest.value);
    }
    this.normalized.set(doc, normalized);
    return normalized;
  }

  /** The admissibility test of rank.ts on the compact columns: not the query, its page or source, in the window. */
  private admitter(query: StoredClaim, options: ConflictQueryOptions): (doc: number) => boolean {
    const self = this.ids.get(query.id) ?? NONE;
    const url = options.excludeUrl ?? query.url;
    const urlId = url ? this.urlIds.find(url) : NONE;
    const sourceId = options.excludeSource ? this.sourceIds.find(options.excludeSource) : NONE;
    const day = dayOf(query.date);
    const window = options.window !== undefined && day !== NO_DAY ? Math.ceil(options.window) : Infinity;
    const urls = this.urls.view();
    const sources = this.sources.view();
    const days = this.days.view();
    return (doc) => {
      if (doc === self || this.claims[doc]?.id === query.id) return false;
      if (urlId !== NONE && urls[doc] === urlId) return false;
      if (sourceId !== NONE && sources[doc] === sourceId) return false;
      const at = days[doc] ?? NO_DAY;
      return at === NO_DAY || Math.abs(at - day) <= window;
    };
  }
}
