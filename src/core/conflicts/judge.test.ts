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
      expect(negation?.text).toContain('denied by Kremlin: “');
      expect(negation?.text).toContain(
        'Said by Donald Trump: “immediately start negotiations toward a ceasefire”',
      );
      expect(judgement.tier).toBe('disputed');
      expect(judgement.trace).toContain('firm-reason');
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

describe('judgeClaims: stances, gates and tiers', () => {
  it('reads a denial against an assertion as a conflict, and two denials as agreeing', () => {
    const denied = {
      text: 'Mr Putin had agreed to an immediate ceasefire',
      speaker: 'Kremlin',
      cueStance: 'deny' as const,
    };
    const conflict = judgeClaims(trump, denied);
    expect(conflict.relation).toBe('conflict');
    expect(conflict.reasons[0]?.text).toBe(
      'Denied by Kremlin: “Mr Putin had agreed to an immediate ceasefire”; asserted by Donald Trump: “immediately start negotiations toward a ceasefire”.',
    );
    const agree = judgeClaims(
      { text: 'The Kremlin denied that Mr Putin had agreed to an immediate ceasefire', speaker: 'Kremlin' },
      { text: 'No one spoke of an immediate ceasefire', speaker: 'Yuri Ushakov' },
    );
    expect(agree.relation).not.toBe('conflict');
    expect(agree.trace).toContain('same-stance');
  });

  it('reads a quote its speaker denied, stored as its content and the cue, as agreeing with a negated account', () => {
    // As the extension stores it: the content of "The Kremlin denied that …" with the cue's stance.
    const denied = {
      text: 'President Putin had agreed to begin ceasefire negotiations immediately',
      speaker: 'Kremlin',
      cueStance: 'deny' as const,
    };
    const j = judgeClaims(denied, {
      text: 'the timing of a ceasefire had not come up',
      speaker: 'Yuri Ushakov',
    });
    expect(j.relation).not.toBe('conflict');
    expect(j.tier).not.toBe('disputed');
  });

  it('never sets a denial against a claim that does not say what was denied', () => {
    const denied = {
      text: 'President Putin had agreed to begin ceasefire negotiations immediately',
      speaker: 'Kremlin',
      cueStance: 'deny' as const,
    };
    const brief = {
      text: 'the president would speak with European leaders on Tuesday',
      speaker: 'White House',
    };
    expect(judgeClaims(denied, brief).tier).not.toBe('disputed');
  });

  it('never sets a denial against a condition, which asserts nothing', () => {
    const denied = {
      text: 'President Putin had agreed to begin ceasefire negotiations immediately',
      speaker: 'Kremlin',
      cueStance: 'deny' as const,
    };
    const condition = {
      text: 'If Moscow has really agreed to begin negotiations immediately, that is a genuine shift',
      speaker: 'Paul Whitcombe',
    };
    const assertion = {
      text: 'Moscow has agreed to begin negotiations immediately',
      speaker: 'Donald Trump',
    };
    expect(judgeClaims(denied, condition).reasons.map((r) => r.code)).not.toContain('denial-cue');
    expect(judgeClaims(denied, assertion).reasons.map((r) => r.code)).toContain('denial-cue');
  });

  it('never marks two points of one story, and says why in the trace', () => {
    const j = judgeClaims(
      { text: 'Trump would brief European leaders on Tuesday about the call', speaker: 'Donald Trump' },
      { text: 'The timeline of a ceasefire was not raised in the conversation', speaker: 'Yuri Ushakov' },
    );
    expect(j.relation).not.toBe('conflict');
    expect(j.tier).not.toBe('disputed');
  });

  it('finds the call length and the venue of the demo by general rules', () => {
    const length = judgeClaims(
      { text: 'We spoke for two hours, and we covered just about everything', speaker: 'Donald Trump' },
      { text: 'The conversation lasted a little over an hour', speaker: 'Yuri Ushakov' },
    );
    expect(length.relation).toBe('conflict');
    expect(length.reasons[0]?.code).toBe('number');
    const venue = judgeClaims(
      {
        text: 'the negotiations between Moscow and Kyiv would be hosted by the Vatican',
        speaker: 'Donald Trump',
      },
      {
        text: 'Istanbul remains the venue for direct talks between the Russian and Ukrainian delegations',
        speaker: 'Yuri Ushakov',
      },
    );
    expect(venue.relation).toBe('conflict');
    expect(venue.reasons[0]?.text).toBe(
      'Placed in the Vatican by Donald Trump; in Istanbul by Yuri Ushakov.',
    );
  });

  it('keeps a pair on the same point but under the threshold as another account, unmarked', () => {
    const j = judgeClaims('The factory may close next year', 'The factory will stay open next year');
    expect(j.relation === 'conflict').toBe(j.tier === 'disputed');
  });

  it('does not say a speaker is quoted saying both when the two statements agree', () => {
    const j = judgeClaims(
      { text: 'The talks were useful and frank.', speaker: 'Yuri Ushakov' },
      { text: 'The conversation was frank and useful.', speaker: 'Yuri Ushakov' },
    );
    expect(j.reasons.map((r) => r.code)).not.toContain('same-speaker-opposite');
  });

  it('never calls two points that share one word, nor a denial and what it denies, restatements', () => {
    // Both state something, which the learned stances read as agreeing; only the same deed of the same thing agrees.
    const oneWord = judgeClaims(
      { text: 'For many families this means half an hour less on the road', speaker: 'the metro operator' },
      { text: 'We spoke for two hours, and we covered just about everything', speaker: 'Donald Trump' },
    );
    expect(oneWord.relation).not.toBe('agree');
    expect(oneWord.trace).not.toContain('restated');
    const injured = judgeClaims(
      'The prisoner exchange will involve nine people from each side.',
      'Nine people were injured in the shelling of the city.',
    );
    expect(injured.relation).not.toBe('agree');
    const vatican = judgeClaims(
      {
        text: 'The Vatican, represented by the Pope, has said it would be very interested in hosting the negotiations',
        speaker: 'Donald Trump',
      },
      {
        text: 'Russia and Ukraine would immediately start negotiations toward a ceasefire',
        speaker: 'Donald Trump',
      },
    );
    expect(vatican.relation).not.toBe('agree');
    const denial = judgeClaims(
      { text: 'immediately start negotiations toward a ceasefire', speaker: 'Donald Trump' },
      {
        text: 'No one set any deadlines, and no one spoke of an immediate ceasefire',
        speaker: 'Yuri Ushakov',
      },
    );
    expect(denial.relation).toBe('conflict');
    expect(denial.trace).not.toContain('restated');
    const restated = judgeClaims(
      'Putin agreed to meet Trump in the Vatican',
      'Putin agreed to meet Trump in the Vatican soon',
    );
    expect(restated.relation).toBe('agree');
  });

  it('reads the point of a long quote on the clauses that carry the clash', () => {
    const long = {
      text: 'Russia and Ukraine would “immediately start negotiations toward a ceasefire” after he spoke with President Vladimir Putin of Russia by telephone, a conversation he described as a turning point in his effort to end the war',
      speaker: 'Donald Trump',
    };
    const timeline = judgeClaims(long, {
      text: 'The question of a timeline for a ceasefire was not raised in the conversation',
      speaker: 'Yuri Ushakov',
    });
    expect(timeline.tier).toBe('disputed');
    // "not its starting point" shares one word with the talks starting: another point, however sure the model is.
    const result = judgeClaims(long, {
      text: 'Russia has always said that a ceasefire is the result of an agreement, not its starting point,',
      speaker: 'Gennady Volkov',
    });
    expect(result.tier).not.toBe('disputed');
    expect(result.trace).toContain('only-other-points');
  });
});
