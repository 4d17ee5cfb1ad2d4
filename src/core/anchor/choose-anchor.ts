import { contextSimilarity, type SavedContext } from './context-similarity.ts';
import type { Match } from './fuzzy-search.ts';

/** A side's context agrees when its similarity reaches this; unrelated text stays well below it. */
export const AGREE_SIMILARITY = 0.75;

/** Candidates whose scores differ by less than this are equally good: the evidence cannot tell them apart. */
const TIE_MARGIN = 0.2;

/** A quote at least this long, found with few errors and nowhere else, is trusted even where its context changed. */
const TRUSTED_QUOTE_CHARS = 64;
/** Most errors, as a share of the quote's length, for that trust. */
const TRUSTED_ERROR_RATE = 0.1;

/** Past this share of errors, both sides of the context must agree. */
const LOOSE_ERROR_RATE = 0.15;

/** A match with how well the saved prefix and suffix agree around it. */
export interface Candidate extends Match {
  prefix: number;
  suffix: number;
}

/** What the saved selection says about its surroundings (normalised), and where it used to be. */
export interface Evidence {
  prefix: SavedContext;
  suffix: SavedContext;
  /** The old start, mapped into the normalised text. */
  hint: number;
  /** The normalised quote's length. */
  length: number;
}

/** Scores each match by how well the saved context agrees around it. */
export function scoreMatches(text: string, matches: readonly Match[], evidence: Evidence): Candidate[] {
  return matches.map((m) => ({
    ...m,
    prefix: contextSimilarity(text, m.start, evidence.prefix),
    suffix: contextSimilarity(text, m.end, evidence.suffix),
  }));
}

/** How many sides of a candidate agree with the saved context. */
function agreeingSides(c: Candidate): number {
  return (c.prefix >= AGREE_SIMILARITY ? 1 : 0) + (c.suffix >= AGREE_SIMILARITY ? 1 : 0);
}

/** Whether the selection was saved with any context at all (not the whole text). */
function hasContext(evidence: Evidence): boolean {
  return evidence.prefix.compiled !== null || evidence.suffix.compiled !== null;
}

/** Context agreement, less a penalty for edit errors in the quote itself. */
function score(c: Candidate, evidence: Evidence): number {
  return c.prefix + c.suffix - (2 * c.errors) / Math.max(1, evidence.length);
}

/** How many characters two candidates share. */
function overlap(a: Match, b: Match): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The candidate with the highest score. */
function best(candidates: readonly Candidate[], evidence: Evidence): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || score(c, evidence) > score(top, evidence)) top = c;
  return top;
}

/**
 * Chooses among exact occurrences of the quote: the one whose context agrees best; among equally good ones, the
 * nearest to the old position. Null when no context agrees, so the fuzzy step can weigh edited places too.
 */
export function chooseExact(candidates: readonly Candidate[], evidence: Evidence): Candidate | null {
  const top = best(candidates, evidence);
  if (!top) return null;
  if (hasContext(evidence) && agreeingSides(top) === 0) return null;
  const floor = score(top, evidence) - TIE_MARGIN;
  let chosen = top;
  for (const c of candidates) {
    if (score(c, evidence) < floor) continue;
    if (Math.abs(c.start - evidence.hint) < Math.abs(chosen.start - evidence.hint)) chosen = c;
  }
  return chosen;
}

/**
 * Chooses among approximate matches: the best one if its context agrees on at least one side and no match
 * elsewhere comes close, or, with no context agreeing, a long quote found nearly intact with no rival anywhere;
 * otherwise null, because a wrong highlight is worse than a missing one.
 */
export function chooseFuzzy(candidates: readonly Candidate[], evidence: Evidence): Candidate | null {
  const top = best(candidates, evidence);
  if (!top) return null;
  // A rival that mostly overlaps the best is another alignment of the same place, not another place.
  const rivals = candidates.filter((c) => c !== top && overlap(c, top) <= 0.5 * (top.end - top.start));
  if (!hasContext(evidence) || agreeingSides(top) === 0) {
    const intact =
      evidence.length >= TRUSTED_QUOTE_CHARS && top.errors <= TRUSTED_ERROR_RATE * evidence.length;
    return intact && rivals.length === 0 ? top : null;
  }
  // Many errors in a short quote could be a neighbouring sentence that merely sits by the same context.
  if (top.errors > LOOSE_ERROR_RATE * evidence.length && agreeingSides(top) < 2) return null;
  const floor = score(top, evidence) - TIE_MARGIN;
  return rivals.some((c) => score(c, evidence) >= floor) ? null : top;
}
