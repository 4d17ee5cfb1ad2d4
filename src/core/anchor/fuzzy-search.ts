import { compilePattern, scanDistances, scanWithinErrors, type CompiledPattern } from './myers.ts';

/** A place where the pattern matches with at most the allowed number of edit errors (normalised offsets). */
export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Most seed hits examined before a search is judged hopeless (the text is too repetitive to decide). */
const MAX_SEED_HITS = 20_000;
/** Most distinct matches kept; more means the evidence cannot single one out. */
const MAX_MATCHES = 2_000;

/** Windows of the text that can hold a match: around exact hits of k + 1 pattern pieces (pigeonhole). */
function seedWindows(text: string, pattern: string, maxErrors: number): Array<[number, number]> | null {
  const pieces = maxErrors + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  // Pieces this short hit everywhere; a search that wide is not worth it.
  if (pieceLength < 4) return null;
  const windows: Array<[number, number]> = [];
  for (let i = 0; i < pieces; i++) {
    const offset = i * pieceLength;
    const piece = pattern.slice(offset, offset + pieceLength);
    for (let hit = text.indexOf(piece); hit !== -1; hit = text.indexOf(piece, hit + 1)) {
      if (windows.length >= MAX_SEED_HITS) return null;
      windows.push([
        Math.max(0, hit - offset - maxErrors),
        Math.min(text.length, hit - offset + pattern.length + maxErrors),
      ]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** Block-steps needed to scan the given windows. */
function cost(windows: ReadonlyArray<[number, number]>, blocks: number): number {
  let total = 0;
  for (const [from, to] of windows) total += (to - from) * blocks;
  return total;
}

/** Where a match ending at `end` best starts: the least distance, ties to the length nearest the pattern's. */
function findStart(
  reversed: CompiledPattern,
  text: string,
  end: number,
  maxErrors: number,
): [number, number] {
  const from = Math.max(0, end - reversed.length - maxErrors);
  const distances = scanDistances(reversed, text, from, end, { reverse: true, anchored: true });
  let bestStart = end;
  let bestErrors = reversed.length;
  let bestGap = Infinity;
  for (let i = 0; i < distances.length; i++) {
    const errors = distances[i] ?? Infinity;
    const start = end - 1 - i;
    const gap = Math.abs(end - start - reversed.length);
    if (errors < bestErrors || (errors === bestErrors && gap < bestGap)) {
      bestStart = start;
      bestErrors = errors;
      bestGap = gap;
    }
  }
  return [bestStart, bestErrors];
}

/**
 * Every place in `text` where `pattern` matches with at most `maxErrors` edits, one per cluster of overlapping
 * ends, or null when finding them all would cost more than `maxWork` block-steps (the caller then gives up rather
 * than risk choosing from an incomplete list).
 */
export function findFuzzyMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  maxWork: number,
): Match[] | null {
  if (pattern.length === 0) return [];
  const forward = compilePattern(pattern);
  const reversed = compilePattern([...pattern].reverse().join(''));
  const blocks = forward.blocks;
  // Seeding is far cheaper when its pieces are rare; when common pieces spread the windows over most of the
  // text, one scan of everything (if the budget allows) costs less.
  const seeded = seedWindows(text, pattern, maxErrors);
  const whole = text.length * blocks;
  const windows: Array<[number, number]> | null =
    seeded && (cost(seeded, blocks) < whole || whole > maxWork)
      ? seeded
      : whole <= maxWork
        ? [[0, text.length]]
        : null;
  if (!windows) return null;
  let work = cost(windows, blocks);
  if (work > maxWork) return null;
  const matches: Match[] = [];
  for (const [from, to] of windows) {
    const distances = scanWithinErrors(forward, text, from, to, maxErrors);
    // Runs of ends within the error bound belong to one match; its best end is the run's minimum.
    let runBest = -1;
    for (let i = 0; i <= distances.length; i++) {
      const d = i < distances.length ? (distances[i] ?? Infinity) : Infinity;
      if (d <= maxErrors) {
        if (runBest < 0 || d < (distances[runBest] ?? Infinity)) runBest = i;
        continue;
      }
      if (runBest < 0) continue;
      const end = from + runBest + 1;
      work += (pattern.length + maxErrors) * blocks;
      if (work > maxWork || matches.length >= MAX_MATCHES) return null;
      const [start] = findStart(reversed, text, end, maxErrors);
      matches.push({ start, end, errors: distances[runBest] ?? maxErrors });
      runBest = -1;
    }
  }
  return matches;
}
