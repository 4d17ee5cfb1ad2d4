import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from './index.ts';

// The motivating article lives beside the project, in the shared folder; it is read, never copied.
const seedPath = fileURLToPath(new URL('../../../../shared/seed/seed-article.txt', import.meta.url));
const present = existsSync(seedPath);

// Each attributed statement of the seed article: a snippet of its content, who said it, the cue and the kind.
const expected = [
  { snippet: 'went very well', speaker: 'Donald Trump', lemma: 'assert', kind: 'mixed' },
  { snippet: 'Moscow had consented to', speaker: 'Donald Trump', lemma: 'mention', kind: 'mixed' },
  {
    snippet: 'there was no discussion about a ceasefire timeline',
    speaker: 'Kremlin',
    lemma: 'state',
    kind: 'indirect',
  },
  {
    snippet: 'his eagerness to expedite agreement',
    speaker: 'Donald Trump',
    lemma: 'emphasize',
    kind: 'indirect',
  },
  {
    snippet: 'Russia would collaborate with Ukraine',
    speaker: 'Vladimir Putin',
    lemma: 'indicate',
    kind: 'indirect',
  },
  {
    snippet: 'the ceasefire timeline had not been covered',
    speaker: 'Yuri Ushakov',
    lemma: 'inform',
    kind: 'indirect',
  },
  {
    snippet: 'The two presidents also discussed in detail',
    speaker: 'Yuri Ushakov',
    lemma: 'note',
    kind: 'direct',
  },
  { snippet: 'Trump specifically pointed out', speaker: 'Yuri Ushakov', lemma: 'add', kind: 'indirect' },
  {
    snippet: 'the promising outlook for U.S.-Russia relations',
    speaker: 'Donald Trump',
    lemma: 'point out',
    kind: 'indirect',
  },
  {
    snippet: 'he regards Russia as a key partner',
    speaker: 'Donald Trump',
    lemma: 'express',
    kind: 'indirect',
  },
  { snippet: 'both countries are coordinating', speaker: 'Yuri Ushakov', lemma: 'mention', kind: 'indirect' },
  {
    snippet: 'could potentially occur in the Vatican',
    speaker: 'Donald Trump',
    lemma: 'point out',
    kind: 'indirect',
  },
  { snippet: 'Let the process begin', speaker: 'Donald Trump', lemma: 'state', kind: 'direct' },
  {
    snippet: 'he would have chosen to withdraw completely',
    speaker: 'Donald Trump',
    lemma: 'convey',
    kind: 'indirect',
  },
  { snippet: 'I think he’s had enough.', speaker: 'Donald Trump', lemma: 'express', kind: 'direct' },
] as const;

describe.skipIf(!present)('extractQuotes on the seed article', () => {
  const text = present ? readFileSync(seedPath, 'utf8') : '';
  const quotes = extractQuotes(text);

  it.each(expected)('finds “$snippet” said by $speaker', ({ snippet, speaker, lemma, kind }) => {
    const match = quotes.find((q) => q.cue.lemma === lemma && q.text.includes(snippet));
    expect(match, `no ${lemma} quote containing “${snippet}”`).toBeDefined();
    expect(match!.speaker.name).toBe(speaker);
    expect(match!.kind).toBe(kind);
    expect(text.slice(match!.start, match!.end)).toBe(match!.text);
  });

  it('gives the Kremlin as an organisation and content without "that"', () => {
    const kremlin = quotes.find((q) => q.cue.lemma === 'state' && q.speaker.name === 'Kremlin');
    expect(kremlin?.speaker.kind).toBe('organization');
    expect(kremlin?.text).toBe('there was no discussion about a ceasefire timeline in their dialogue');
  });

  it('resolves "he" to the president the text means, with the pronoun as mention', () => {
    const he = quotes.filter(
      (q) => q.speaker.mention && /^he$/i.test(text.slice(q.speaker.mention.start, q.speaker.mention.end)),
    );
    expect(he.length).toBeGreaterThanOrEqual(4);
    const added = quotes.find((q) => q.cue.lemma === 'add');
    expect(added?.speaker.name).toBe('Yuri Ushakov');
    const vatican = quotes.find((q) => q.text.includes('Let the process begin'));
    expect(vatican?.speaker).toMatchObject({ name: 'Donald Trump', kind: 'person' });
  });

  it('folds titles into the name: "Kremlin foreign policy aide Yuri Ushakov"', () => {
    const informed = quotes.find((q) => q.cue.lemma === 'inform');
    expect(
      informed?.speaker.mention && text.slice(informed.speaker.mention.start, informed.speaker.mention.end),
    ).toBe('Yuri Ushakov');
  });

  it('attributes every statement to one of the people or bodies of the article', () => {
    const names = new Set(quotes.map((q) => q.speaker.name));
    for (const name of names)
      expect(['Donald Trump', 'Vladimir Putin', 'Yuri Ushakov', 'Kremlin']).toContain(name);
  });
});
