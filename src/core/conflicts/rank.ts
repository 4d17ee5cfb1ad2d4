import type { ClaimKeys } from '../claims/index.ts';
import { normalizeClaim, type NormalizedClaim } from '../claims/index.ts';
import { judgeClaims } from './judge.ts';
import { defaultModel } from './model.ts';
import { stanceOf } from './stance.ts';
import { storyScores } from './story.ts';
import type { ConflictModel, Reason, Relation } from './types.ts';

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
  /** The judge's conflict score in [0, 1]. */
  score: number;
  reasons: Reason[];
  /** The judge's relation; always "conflict" unless the query asked to rank every related claim. */
  relation: Relation;
  /** Relevance (BM25) of the candidate to the query, before judgement. */
  relevance: number;
}

/** Filters and sizes for a conflict query. */
export interface ConflictQueryOptions {
  limit?: number;
  /** Never return claims from this URL (the page the query claim is on); defaults to the query's URL. */
  excludeUrl?: string;
  /** Never return claims from this source (outlet), e.g. to show only what other outlets say. */
  excludeSource?: string;
  /** Only claims dated within this many days of the query's date (when both have dates). */
  window?: number;
  /** Conflict score a candidate needs to be returned (ignored with rankAll). */
  minScore?: number;
  /**
   * Rank every related claim by how likely it disputes the query, not only those the judge calls conflicts:
   * for measuring the ranking itself, where a threshold would hide what the ranking got right.
   */
  rankAll?: boolean;
  /** How many of the most story-related candidates are read for stance (normalised); the costly step. */
  judgeTop?: number;
  model?: ConflictModel;
}

/** Sizes and weights of the ranking, chosen by cross-validation on the Emergent stories (held-out tenth unused). */
export const RANKING = {
  related: 60,
  judgeTop: 30,
  /** Of those, how many (the likeliest to dispute the query) get the judge's full reading with reasons. */
  judged: 12,
  /** Past the first `alwaysRead`, candidates whose story score is below this share of the best are not judged. */
  minStory: 0.2,
  /**
   * How many of the most story-related candidates are read whatever their share of the best. On a small store
   * the best is often a near-copy of the query, whose feedback vote inflates it, so a cut relative to it would
   * hinge on one claim more or less; this many cost little to read, and the judge decides about them.
   */
  alwaysRead: 12,
  storyPower: 1.5,
  judgeWeight: 0.5,
} as const;

const DAY = 86_400_000;

/** True when the candidate may be shown for the query: not itself, not its page or excluded source, in the window. */
export function admissible(
  query: StoredClaim,
  candidate: StoredClaim,
  options: ConflictQueryOptions,
): boolean {
  if (candidate.id === query.id) return false;
  const url = options.excludeUrl ?? query.url;
  if (url && candidate.url === url) return false;
  if (options.excludeSource && candidate.source === options.excludeSource) return false;
  if (options.window !== undefined && query.date && candidate.date) {
    const gap = Math.abs(Date.parse(query.date) - Date.parse(candidate.date));
    if (Number.isFinite(gap) && gap > options.window * DAY) return false;
  }
  return true;
}

/** A candidate found related to a query: the claim, its BM25 relevance, and its retrieval keys for story scoring. */
export interface RelatedCandidate<K> {
  claim: StoredClaim;
  relevance: number;
  keys: readonly K[];
  /** The candidate normalised, when the caller keeps normalised claims (computed from the text otherwise). */
  normalize?: () => NormalizedClaim;
}

/**
 * Ranks related candidates by relatedness × conflict likelihood: how firmly the candidate belongs to the query's
 * story, times how likely it disputes the query (its stance against the query's, plus the judge's conflict score).
 * `weight(key)` is a key's idf with its field's boost.
 */
export function rankRelated<K>(
  query: NormalizedClaim,
  related: readonly RelatedCandidate<K>[],
  weight: (key: K) => number,
  averageLength: number,
  options: ConflictQueryOptions = {},
): RankedConflict[] {
  const { limit = 10, minScore = 0.5, model = defaultModel, rankAll = false } = options;
  const story = storyScores(related, weight, averageLength);
  const chosen = related
    .map((candidate, i) => ({ candidate, story: story[i] ?? 0 }))
    .sort((x, y) => y.story - x.story || (x.candidate.claim.id < y.candidate.claim.id ? -1 : 1))
    .filter((x, i) => i < RANKING.alwaysRead || x.story >= RANKING.minStory)
    .slice(0, options.judgeTop ?? RANKING.judgeTop);
  // A query that itself disputes the story conflicts with claims that state it, and the other way round.
  const queryDisputes = stanceOf(model.stance, query).against > 0.5;
  const read = chosen.map(({ candidate, story: belongs }) => {
    const other = candidate.normalize
      ? candidate.normalize()
      : normalizeClaim({
          text: candidate.claim.text,
          speaker: candidate.claim.speaker ?? null,
          date: candidate.claim.date,
        });
    const stance = stanceOf(model.stance, other);
    const disputes = queryDisputes ? stance.for : stance.against;
    return { candidate, other, belongs, disputes, prior: belongs ** RANKING.storyPower * disputes };
  });
  read.sort((x, y) => y.prior - x.prior);
  const out: (RankedConflict & { rank: number })[] = [];
  read.forEach(({ candidate, other, belongs, disputes, prior }, i) => {
    const { claim, relevance } = candidate;
    // The full judgement (reasons, relation) is the costly step: only the likeliest few are judged.
    if (i >= Math.max(limit + 2, RANKING.judged)) {
      if (rankAll)
        out.push({ id: claim.id, score: 0, reasons: [], relation: 'neutral', relevance, rank: prior });
      return;
    }
    const judgement = judgeClaims(query, other, model);
    if (!rankAll && (judgement.relation !== 'conflict' || judgement.score < minScore)) return;
    const rank = belongs ** RANKING.storyPower * (disputes + RANKING.judgeWeight * judgement.score);
    const { score, reasons, relation } = judgement;
    out.push({ id: claim.id, score, reasons, relation, relevance, rank });
  });
  out.sort((x, y) => y.rank - x.rank || (x.id < y.id ? -1 : 1));
  return out.slice(0, limit).map(({ rank: _rank, ...rest }) => rest);
}

/** A retrieval key with its field folded in, so terms and entities of the same spelling stay apart. */
export function fieldKey(key: string, field: 'terms' | 'entities'): string {
  return field === 'terms' ? `t:${key}` : `e:${key}`;
}
