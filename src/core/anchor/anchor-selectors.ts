import type { ClaimSelectors } from '../claims/index.ts';
import { AGREE_SIMILARITY, chooseExact, chooseFuzzy, scoreMatches, type Evidence } from './choose-anchor.ts';
import { compileContext, contextSimilarity } from './context-similarity.ts';
import { findFuzzyMatches, type Match } from './fuzzy-search.ts';
import { refineEdges } from './refine-edges.ts';
import {
  normalizeFragment,
  normalizeText,
  toNormalizedOffset,
  toOriginalRange,
  type NormalizedText,
} from './normalize-text.ts';

/** Which step found a saved highlight again. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a saved highlight is now, as offsets into the current article text. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Limits for `anchorSelectors`. */
export interface AnchorOptions {
  /** Most edit errors allowed in a fuzzy match; by default it grows with the quote's length. */
  maxErrors?: number;
  /** Work budget of the fuzzy step in bit-parallel block-steps; past it the highlight is not found. */
  maxWork?: number;
}

/** Longest quote searched fuzzily; longer ones are only found exactly (selections over 2,000 are refused). */
export const MAX_FUZZY_QUOTE_CHARS = 4_000;
/** Most exact occurrences weighed; more means the quote is too common to place. */
const MAX_OCCURRENCES = 1_000;
/** Default fuzzy work budget: a few milliseconds, and it bounds a hostile 5 MB page. */
const DEFAULT_MAX_WORK = 4_000_000;
/** Furthest a fuzzy match's edge moves to fit its context. */
const MAX_EDGE_SHIFT = 20;
/** Quotes at least this long are trusted at their old position even if the context moved. */
const TRUSTED_POSITION_CHARS = 32;

/** Default error bound: about 15% of the quote, but room for one changed word even in a short quote. */
export function defaultMaxErrors(length: number): number {
  return Math.min(80, Math.max(2, Math.ceil(length * 0.15), Math.min(16, Math.floor(length * 0.4))));
}

/** Every exact occurrence of `exact` in `text`, or null when there are too many to weigh. */
function exactOccurrences(text: string, exact: string): Match[] | null {
  const found: Match[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (found.length >= MAX_OCCURRENCES) return null;
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/** Whether the text at the old position is the quote, with context that agrees or a quote too long to be chance. */
function atOldPosition(nt: NormalizedText, selectors: ClaimSelectors, evidence: Evidence): Anchor | null {
  const [quote, position] = selectors;
  if (!position) return null;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > nt.original.length)
    return null;
  if (end - start !== quote.exact.length || nt.original.slice(start, end) !== quote.exact) return null;
  const anchor: Anchor = { start, end, method: 'position' };
  if (evidence.length >= TRUSTED_POSITION_CHARS) return anchor;
  // A short quote like "he said" can recur at the same offset by chance; its context must agree too.
  const before = contextSimilarity(nt.text, toNormalizedOffset(nt, start), evidence.prefix);
  const after = contextSimilarity(nt.text, toNormalizedOffset(nt, end), evidence.suffix);
  return Math.max(before, after) >= AGREE_SIMILARITY ? anchor : null;
}

/** Turns a chosen normalised range back into original offsets. */
function toAnchor(nt: NormalizedText, match: Match, method: AnchorMethod): Anchor {
  return { ...toOriginalRange(nt, match.start, match.end), method };
}

/**
 * Finds a saved highlight in the current article text: at its old position if the text there is unchanged, else
 * the exact quote placed by its prefix and suffix, else a bounded fuzzy match. Returns null whenever the evidence
 * is missing or ambiguous, never a guess. Pass a `NormalizedText` to anchor many highlights on one page.
 */
export function anchorSelectors(
  text: string | NormalizedText,
  selectors: ClaimSelectors,
  options: AnchorOptions = {},
): Anchor | null {
  // Selectors come back from storage: check their shape rather than trust it.
  if (!Array.isArray(selectors)) return null;
  const [quote, position] = selectors;
  if (typeof quote?.exact !== 'string' || quote.exact.length === 0) return null;
  const nt = typeof text === 'string' ? normalizeText(text) : text;
  const exact = normalizeFragment(quote.exact);
  if (exact.trim() === '') return null;
  const evidence: Evidence = {
    prefix: compileContext(normalizeFragment(typeof quote.prefix === 'string' ? quote.prefix : ''), 'before'),
    suffix: compileContext(normalizeFragment(typeof quote.suffix === 'string' ? quote.suffix : ''), 'after'),
    hint: toNormalizedOffset(nt, Number.isFinite(position?.start) ? position.start : 0),
    length: exact.length,
  };
  const old = atOldPosition(nt, selectors, evidence);
  if (old) return old;

  const occurrences = exactOccurrences(nt.text, exact);
  if (!occurrences) return null;
  const exactCandidates = scoreMatches(nt.text, occurrences, evidence);
  const chosen = chooseExact(exactCandidates, evidence);
  if (chosen) return toAnchor(nt, chosen, 'quote');
  if (exact.length > MAX_FUZZY_QUOTE_CHARS) return null;

  const maxErrors = options.maxErrors ?? defaultMaxErrors(exact.length);
  const matches = findFuzzyMatches(nt.text, exact, maxErrors, options.maxWork ?? DEFAULT_MAX_WORK);
  if (!matches) return null;
  const fuzzy = chooseFuzzy(scoreMatches(nt.text, matches, evidence), evidence);
  if (!fuzzy) return null;
  // An exact occurrence chosen here (its context changed, but it is the only place) needs no edge refinement.
  if (fuzzy.errors === 0) return toAnchor(nt, fuzzy, 'quote');
  // Edges move at most about a long word: enough to take back a changed first or last word.
  const refined = refineEdges(nt.text, fuzzy, evidence, exact, MAX_EDGE_SHIFT);
  return toAnchor(nt, refined, 'fuzzy');
}
