import { describe, expect, it } from 'vitest';
import { judgeClaims } from './judge.ts';

const trump = { text: 'immediately start negotiations toward a ceasefire', speaker: 'Donald Trump' };

describe('judgeClaims: the seed article', () => {
  for (const kremlin of [
    'the ceasefire timeline had not been covered in their talks',
    'there was no discussion about a ceasefire timeline',
  ]) {
    it(`finds Trump's ceasefire quote in conflict with "${kremlin}"`, () => {
      const judgement = judgeClaims(trump, { text: kremlin, speaker: 'Kremlin' });
      expect(judgement.relation).toBe('conflict');
      expect(judgement.score).toBeGreaterThan(0.5);
      const negation = judgement.reasons.find((r) => r.code === 'negation');
      expect(negation?.text).toContain('Kremlin says');
      expect(negation?.text).toContain('Donald Trump says');
      expect(negation?.b).toContain('ceasefire');
      expect(negation?.a).toContain('ceasefire');
    });
  }
});

describe('judgeClaims: reasons', () => {
  it('explains a different count for the same thing', () => {
    const j = judgeClaims(
      'The prisoner exchange would involve nine individuals from each nation',
      'The prisoner exchange will involve twelve individuals from each nation',
    );
    expect(j.relation).toBe('conflict');
    const number = j.reasons.find((r) => r.code === 'number');
    expect(number?.text).toBe('Nine individuals (one account) against twelve individuals (the other).');
  });

  it('explains opposite words', () => {
    const j = judgeClaims('The Senate voted to approve the bill', 'The Senate voted to reject the bill');
    expect(j.relation).toBe('conflict');
    expect(j.reasons.find((r) => r.code === 'antonym')).toMatchObject({ a: 'approve', b: 'reject' });
  });

  it('notes the same speaker saying opposite things', () => {
    const j = judgeClaims(
      { text: 'The prisoner exchange would involve nine individuals', speaker: 'Yuri Ushakov' },
      {
        text: 'The prisoner exchange would involve twenty individuals',
        speaker: 'Kremlin aide Yuri Ushakov',
      },
    );
    expect(j.reasons.map((r) => r.code)).toContain('same-speaker-opposite');
  });

  it('does not see a conflict between a claim and its paraphrase, nor between unrelated claims', () => {
    const same = judgeClaims(
      'Putin agreed to meet Trump in the Vatican',
      'Putin agreed to meet Trump in the Vatican soon',
    );
    expect(same.relation).not.toBe('conflict');
    const other = judgeClaims(
      'The jury convicted the mayor of fraud',
      'A new species of frog lives in the cloud forest',
    );
    expect(other.relation).toBe('unrelated');
  });

  it('does not read "did not lose" against "won" as opposite', () => {
    const j = judgeClaims('The team did not lose the final', 'The team won the final');
    expect(j.reasons.some((r) => r.code === 'antonym')).toBe(false);
  });
});
