import { describe, expect, it } from 'vitest';
import type { RelatedClaimView } from '../../shared/report.ts';
import { summarizeCheck } from './check-summary.ts';

function related(over: Partial<RelatedClaimView> = {}): RelatedClaimView {
  return {
    claimId: 'c1',
    text: 'The question of a timeline for a ceasefire was not raised.',
    speaker: 'Yuri Ushakov',
    outlet: 'The Wire',
    domain: 'wire.test',
    url: 'http://wire.test/a.html',
    score: 0.5,
    reasons: [],
    onThisPage: false,
    trusted: false,
    ...over,
  };
}

describe('summarizeCheck', () => {
  it('counts the other sources that say otherwise, and those that agree', () => {
    const summary = summarizeCheck({
      speaker: 'Donald Trump',
      conflicts: [related(), related()],
      agreeing: [related()],
      otherSourceClaims: 9,
    });
    expect(summary).toEqual({
      speaker: 'Said by Donald Trump',
      disputed: '2 other sources say otherwise',
      agreeing: '1 other report agrees',
      empty: null,
    });
  });

  it('says when only this page says otherwise', () => {
    expect(
      summarizeCheck({
        speaker: null,
        conflicts: [related({ onThisPage: true })],
        agreeing: [],
        otherSourceClaims: 1,
      }).disputed,
    ).toBe('Said otherwise on this page');
  });

  it('tells "nothing contradicts this yet" from "nothing to compare with yet"', () => {
    const none = summarizeCheck({ speaker: null, conflicts: [], agreeing: [], otherSourceClaims: 0 });
    expect(none.speaker).toBe('No speaker named in the sentence');
    expect(none.empty).toMatch(/No claims from other sources yet/);
    expect(summarizeCheck({ speaker: null, conflicts: [], agreeing: [], otherSourceClaims: 4 }).empty).toBe(
      'Nothing in your store contradicts this yet.',
    );
  });
});
