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

describe('a speaker named after the cue that follows a quote', () => {
  const speakers = (text: string) => extractQuotes(text).map((q) => [q.text, q.speaker.name]);

  it('takes the name in apposition to a role', () => {
    const text =
      'Mayor Jane Ortiz toured the flooded streets.\n\n“We will need help from the state,” said the city’s police chief, Tom Reyes.';
    expect(speakers(text)).toEqual([['We will need help from the state,', 'Tom Reyes']]);
  });

  it('reads a name after an age and a trade, after "says" as after "said"', () => {
    const text = 'The river rose overnight.\n\n“It was chaos,” says 34-year-old teacher Ann Cole.';
    expect(speakers(text)).toEqual([['It was chaos,', 'Ann Cole']]);
  });

  it('never lends the last speaker to a quote whose named speaker it cannot read', () => {
    const text =
      '“We lost everything,” said Ann Cole, a teacher.\n\n“The water came fast,” said one of the firefighters.';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Ann Cole', 'unknown']);
  });
});

describe('a quoted fragment after the quote before it', () => {
  it('belongs to the report of its own cue, not to the quote before', () => {
    const text =
      '“There is no progress,” Peskov said, adding that Moscow was ready to resume talks “at any moment.”';
    expect(extractQuotes(text).map((q) => [q.kind, q.text])).toEqual([
      ['direct', 'There is no progress,'],
      ['mixed', 'Moscow was ready to resume talks “at any moment.”'],
    ]);
  });
});

describe('a speaker whose noun ends in -ly', () => {
  it('is the noun, not an adverb before the cue', () => {
    const text =
      'The boy went missing on Monday.\n\n“We are shocked and saddened,” the family said in a statement.';
    expect(extractQuotes(text).map((q) => [q.kind, q.speaker.name, q.text])).toEqual([
      ['direct', 'the family', 'We are shocked and saddened,'],
    ]);
  });
});

describe('a quote signed after a dash', () => {
  it('is the signer’s, not a continuation of the quote before', () => {
    const text =
      '“This is our home,” Zelenskyy added.\n\n“We have been waiting for this moment for years.” — Olena Kovalenko, a teacher in Kharkiv';
    expect(extractQuotes(text).map((q) => [q.text, q.speaker.name])).toEqual([
      ['This is our home,', 'Zelenskyy'],
      ['We have been waiting for this moment for years.', 'Olena Kovalenko'],
    ]);
  });

  it('needs a full name after the dash', () => {
    const text = '“This is our home,” Zelenskyy added.\n\n“We will stay.” — and the crowd cheered.';
    expect(extractQuotes(text).map((q) => q.speaker.name)).not.toContain('and');
  });
});
