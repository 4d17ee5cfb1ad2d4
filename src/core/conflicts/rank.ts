import type { ClaimKeys } from '../claims/claim.ts';
import { claimKeys } from '../claims/keys.ts';
import { normalizeClaim, type NormalizedClaim } from '../claims/normalize.ts';
import { bm25, type Bm25Stats } from './bm25.ts';
import { judgeClaims } from './judge.ts';
import { defaultModel } from './model.ts';
import type { ConflictModel, Reason } from './types.ts';

/** A stored claim as retrieval sees it. */
export interface StoredClaim {
  id: string;
  text: string;
  speaker?: string | null;
  source?: string;
  url?: string;
  /** ISO date of the article the claim came from. */
  date?: string;
  /** Keys when the store already has them; computed from the text otherwise. */
  keys?: ClaimKeys;
}

/** One conflict found for a query, best first. */
export interface RankedConflict {
  id: string;
  score: number;
  reasons: Reason[];
  /** Relevance (BM25) of the candidate to the query, before judgement. */
  relevance: number;
}

/** Filters and sizes for a conflict query. */
export interface ConflictQueryOptions {
  limit?: number;
  /** Never return claims from this URL (the page the query claim is on). */
  excludeUrl?: string;
  /** Only claims dated within this many days of the query's date (when both have dates). */
  window?: number;
  /** Conflict score a candidate needs to be returned. */
  minScore?: number;
  model?: ConflictModel;
}

const DAY = 86_400_000;

/** True when the candidate may be shown for the query: not itself, not its page, within the time window. */
export function admissible(
  query: StoredClaim,
  candidate: StoredClaim,
  options: ConflictQueryOptions,
): boolean {
  if (candidate.id === query.id) return false;
  const url = options.excludeUrl ?? query.url;
  if (url && candidate.url === url) return false;
  if (options.window !== undefined && query.date && candidate.date) {
    const gap = Math.abs(Date.parse(query.date) - Date.parse(candidate.date));
    if (Number.isFinite(gap) && gap > options.window * DAY) return false;
  }
  return true;
}

/**
 * Judges candidates against a query and ranks the conflicts: the judge's conflict score, lifted a little by
 * relevance so that of two equally clear conflicts the one about the same story comes first.
 */
export function rankJudged(
  query: NormalizedClaim,
  candidates: readonly { claim: StoredClaim; relevance: number; normalized?: NormalizedClaim }[],
  options: ConflictQueryOptions = {},
): RankedConflict[] {
  const { limit = 10, minScore = 0.5, model = defaultModel } = options;
  const top = Math.max(1e-9, ...candidates.map((c) => c.relevance));
  const out: (RankedConflict & { rank: number })[] = [];
  for (const { claim, relevance, normalized } of candidates) {
    const other =
      normalized ?? normalizeClaim({ text: claim.text, speaker: claim.speaker ?? null, date: claim.date });
    const judgement = judgeClaims(query, other, model);
    if (judgement.relation !== 'conflict' || judgement.score < minScore) continue;
    const rank = judgement.score * (0.5 + 0.5 * Math.sqrt(relevance / top));
    out.push({ id: claim.id, score: judgement.score, reasons: judgement.reasons, relevance, rank });
  }
  out.sort((x, y) => y.rank - x.rank || (x.id < y.id ? -1 : 1));
  return out.slice(0, limit).map(({ rank: _rank, ...rest }) => rest);
}

/**
 * Ranks conflicts among candidates the caller fetched (e.g. from IndexedDB by key), with BM25 statistics the
 * caller supplies. Pure: the background uses it over the claim store.
 */
export function rankCandidates(
  query: StoredClaim,
  candidates: readonly StoredClaim[],
  stats: Bm25Stats,
  options: ConflictQueryOptions & { judgeTop?: number } = {},
): RankedConflict[] {
  const normalized = normalizeClaim({ text: query.text, speaker: query.speaker ?? null, date: query.date });
  const keys = query.keys ?? claimKeys(normalized);
  const scored = candidates
    .filter((c) => admissible(query, c, options))
    .map((claim) => ({ claim, relevance: bm25(keys, claim.keys ?? keysOf(claim), stats) }))
    .filter((c) => c.relevance > 0)
    .sort((x, y) => y.relevance - x.relevance)
    .slice(0, options.judgeTop ?? 60);
  return rankJudged(normalized, scored, options);
}

function keysOf(claim: StoredClaim): ClaimKeys {
  return claimKeys(normalizeClaim({ text: claim.text }));
}
