import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

const asked = (text: string) =>
  extractQuotes(text)
    .filter((q) => q.cue.lemma === 'ask')
    .map((q) => [q.text, q.speaker.name]);

describe('findAskedClauses', () => {
  it('reads the question after a participle "asked", with its asker when named', () => {
    expect(asked('Asked on Monday whether he would run again, Mr. Smith shook his head.')).toEqual([
      ['whether he would run again', 'unknown'],
    ]);
    expect(asked('When asked by a reporter whether this was legal, Trump said no.')).toEqual([
      ['whether this was legal', 'a reporter'],
    ]);
  });

  it('leaves a finite "asked" to the verb readers', () => {
    expect(asked('The mayor asked whether the budget could wait until spring.')).toEqual([
      ['the budget could wait until spring', 'The mayor'],
    ]);
  });

  it('stays linear on a long run of question words', () => {
    const text = 'Asked ' + 'whether '.repeat(50_000) + 'it rains, he left.';
    const started = performance.now();
    extractQuotes(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
