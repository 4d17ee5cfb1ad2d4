import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './index.ts';

const one = (text: string): Quote => {
  const quotes = extractQuotes(text);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
};

describe('direct quotes', () => {
  it('takes the speaker after the quote, with curly marks', () => {
    const q = one('“We will not back down,” Ushakov noted.');
    expect(q).toMatchObject({
      text: 'We will not back down,',
      kind: 'direct',
      speaker: { name: 'Ushakov', kind: 'person' },
    });
    expect(q.cue).toMatchObject({ text: 'noted', lemma: 'note', stance: 'assert' });
  });

  it('takes an inverted speaker and folds the title', () => {
    const text = 'Kremlin aide Yuri Ushakov spoke on Monday. "Talks went well," said Ushakov.';
    const q = extractQuotes(text).find((x) => x.kind === 'direct')!;
    expect(q.speaker.name).toBe('Yuri Ushakov');
    expect(text.slice(q.speaker.mention!.start, q.speaker.mention!.end)).toBe('Ushakov');
  });

  it('takes the speaker before the quote, with straight marks', () => {
    const q = one('Trump told reporters: "The call went very well."');
    expect(q).toMatchObject({ text: 'The call went very well.', kind: 'direct', speaker: { name: 'Trump' } });
    expect(q.cue.lemma).toBe('tell');
  });

  it('joins a quote around its attribution into one quote in two parts', () => {
    const text = '"It was a good call," he said, "and we will talk again."';
    const q = one(text);
    expect(q.parts).toHaveLength(2);
    expect(q.text).toBe('It was a good call … and we will talk again.');
  });

  it('follows a quote over paragraphs that do not close it', () => {
    const text =
      'Senator Jane Doe said: “The first part of the plan is sound.\n\n“The second part is not, and we will fight it.”';
    const q = one(text);
    expect(q.parts).toHaveLength(2);
    expect(q.speaker.name).toBe('Jane Doe');
    expect(text.slice(q.start, q.end).endsWith('we will fight it.')).toBe(true);
    expect(q.text).toBe(
      'The first part of the plan is sound. … The second part is not, and we will fight it.',
    );
  });

  it('gives a cue-less quoted paragraph to the previous speaker', () => {
    const text = '“We are ready,” said Maria Lopez, the mayor.\n“Nobody should doubt that for a moment.”';
    const quotes = extractQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.speaker.name).toBe('Maria Lopez');
    expect(quotes[1]!.speaker.mention).toBeNull();
  });

  it('reads single quote marks and keeps apostrophes inside words', () => {
    const q = one("‘We don't accept it,’ the minister's spokesman said.");
    expect(q.text).toBe("We don't accept it,");
  });
});

describe('not quotes', () => {
  it.each([
    ['a scare quote', 'The so-called “reform” passed on Tuesday.'],
    ['a title', 'She read “War and Peace” on the train last summer.'],
    ['a nickname', 'Dwayne “The Rock” Johnson arrived at the premiere.'],
    ['a quote with no cue', 'The sign read “Closed for the holidays” all week.'.replace('read', 'hung:')],
  ])('rejects %s', (_, text) => {
    expect(extractQuotes(text)).toEqual([]);
  });
});

describe('indirect and mixed quotes', () => {
  it('reads "X stated that …" without "that" in the content', () => {
    const q = one('The Kremlin stated that there was no discussion about a ceasefire timeline.');
    expect(q).toMatchObject({
      text: 'there was no discussion about a ceasefire timeline',
      kind: 'indirect',
      speaker: { name: 'Kremlin', kind: 'organization' },
    });
  });

  it('reads "…, officials said." as a group speaking', () => {
    const q = one('The border will reopen next week, officials said.');
    expect(q).toMatchObject({
      text: 'The border will reopen next week',
      speaker: { name: 'officials', kind: 'group' },
    });
  });

  it('reads "According to the ministry, …"', () => {
    const q = one('According to the ministry, prices rose by two percent in May.');
    expect(q.text).toBe('prices rose by two percent in May');
    expect(q.cue.lemma).toBe('according to');
    expect(q.speaker.kind).toBe('organization');
  });

  it('reads "X told Y that …" and skips the addressee', () => {
    const q = one('Ushakov told reporters that the timeline had not been discussed.');
    expect(q.text).toBe('the timeline had not been discussed');
  });

  it('marks a denial', () => {
    const q = one('The spokesman denied that the meeting had been cancelled.');
    expect(q.cue.stance).toBe('deny');
    expect(q.speaker).toMatchObject({ name: 'The spokesman', kind: 'group' });
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const quotes = extractQuotes(
      'He said Moscow had agreed to “immediately start negotiations toward a ceasefire” soon.',
    );
    const said = quotes.find((q) => q.cue.lemma === 'say');
    expect(said).toMatchObject({
      kind: 'mixed',
      text: 'Moscow had agreed to “immediately start negotiations toward a ceasefire” soon',
    });
  });
});

describe('speakers', () => {
  it('resolves a pronoun to the last compatible name, using first-name gender', () => {
    const text = 'Maria Lopez met John Smith on Monday. She said the talks were useful.';
    expect(one(text).speaker).toMatchObject({ name: 'Maria Lopez', kind: 'person' });
  });

  it('expands a later surname to the full name', () => {
    const text = 'Prime Minister Anna Berg arrived late. "We are not worried," Berg said.';
    expect(one(text).speaker.name).toBe('Anna Berg');
  });

  it('keeps vague sources as groups', () => {
    const q = one('Turnout was higher than expected, a source said.');
    expect(q.speaker).toMatchObject({ name: 'a source', kind: 'group' });
  });
});

describe('extractQuotes on newsroom shapes', () => {
  const one = (text: string) => extractQuotes(text).map((q) => [q.kind, q.speaker.name, q.text]);

  it('reads an interview answer labelled with a known name', () => {
    const text =
      'Ines Varga spoke to us in Lisbon.\n\nQ: Why ten years?\n\nVarga: Because I kept writing the wrong book.';
    expect(one(text)).toContainEqual(['direct', 'Ines Varga', 'Because I kept writing the wrong book.']);
  });

  it('reads a transcript line labelled in capitals by a person the article names, not a section label', () => {
    const text =
      'Tess Orlov, the ferry company’s director, joined the broadcast.\n\nMARK DALY: Will the fares rise?\n\n' +
      'ORLOV: Not this winter, and not for residents.\n\nWEATHER: Gales are expected on Friday.';
    const quotes = one(text);
    expect(quotes.slice(0, 2)).toEqual([
      ['direct', 'Mark Daly', 'Will the fares rise?'],
      ['direct', 'Tess Orlov', 'Not this winter, and not for residents.'],
    ]);
    expect(quotes.filter((q) => q[2] === 'Gales are expected on Friday.')).toEqual([]);
  });

  it('takes a subject whose noun is also a cue word or follows "executive"', () => {
    expect(one('“You have until Friday,” the note says.')).toEqual([
      ['direct', 'the note', 'You have until Friday,'],
    ]);
    expect(one('“The route pays for itself,” a ferry executive tells staff.')).toEqual([
      ['direct', 'a ferry executive', 'The route pays for itself,'],
    ]);
  });

  it('finds the subject before a dashed aside, and a group after a clause with modifiers', () => {
    expect(one('The department — in a written statement — said it would keep the quota.')).toEqual([
      ['indirect', 'department', 'it would keep the quota'],
    ]);
    expect(one('More than 300 vessels were waiting at anchor, port officials said.')).toEqual([
      ['indirect', 'port officials', 'More than 300 vessels were waiting at anchor'],
    ]);
  });

  it('keeps possessive plurals and hyphenated initialisms inside organisation names', () => {
    expect(one('The teachers’ union said it would oppose any plan.')[0]?.[1]).toBe('teachers’ union');
    expect(one('The U.S.-China Business Council said its members welcomed the extension.')[0]?.[1]).toBe(
      'U.S.-China Business Council',
    );
  });

  it('names a vague source without the person it is close to', () => {
    expect(one('A source close to Drayton said the candidate had prepared two speeches.')[0]?.[1]).toBe(
      'A source',
    );
  });
});
