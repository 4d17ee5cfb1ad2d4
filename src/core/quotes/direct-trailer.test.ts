import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

describe('a trailer in the sentence after a question', () => {
  it('attributes a question to the name and cue that follow it', () => {
    const text = "Both spoke.\n\n''Can we win Illinois?'' Mr. Manafort asked.";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker.name, q.cue.text])).toEqual([
      ['Can we win Illinois?', 'Manafort', 'asked'],
    ]);
  });

  it('does not reach into a next sentence that goes on to report something else', () => {
    const text =
      'Fine. “Is it over?” Obama said on Monday that the talks with the union had failed completely.';
    expect(extractQuotes(text).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});
