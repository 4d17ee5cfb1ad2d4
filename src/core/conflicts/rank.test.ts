import { describe, expect, it } from 'vitest';
import { normalizeClaim } from '../claims/index.ts';
import { RANKING, rankRelated, type RelatedCandidate } from './rank.ts';
import { storyScores } from './story.ts';
import type { ConflictModel, Judgement } from './types.ts';

const query = normalizeClaim({
  text: 'Russia and Ukraine would immediately start negotiations toward a ceasefire.',
  speaker: 'Donald Trump',
});

function candidate(id: string, text: string, speaker: string, relevance: number, keys: string[]) {
  const normalize = () => normalizeClaim({ text, speaker });
  return { id, relevance, keys, normalize } satisfies RelatedCandidate<string>;
}

/**
 * The Ledger's check of Trump's ceasefire sentence against the Global Wire's claims: two near-copies of the
 * query share many keys with each other, so their feedback votes set the best story score; the Kremlin's
 * account shares one word with the query. `copyRelevance` is what one claim more or less elsewhere in the
 * store moves.
 */
function ceasefireStore(copyRelevance: number): RelatedCandidate<string>[] {
  const copyKeys = ['immedi', 'start', 'negoti', 'toward', 'ceasefir', 'went', 'well', 'trump'];
  return [
    candidate(
      'copy1',
      'The call went very well and talks toward a ceasefire start immediately.',
      'Donald Trump',
      copyRelevance,
      copyKeys,
    ),
    candidate(
      'copy2',
      'Went very well: negotiations toward a ceasefire will start immediately.',
      'Donald Trump',
      copyRelevance * 0.7,
      copyKeys,
    ),
    candidate(
      'memo',
      'Russia was ready to work with Ukraine on a memorandum on a future peace treaty.',
      'Vladimir Putin',
      7,
      ['russia', 'ukrain', 'memorandum', 'peac'],
    ),
    candidate('kremlin', 'The timing of a ceasefire had not come up.', 'Yuri Ushakov', 2.7, [
      'ceasefir',
      'time',
      'come',
    ]),
  ];
}

/** A stance model that reads only "denied": a claim without it is evenly for, against and observing. */
const deniedReader: ConflictModel = {
  stance: { classes: ['for', 'against', 'observing'], bias: [0, 0, 0], weights: { 'w:denied': [0, 3, 0] } },
};

describe('rankRelated', () => {
  const weight = () => 3;

  it('judges a clear conflict of a small store however far the best story score sits above it', () => {
    const shares: number[] = [];
    for (let copyRelevance = 8; copyRelevance <= 256; copyRelevance += 8) {
      const related = ceasefireStore(copyRelevance);
      shares.push(storyScores(related, weight, 12)[3] ?? 0);
      const ranked = rankRelated(query, related, weight, 12);
      expect(
        ranked.map((r) => r.id),
        `near-copy relevance ${copyRelevance}`,
      ).toContain('kremlin');
    }
    // The sweep crosses the relative floor: without the always-read few, some of these lost the conflict.
    expect(Math.min(...shares)).toBeLessThan(RANKING.minStory);
    expect(Math.max(...shares)).toBeGreaterThan(RANKING.minStory);
  });

  it('still leaves out weakly related candidates past the always-read few', () => {
    const filler = Array.from({ length: RANKING.alwaysRead + 5 }, (_, i) =>
      candidate(
        `f${i}`,
        `Negotiations toward a ceasefire will start immediately, round ${i}.`,
        'Donald Trump',
        20,
        ['immedi', 'start', 'negoti', 'toward', 'ceasefir'],
      ),
    );
    const far = candidate('far', 'The timing of a ceasefire had not come up.', 'Yuri Ushakov', 0.5, ['time']);
    const ranked = rankRelated(query, [...filler, far], weight, 12, { rankAll: true, limit: 100 });
    expect(ranked.map((r) => r.id)).not.toContain('far');
    expect(ranked.length).toBeGreaterThanOrEqual(RANKING.alwaysRead);
  });

  it('reads the candidates closest to the query in its own words, whatever their neighbours vote', () => {
    // Many claims of the story's main thread vote for each other; the one claim on the query's own point shares
    // only the query's rarer words with it, yet is the most relevant to it.
    const thread = Array.from({ length: RANKING.alwaysRead + 5 }, (_, i) =>
      candidate(
        `t${i}`,
        `Russia wants a deal and negotiations toward a ceasefire, round ${i}.`,
        'Vladimir Putin',
        4,
        ['russia', 'want', 'deal', 'negoti', 'toward', 'ceasefir'],
      ),
    );
    const length = candidate('length', 'The conversation lasted a little over an hour.', 'Yuri Ushakov', 6, [
      'convers',
      'last',
      'hour',
    ]);
    const related = [...thread, length];
    expect(storyScores(related, weight, 6).at(-1)).toBeLessThan(RANKING.minStory);
    const ranked = rankRelated(query, related, weight, 6, { rankAll: true, limit: 100 });
    expect(ranked.map((r) => r.id)).toContain('length');
  });

  it('ranks a story’s denial above its near-copies once it is plainly of the story, however much closer they are', () => {
    const judge = (): Judgement => ({ relation: 'neutral', score: 0, reasons: [], tier: 'none' });
    const copy = candidate('copy', 'Negotiations toward a ceasefire start immediately.', 'Donald Trump', 20, [
      'immedi',
      'start',
      'negoti',
      'toward',
      'ceasefir',
    ]);
    const denialKeys = ['ceasefir', 'agre', 'deni', 'kremlin'];
    const at = (relevance: number) =>
      candidate(
        'denial',
        'The Kremlin denied it agreed to a ceasefire.',
        'Yuri Ushakov',
        relevance,
        denialKeys,
      );
    // The denial's relevance that puts its story share just past `storyFull`, well below the near-copy's.
    let relevance = 1;
    while ((storyScores([copy, at(relevance)], weight, 6)[1] ?? 0) < RANKING.storyFull) relevance += 0.25;
    const related = [copy, at(relevance)];
    const share = storyScores(related, weight, 6)[1] ?? 0;
    expect(share).toBeLessThan(0.7);
    // Ranked by the story share itself, the near-copy would come first: 1 × 1/3 against share^1.5 × 0.91.
    expect(share ** RANKING.storyPower * 0.91).toBeLessThan(1 / 3);
    const ranked = rankRelated(query, related, weight, 6, { rankAll: true, model: deniedReader, judge });
    expect(ranked.map((r) => r.id)).toEqual(['denial', 'copy']);
  });

  it('judges the closest accounts whatever their stance: a clash the rules do not see first hides behind a claim that reads as agreeing', () => {
    const reason = {
      code: 'antonym' as const,
      text: 'Opposite words, “agreed” and “refused”.',
      a: 'agreed',
      b: 'refused',
    };
    const judge = (_: unknown, other: { text: string }): Judgement =>
      other.text.includes('refused')
        ? { relation: 'conflict', score: 0.9, reasons: [reason], tier: 'disputed' }
        : { relation: 'neutral', score: 0, reasons: [], tier: 'none' };
    const agreed = normalizeClaim({
      text: 'The two sides agreed to exchange the prisoners this week.',
      speaker: 'Yuri Ushakov',
    });
    // Denials of other points, likelier to dispute by stance alone, fill every slot of the judged few.
    const denials = Array.from({ length: RANKING.judged + 2 }, (_, i) =>
      candidate(`d${i}`, `The ministry denied the prisoners were moved, round ${i}.`, 'the ministry', 4, [
        'prison',
      ]),
    );
    const refused = candidate(
      'refused',
      'The two sides refused to exchange the prisoners this week.',
      'Donald Trump',
      20,
      ['exchang', 'prison', 'side', 'week'],
    );
    const ranked = rankRelated(agreed, [...denials, refused], weight, 6, {
      model: deniedReader,
      judge,
      limit: 10,
    });
    expect(ranked.map((r) => r.id)).toContain('refused');
  });

  it('judges a different count among the first, though both sides state it firmly', () => {
    const call = normalizeClaim({
      text: 'We spoke for two hours with President Putin.',
      speaker: 'Donald Trump',
    });
    // More candidates than are ever judged, each sharing as much of its story and leaning a little against it.
    const denials = Array.from({ length: RANKING.judged + 3 }, (_, i) =>
      candidate(
        `d${i}`,
        `Aide ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.charAt(i)} doubted that President Putin spoke of peace.`,
        'Kremlin',
        5,
        ['spoke', 'presid', 'putin'],
      ),
    );
    const length = candidate(
      'length',
      'The call with President Putin lasted a little over an hour.',
      'Yuri Ushakov',
      5,
      ['spoke', 'presid', 'putin'],
    );
    const judged: string[] = [];
    rankRelated(call, [...denials, length], weight, 12, {
      judge: (_a, b) => {
        judged.push(b.text);
        return { relation: 'neutral', score: 0, reasons: [], tier: 'none' };
      },
    });
    expect(judged).toContain(length.normalize().text);
  });
});
