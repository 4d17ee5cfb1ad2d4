import { describe, expect, it } from 'vitest';
import {
  goldCoverage,
  goldKind,
  matchQuotes,
  sharedLength,
  slicesOf,
  speakerCorrect,
  type GoldQuote,
  type PredictedQuote,
} from './quotes-metrics.ts';
import { emptyScoreboard, prf, scoreArticle } from './quotes-score.ts';

const gold = (content: [number, number][], source: [number, number][] = []): GoldQuote => ({
  content,
  source,
  cue: [],
});
const pred = (content: [number, number][], mention: [number, number] | null = null): PredictedQuote => ({
  content,
  kind: 'indirect',
  mention,
});

describe('coverage', () => {
  it('counts shared characters over discontinuous ranges', () => {
    expect(
      sharedLength(
        [
          [0, 10],
          [20, 30],
        ],
        [[5, 25]],
      ),
    ).toBe(10);
    expect(goldCoverage([[0, 10]], [[5, 50]])).toBe(0.5);
    expect(goldCoverage([], [[0, 5]])).toBe(0);
  });
});

describe('matchQuotes', () => {
  it('lets each part of a quote in parts match its own gold quote', () => {
    const g = [gold([[0, 10]]), gold([[20, 30]])];
    const p = [
      pred([
        [0, 10],
        [20, 30],
      ]),
    ];
    expect(matchQuotes(g, p, 0.8)).toEqual([0, 0]);
    expect(matchQuotes(g, [pred([[0, 10]])], 0.8)).toEqual([0, -1]);
  });

  it('matches one to one, best coverage first', () => {
    const g = [gold([[0, 10]]), gold([[0, 20]])];
    const p = [pred([[0, 20]])];
    // The single prediction covers both golds fully; it may match only one of them.
    expect(matchQuotes(g, p, 0.3).filter((i) => i >= 0)).toHaveLength(1);
  });

  it('respects the threshold', () => {
    expect(matchQuotes([gold([[0, 10]])], [pred([[0, 5]])], 0.3)).toEqual([0]);
    expect(matchQuotes([gold([[0, 10]])], [pred([[0, 5]])], 0.8)).toEqual([-1]);
  });
});

describe('slices', () => {
  it('derives the kind from quote marks in the content', () => {
    expect(goldKind('“We won,”')).toBe('direct');
    expect(goldKind('"We won."')).toBe('direct');
    expect(goldKind('the talks were “productive” today')).toBe('mixed');
    expect(goldKind('the talks were productive')).toBe('indirect');
  });

  it('tells speaker before, after, and pronoun speakers', () => {
    const text = 'He said the talks were productive.';
    expect(slicesOf(text, gold([[8, 33]], [[0, 2]]))).toEqual([
      'indirect',
      'speaker-before',
      'pronoun-speaker',
    ]);
    expect(slicesOf('“Yes,” Ann said.', gold([[0, 6]], [[7, 10]]))).toEqual(['direct', 'speaker-after']);
  });

  it('counts a quote by the definition only with a source, a cue of saying and a clause', () => {
    const text = 'Ann said the talks were productive. Ann criticized the deal.';
    const cued = (content: [number, number][], source: [number, number][], cue: [number, number][]) => ({
      content,
      source,
      cue,
    });
    expect(slicesOf(text, cued([[9, 34]], [[0, 3]], [[4, 8]]))).toContain('speech-cue');
    expect(slicesOf(text, cued([[9, 34]], [], [[4, 8]]))).not.toContain('speech-cue');
    expect(slicesOf(text, cued([[50, 58]], [[36, 39]], [[40, 50]]))).not.toContain('speech-cue');
  });

  it('checks the speaker by overlap of the mention with the source', () => {
    expect(speakerCorrect(gold([[8, 33]], [[0, 2]]), pred([[8, 33]], [0, 2]))).toBe(true);
    expect(speakerCorrect(gold([[8, 33]], [[0, 2]]), pred([[8, 33]], [3, 7]))).toBe(false);
    expect(speakerCorrect(gold([[8, 33]], [[0, 2]]), pred([[8, 33]]))).toBe(false);
  });
});

describe('scoring', () => {
  it('computes precision, recall and F1', () => {
    expect(prf(1, 2, 1, 4)).toEqual({ p: 0.5, r: 0.25, f1: 1 / 3 });
    expect(prf(0, 0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('tallies an article overall and per slice', () => {
    const board = emptyScoreboard();
    const text = 'He said the talks were productive.';
    scoreArticle(board, text, [gold([[8, 33]], [[0, 2]])], [pred([[8, 33]], [0, 2]), pred([[0, 2]])]);
    expect(board.all).toMatchObject({
      gold: 1,
      predicted: 2,
      matchedLoose: 1,
      matchedStrict: 1,
      speakerRight: 1,
    });
    expect(board.slices['pronoun-speaker']).toMatchObject({ gold: 1, matchedLoose: 1 });
    expect(board.slices.indirect.predicted).toBe(2);
  });
});
