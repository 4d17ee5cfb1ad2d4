import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './index.ts';

const one = (text: string): Quote => {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('reported speech in news shapes', () => {
  it('reads a titled speaker after the clause: "…, Ms. Gedrich said."', () => {
    const q = one('Several of the men were not pleased with her approach, Ms. Gedrich said.');
    expect(q.text).toBe('Several of the men were not pleased with her approach');
    expect(q.speaker.name).toBe('Gedrich');
  });

  it('keeps both halves of a clause split by its attribution', () => {
    const q = one('The club’s investment in its courts, Tanzer said, is a model for the industry.');
    expect(q.parts).toHaveLength(2);
    expect(q.text).toBe('The club’s investment in its courts … is a model for the industry');
  });

  it('keeps both halves around a mid-sentence "according to"', () => {
    const q = one('Over the long term, according to the budget office, the deficit will keep rising.');
    expect(q.text).toBe('Over the long term … the deficit will keep rising');
  });

  it('skips a party tag and a middle initial in the subject', () => {
    const a = one('Sen. Bernie Sanders (I-Vt.) said he will release his medical records.');
    expect(a.speaker.name).toBe('Bernie Sanders');
    const b = one('The director, James B. Comey, said that the messages were private.');
    expect(b.speaker.name).toBe('James B. Comey');
    expect(b.text).toBe('the messages were private');
  });

  it('takes a long subject that opens the sentence: "One in four voters in a poll said …"', () => {
    const q = one('One in four voters in a national poll last year said the border should be closed.');
    expect(q.text).toBe('the border should be closed');
    expect(q.speaker.mention).not.toBeNull();
  });
});

describe('a second verb of saying', () => {
  it('ends the first reported clause at "and" before it', () => {
    const text =
      'The minister forecast that the slumping economy would soon rebound and praised efforts by the envoy.';
    const q = extractQuotes(text).find((x) => x.cue.text === 'forecast');
    expect(q?.text).toBe('the slumping economy would soon rebound');
  });
});
