import { isPossessive, withoutPossessive } from './possessive.ts';
import { describe, expect, it } from 'vitest';
import { pairQuotes } from './quote-pairs.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('reads words whose lower-case runs are broken by capitals, accents, joiners and the text end', () => {
    const tokens = tokenize('McDonald’s café-owner naïveSTRING résumé endword');
    expect(tokens.map((t) => t.text)).toEqual([
      'McDonald’s',
      'café-owner',
      'naïveSTRING',
      'résumé',
      'endword',
    ]);
    expect(tokens.map((t) => t.lower)).toEqual([
      'mcdonald’s',
      'café-owner',
      'naïvestring',
      'résumé',
      'endword',
    ]);
    expect(tokens.at(-1)).toMatchObject({ start: 41, end: 48 });
  });

  it('reads a very long lower-case word in linear time', () => {
    const long = 'a'.repeat(200_000);
    const started = performance.now();
    expect(tokenize(`${long} b`).map((t) => t.end)).toEqual([200_000, 200_002]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('keeps initialisms, titles, numbers and inner apostrophes whole', () => {
    expect(words("Mr. Smith's U.S. trip cost $1,200.50, didn't it?")).toEqual([
      'Mr.',
      "Smith's",
      'U.S.',
      'trip',
      'cost',
      '$',
      '1,200.50',
      ',',
      "didn't",
      'it',
      '?',
    ]);
  });

  it('turns newlines into paragraph breaks and doubled apostrophes into a quote mark', () => {
    const tokens = tokenize("one\n\n''two''");
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'break', 'quote', 'word', 'quote']);
  });

  it("reads ''' after a word as a single then a double mark, and before a word as a double then a single", () => {
    const text = "''It is the 'worst case,''' he said. '''Maybe' not,'' she said.";
    const marks = tokenize(text)
      .filter((t) => t.kind === 'quote')
      .map((t) => text.slice(t.start, t.end));
    expect(marks).toEqual(["''", "'", "'", "''", "''", "'", "'", "''"]);
  });
});

describe('pairQuotes', () => {
  it('pairs curly and straight marks and stamps the tokens inside', () => {
    const text = '“A b,” he said. "C d."';
    const tokens = tokenize(text);
    const regions = pairQuotes(tokens, text);
    expect(regions.map((r) => text.slice(r.parts[0]!.start, r.parts[0]!.end))).toEqual(['A b,', 'C d.']);
    expect(tokens.filter((t) => t.quote === 0).map((t) => t.text)).toEqual(['A', 'b', ',']);
  });

  it('closes a double quote that ends with a single one in doubled-apostrophe copy', () => {
    const text = "''It is the 'worst case,''' he said. ''Next.''";
    const regions = pairQuotes(tokenize(text), text).filter((r) => !r.single);
    expect(regions.map((r) => text.slice(r.parts[0]!.start, r.parts[0]!.end))).toEqual([
      "It is the 'worst case,'",
      'Next.',
    ]);
  });

  it('closes and opens a double quote set apart by a space from a single one inside it', () => {
    const text = `"You shake his hand and say, 'Well done,' " said Russell. " 'Fine' is all," he said.`;
    const regions = pairQuotes(tokenize(text), text).filter((r) => !r.single);
    expect(regions.map((r) => text.slice(r.parts[0]!.start, r.parts[0]!.end).trim())).toEqual([
      "You shake his hand and say, 'Well done,'",
      "'Fine' is all,",
    ]);
  });

  it('closes a double quote set apart by a space from the punctuation before it', () => {
    const text = '"It is a disgrace, " Trump said. "Next."';
    const regions = pairQuotes(tokenize(text), text);
    expect(regions.map((r) => text.slice(r.parts[0]!.start, r.parts[0]!.end).trim())).toEqual([
      'It is a disgrace,',
      'Next.',
    ]);
  });

  it('continues a quote into a paragraph that reopens it, and ends one that is never closed', () => {
    const text = '“First part.\n“Second part.”\n“Never closed\nPlain text.';
    const regions = pairQuotes(tokenize(text), text);
    expect(regions).toHaveLength(2);
    expect(regions[0]!.parts).toHaveLength(2);
    expect(regions[1]!.close).toBe(-1);
  });
});

describe('splitSentences', () => {
  it('splits after terminals, not after titles or inside quotes', () => {
    const text = 'Mr. Smith left. "We won. It was great," he said. Then he went home.';
    const tokens = tokenize(text);
    pairQuotes(tokens, text);
    const sentences = splitSentences(tokens).map((s) =>
      text.slice(tokens[s.first]!.start, tokens[s.end - 1]!.end),
    );
    expect(sentences).toEqual(['Mr. Smith left.', '"We won. It was great," he said.', 'Then he went home.']);
  });

  it('does not split inside a state abbreviation: "Rep. Jim Smith, D-N.Y., said"', () => {
    const tokens = tokenize('Rep. Jim Smith, D-N.Y., said it. He left.');
    expect(splitSentences(tokens)).toHaveLength(2);
  });

  it('ends a sentence at an initialism before a word that opens one, not before a name', () => {
    const text = 'She left for the U.S. He stayed with the U.S. Senate staff until 10 p.m. The talks ended.';
    const tokens = tokenize(text);
    const sentences = splitSentences(tokens).map((s) =>
      text.slice(tokens[s.first]!.start, tokens[s.end - 1]!.end),
    );
    expect(sentences).toEqual([
      'She left for the U.S.',
      'He stayed with the U.S. Senate staff until 10 p.m.',
      'The talks ended.',
    ]);
  });
});

describe('possessives', () => {
  it('drops a straight or curly possessive ending and leaves other words', () => {
    expect(withoutPossessive('Trump’s')).toBe('Trump');
    expect(withoutPossessive("editor's")).toBe('editor');
    expect(withoutPossessive('news')).toBe('news');
    expect(isPossessive('Grassley’s')).toBe(true);
    expect(isPossessive('Jones')).toBe(false);
  });
});
