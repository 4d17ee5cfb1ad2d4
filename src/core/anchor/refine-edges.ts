import type { Candidate, Evidence } from './choose-anchor.ts';
import { contextDistance, type SavedContext } from './context-similarity.ts';
import { compilePattern, scanDistances } from './myers.ts';

/**
 * Moves a fuzzy match's edges to where quote and context together fit best. An edit that changes the quote's
 * first or last word makes the cheapest alignment stop short of it (dropping "said" costs less than turning it
 * into "reportedly"); the prefix and suffix know where the quote really began and ended.
 */

/** An error in the quote weighs this many context errors: the quote's own text decides first. */
const QUOTE_WEIGHT = 2;

/** Whether a UTF-16 code unit is part of a word (a letter or digit). */
function isWordCode(code: number): boolean {
  return !Number.isNaN(code) && /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** The end in [start + 1, end + slack] where quote errors (weighted) plus suffix errors are least. */
function refineEnd(
  text: string,
  start: number,
  end: number,
  exact: string,
  suffix: SavedContext,
  slack: number,
): number {
  const to = Math.min(text.length, end + slack);
  // distances[i]: errors of the whole quote against text[start, start + i + 1).
  const distances = scanDistances(compilePattern(exact), text, start, to, { anchored: true });
  const cost = (e: number): number =>
    QUOTE_WEIGHT * (distances[e - start - 1] ?? Infinity) + contextDistance(text, e, suffix, slack + 1);
  let best = end;
  let bestCost = cost(end);
  for (let e = Math.max(start + 1, end - slack); e <= to; e++) {
    // Context costs are never negative, so quote errors alone rule most positions out without scanning.
    if (e === end || QUOTE_WEIGHT * (distances[e - start - 1] ?? Infinity) > bestCost) continue;
    const c = cost(e);
    if (c < bestCost || (c === bestCost && Math.abs(e - end) < Math.abs(best - end))) {
      best = e;
      bestCost = c;
    }
  }
  return best;
}

/** The start in [start - slack, end - 1] where quote errors (weighted) plus prefix errors are least. */
function refineStart(
  text: string,
  start: number,
  end: number,
  exact: string,
  prefix: SavedContext,
  slack: number,
): number {
  const from = Math.max(0, start - slack);
  const reversed = [...exact].reverse().join('');
  // distances[i]: errors of the whole quote against text[end - 1 - i, end).
  const distances = scanDistances(compilePattern(reversed), text, from, end, {
    reverse: true,
    anchored: true,
  });
  const cost = (at: number): number =>
    QUOTE_WEIGHT * (distances[end - 1 - at] ?? Infinity) + contextDistance(text, at, prefix, slack + 1);
  let best = start;
  let bestCost = cost(start);
  for (let at = from; at <= Math.min(end - 1, start + slack); at++) {
    if (at === start || QUOTE_WEIGHT * (distances[end - 1 - at] ?? Infinity) > bestCost) continue;
    const c = cost(at);
    if (c < bestCost || (c === bestCost && Math.abs(at - start) < Math.abs(best - start))) {
      best = at;
      bestCost = c;
    }
  }
  return best;
}

/**
 * Grows an edge that falls inside a word to the word's edge, unless the saved quote itself began or ended inside
 * a word: readers select whole words, and half a word highlighted looks broken.
 */
function snapToWords(
  text: string,
  start: number,
  end: number,
  evidence: Evidence,
  exact: string,
): [number, number] {
  const limit = 24;
  const prefixLast = evidence.prefix.text.charCodeAt(evidence.prefix.text.length - 1);
  const startedInWord = isWordCode(exact.charCodeAt(0)) && isWordCode(prefixLast);
  const endedInWord =
    isWordCode(exact.charCodeAt(exact.length - 1)) && isWordCode(evidence.suffix.text.charCodeAt(0));
  const inWord = (at: number): boolean =>
    isWordCode(text.charCodeAt(at - 1)) && isWordCode(text.charCodeAt(at));
  let s = start;
  let e = end;
  while (!startedInWord && s > 0 && start - s < limit && inWord(s)) s--;
  while (!endedInWord && e < text.length && e - end < limit && inWord(e)) e++;
  return [s, e];
}

/** Trims whitespace the saved quote did not have at either end. */
function trimSpaces(text: string, start: number, end: number, exact: string): [number, number] {
  let s = start;
  let e = end;
  if (exact.charCodeAt(0) !== 32) while (s < e && text.charCodeAt(s) === 32) s++;
  if (exact.charCodeAt(exact.length - 1) !== 32) while (e > s && text.charCodeAt(e - 1) === 32) e--;
  return [s, e];
}

/** Refines a fuzzy candidate's edges by quote and context, then to word edges; `slack` bounds how far they move. */
export function refineEdges(
  text: string,
  c: Candidate,
  evidence: Evidence,
  exact: string,
  slack: number,
): Candidate {
  let start = c.start;
  let end = c.end;
  // An empty context means the quote was at the text's edge: there, the distance to the edge is the context cost.
  end = refineEnd(text, start, end, exact, evidence.suffix, slack);
  start = refineStart(text, start, end, exact, evidence.prefix, slack);
  [start, end] = trimSpaces(text, start, end, exact);
  [start, end] = snapToWords(text, start, end, evidence, exact);
  return end > start ? { ...c, start, end } : c;
}
