import { claimKeys, keysOfText } from '../claims/keys.ts';
import { normalizeClaim, type NormalizedClaim } from '../claims/normalize.ts';
import { bm25Term, idf, retrievalKeys, type Bm25Stats, type KeyField } from './bm25.ts';
import {
  admissible,
  rankJudged,
  type ConflictQueryOptions,
  type RankedConflict,
  type StoredClaim,
} from './rank.ts';

/** How many of the most relevant candidates are judged per query; judging is the costly step. */
const JUDGE_TOP = 40;
/** Keys held by more than this share of claims are skipped when gathering candidates: they add little and cost much. */
const COMMON_SHARE = 0.2;

function postingKey(key: string, field: KeyField): string {
  return field === 'terms' ? `t:${key}` : `e:${key}`;
}

/**
 * An in-memory claim index for the CLI and benchmarks: inverted lists over claim keys, BM25 to gather the
 * candidates of a query, and the judge to rank the conflicts among them.
 */
export class ClaimIndex {
  private readonly claims: StoredClaim[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly ids = new Map<string, number>();
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
    const entries = retrievalKeys(keys);
    this.lengths.push(entries.length);
    this.totalLength += entries.length;
    for (const { key, field } of entries) {
      const name = postingKey(key, field);
      const list = this.postings.get(name);
      if (list) list.push(doc);
      else this.postings.set(name, [doc]);
    }
  }

  /** BM25 statistics of this index, in the shape the pure ranker takes. */
  stats(): Bm25Stats {
    return {
      df: (key, field) => this.postings.get(postingKey(key, field))?.length ?? 0,
      total: this.claims.length,
      averageLength: this.totalLength / Math.max(1, this.claims.length),
    };
  }

  /** The claims that conflict with the query, best first; never the query itself nor claims from its URL. */
  conflictsFor(query: StoredClaim, options: ConflictQueryOptions = {}): RankedConflict[] {
    const normalized = normalizeClaim({ text: query.text, speaker: query.speaker ?? null, date: query.date });
    const candidates = this.candidates(query, normalized, options);
    return rankJudged(normalized, candidates, options);
  }

  private candidates(query: StoredClaim, normalized: NormalizedClaim, options: ConflictQueryOptions) {
    const keys = query.keys ?? claimKeys(normalized);
    const total = this.claims.length;
    const average = this.totalLength / Math.max(1, total);
    const scores = new Map<number, number>();
    for (const { key, field } of retrievalKeys(keys)) {
      const list = this.postings.get(postingKey(key, field));
      if (!list || list.length > COMMON_SHARE * total + 50) continue;
      const weight = idf(list.length, total);
      for (const doc of list) {
        const length = this.lengths[doc] ?? 0;
        scores.set(doc, (scores.get(doc) ?? 0) + bm25Term(weight, field, length, average));
      }
    }
    const ranked = [...scores].sort((x, y) => y[1] - x[1]);
    const out: { claim: StoredClaim; relevance: number }[] = [];
    for (const [doc, relevance] of ranked) {
      const claim = this.claims[doc];
      if (!claim || !admissible(query, claim, options)) continue;
      out.push({ claim, relevance });
      if (out.length >= JUDGE_TOP) break;
    }
    return out;
  }
}
