import {
  matchQuotes,
  SLICES,
  slicesOf,
  speakerCorrect,
  type GoldQuote,
  type PredictedQuote,
  type Slice,
} from './quotes-metrics.ts';

/** Counts that add up over articles. */
export interface Tally {
  gold: number;
  predicted: number;
  matchedLoose: number;
  matchedStrict: number;
  /** Predictions that matched at least one gold quote (a quote in parts may match several). */
  rightLoose: number;
  rightStrict: number;
  /** Matched (loose) gold quotes that have a gold source, and those whose speaker mention overlaps it. */
  speakerScored: number;
  speakerRight: number;
}

/** An empty tally. */
export const emptyTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matchedLoose: 0,
  matchedStrict: 0,
  rightLoose: 0,
  rightStrict: 0,
  speakerScored: 0,
  speakerRight: 0,
});

/** Overall and per-slice tallies. */
export interface Scoreboard {
  all: Tally;
  slices: Record<Slice, Tally>;
}

/** A fresh scoreboard. */
export const emptyScoreboard = (): Scoreboard => ({
  all: emptyTally(),
  slices: Object.fromEntries(SLICES.map((s) => [s, emptyTally()])) as Record<Slice, Tally>,
});

/** Adds one article's gold and predicted quotes to a scoreboard; predictions count in the slice of their kind. */
export function scoreArticle(
  board: Scoreboard,
  text: string,
  gold: GoldQuote[],
  predicted: PredictedQuote[],
): void {
  const loose = matchQuotes(gold, predicted, 0.3);
  const strict = matchQuotes(gold, predicted, 0.8);
  board.all.gold += gold.length;
  board.all.predicted += predicted.length;
  for (const p of predicted) board.slices[p.kind].predicted++;
  for (const [matches, field] of [
    [loose, 'rightLoose'],
    [strict, 'rightStrict'],
  ] as const) {
    for (const pi of new Set(matches.filter((i) => i >= 0))) {
      board.all[field]++;
      board.slices[predicted[pi]!.kind][field]++;
    }
  }
  gold.forEach((g, gi) => {
    const tallies = [board.all, ...slicesOf(text, g).map((s) => board.slices[s])];
    const pi = loose[gi]!;
    for (const t of tallies) {
      if (t !== board.all) t.gold++;
      if (pi >= 0) t.matchedLoose++;
      if (strict[gi]! >= 0) t.matchedStrict++;
      if (pi >= 0 && g.source.length > 0) {
        t.speakerScored++;
        if (speakerCorrect(g, predicted[pi]!)) t.speakerRight++;
      }
    }
  });
}

/** Precision, recall and F1 from right predictions, predictions, matched gold and gold counts. */
export function prf(
  right: number,
  predicted: number,
  matched: number,
  gold: number,
): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 0 : right / predicted;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
