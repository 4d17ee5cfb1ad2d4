import { describe, expect, it } from 'vitest';
import { isEvidence } from './describe.ts';
import { judgeClaims } from './judge.ts';
import { loadFixturePairs } from '../../lab/conflicts/fixture-pairs.ts';

// Reasons whose evidence is a word list (or one word), not a clause excerpt.
const WORD_EVIDENCE = new Set(['refuting-word', 'antonym', 'hedge', 'number', 'date', 'place']);

describe('reason evidence', () => {
  it('tells function words from evidence', () => {
    expect(isEvidence('on')).toBe(false);
    expect(isEvidence('the')).toBe(false);
    expect(isEvidence('hoax')).toBe(true);
    expect(isEvidence('not true')).toBe(true);
    expect(isEvidence('2025')).toBe(true);
  });

  it('points at real words on both sides in every reason the judge gives for the fixture pairs', () => {
    let checked = 0;
    for (const pair of loadFixturePairs()) {
      for (const reason of judgeClaims(pair.a, pair.b).reasons) {
        for (const side of [reason.a, reason.b]) {
          if (side === '' || !WORD_EVIDENCE.has(reason.code)) continue;
          if (reason.code === 'hedge' && side === '?') continue;
          for (const part of side.split(', '))
            expect(isEvidence(part), `${reason.code}: "${part}"`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
