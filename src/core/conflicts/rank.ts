import type { NormalizedClaim } from '../claims/index.ts';
import { clashesByRule } from './fact-clash.ts';
import { judgeClaims } from './judge.ts';
import { defaultModel } from './model.ts';
import { stanceOf } from './stance.ts';
import { STORY, storyScores } from './story.ts';
import { shownTier, type Tier } from './tier.ts';
import type { ConflictModel, Judgement, Reason, Relation } from './types.ts';

/** One conflict found for a query, best first. */
export interface RankedConflict {
  id: string;
  /** The judge's conflict score in [0, 1]. */
  score: number;
  reasons: Reason[];
  /** The judge's relation. */
  relation: Relation;
  /** Disputed (drawn and counted), another account of the same point (listed only), or none (rankAll only). */
  tier: Tier;
  /** Relevance (BM25) of the candidate to the query, before judgement. */
  relevance: number;
}

/** Sizes of a conflict query and the model it judges with. */
export interface ConflictQueryOptions {
  limit?: number;
  /** Conflict score a candidate needs to be disputed when the judge gives no tier (ignored with rankAll). */
  minScore?: number;
  /**
   * Rank every related claim by how likely it disputes the query, not only those the judge calls conflicts:
   * for measuring the ranking itself, where a threshold would hide what the ranking got right.
   */
  rankAll?: boolean;
  /** How many of the most story-related candidates are read for stance (normalised); the costly step. */
  judgeTop?: number;
  model?: ConflictModel;
  /** The judge; a seam for tests, the core's judge otherwise. */
  judge?: (a: NormalizedClaim, b: NormalizedClaim, model: ConflictModel) => Judgement;
}

/** Sizes and weights of the ranking, chosen by cross-validation on the Emergent stories (held-out tenth unused). */
export const RANKING = {
  related: 60,
  /** How many of the most story-related are read for their stance (45 against 30: recall at 10 0.80, not 0.79). */
  judgeTop: 45,
  /** Of those, how many (the likeliest to dispute the query) get the judge's full reading with reasons. */
  judged: 12,
  /**
   * And how many of the most story-related are judged too, whatever their stance: an account that says the
   * opposite in words of its own ("refused" against "agreed"), which no rule reads before judging, reads as
   * agreeing until the judge compares them.
   */
  closestJudged: 2,
  /**
   * Past the first `alwaysRead`, candidates whose story score is below this share of the best are not judged. The
   * best is often a near-copy of a long query, so an answer in other words sits far below it (the Kremlin's "the
   * question of a timeline for a ceasefire was not raised" at 0.14 of Trump's own sentence told by another outlet).
   */
  minStory: 0.12,
  /**
   * How many of the most story-related candidates are read whatever their share of the best. On a small store
   * the best is often a near-copy of the query, whose feedback vote inflates it, so a cut relative to it would
   * hinge on one claim more or less; this many cost little to read, and the judge decides about them.
   */
  alwaysRead: 12,
  /**
   * Story share at and above which a candidate counts as wholly of the query's story. Past it, being closer to
   * the query says nothing more about disputing it: the closest claims of a story are most often its near-copies,
   * which repeat the query, while the account that denies it words the story its own way.
   */
  storyFull: 0.5,
  storyPower: 1.5,
  judgeWeight: 0.5,
} as const;

/** How far a candidate belongs to the query's story, from its story share: rising to 1 at `RANKING.storyFull`. */
function membership(story: number): number {
  return Math.min(1, story / RANKING.storyFull) ** RANKING.storyPower;
}

/** A candidate found related to a query: the claim, its BM25 relevance, and its retrieval keys for story scoring. */
export interface RelatedCandidate<K> {
  id: string;
  relevance: number;
  keys: readonly K[];
  /** The candidate normalised (with its article's date). */
  normalize: () => NormalizedClaim;
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
  const { limit = 10, minScore = 0.5, model = defaultModel, rankAll = false, judge = judgeClaims } = options;
  const story = storyScores(related, weight, averageLength);
  const closest = closestByRelevance(related);
  const chosen = related
    .map((candidate, i) => ({ candidate, story: story[i] ?? 0 }))
    .sort((x, y) => y.story - x.story || (x.candidate.id < y.candidate.id ? -1 : 1))
    .filter((x, i) => i < RANKING.alwaysRead || x.story >= RANKING.minStory || closest.has(x.candidate))
    .slice(0, options.judgeTop ?? RANKING.judgeTop);
  // A query that itself disputes the story conflicts with claims that state it, and the other way round.
  const queryDisputes = stanceOf(model.stance, query).against > 0.5;
  const read = chosen.map(({ candidate, story: belongs }, closeness) => {
    const other = candidate.normalize();
    const stance = stanceOf(model.stance, other);
    const disputes = queryDisputes ? stance.for : stance.against;
    // A different count, date or place, or a denial of what the query asserts: judged among the first.
    const judgeFirst = clashesByRule(query, other) ? 1 : disputes;
    const member = membership(belongs);
    return {
      candidate,
      other,
      member,
      closeness,
      disputes,
      prior: member * disputes,
      order: member * judgeFirst,
    };
  });
  read.sort((x, y) => y.order - x.order);
  const out: (RankedConflict & { rank: number })[] = [];
  read.forEach(({ candidate, other, member, closeness, disputes, prior }, i) => {
    const { id, relevance } = candidate;
    // The full judgement (reasons, relation) is the costly step: only the likeliest few are judged, and the
    // closest few whatever their stance.
    if (i >= Math.max(limit + 2, RANKING.judged) && closeness >= RANKING.closestJudged) {
      if (rankAll)
        out.push({ id, score: 0, reasons: [], relation: 'neutral', tier: 'none', relevance, rank: prior });
      return;
    }
    const judgement = judge(query, other, model);
    const tier = shownTier(judgement, minScore);
    if (!rankAll && tier === 'none') return;
    const rank = member * (disputes + RANKING.judgeWeight * judgement.score);
    const { score, reasons, relation } = judgement;
    out.push({ id, score, reasons, relation, tier, relevance, rank });
  });
  out.sort((x, y) => y.rank - x.rank || (x.id < y.id ? -1 : 1));
  return out.slice(0, limit).map(({ rank: _rank, ...rest }) => rest);
}

/**
 * The candidates closest to the query by its own words (the `STORY.feedback` most relevant). They are read
 * whatever their story score: that score is their neighbours' vote, and the closest few do not vote for
 * themselves, so a short claim on the query's own point ("lasted a little over an hour" for "we spoke for two
 * hours") can sit far below claims that merely share the story's main words.
 */
function closestByRelevance<K>(related: readonly RelatedCandidate<K>[]): Set<RelatedCandidate<K>> {
  return new Set([...related].sort((x, y) => y.relevance - x.relevance).slice(0, STORY.feedback));
}

/** A retrieval key with its field folded in, so terms and entities of the same spelling stay apart. */
export function fieldKey(key: string, field: 'terms' | 'entities'): string {
  return field === 'terms' ? `t:${key}` : `e:${key}`;
}
