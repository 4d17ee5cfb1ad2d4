import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

describe('a participle after a quote trailer', () => {
  it('reports what follows it, in the voice of the quote it trails', () => {
    const text = 'Fine. “We won,” Ramos said, referring to the ever-growing Hispanic community.';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker.name])).toEqual([
      ['We won,', 'Ramos'],
      ['the ever-growing Hispanic community', 'Ramos'],
    ]);
  });

  it('still reads a speaker named after the cue in "…, said the minister."', () => {
    const text = 'The port will close on Monday, said the minister.';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker.name])).toEqual([
      ['The port will close on Monday', 'the minister'],
    ]);
  });
});
