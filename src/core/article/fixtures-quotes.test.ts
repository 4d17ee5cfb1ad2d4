/**
 * Runs the real pipeline on the saved pages: core/article reads the page, core/quotes finds the quotes in its text.
 * It checks each expected quote (content overlap ≥ 80%, speaker equal ignoring case and a leading "the") and holds
 * the extractor to a recall floor on these pages, printing every miss so regressions are easy to read.
 */
import { describe, expect, it } from 'vitest';
import { confidentQuotes, extractQuotes } from '../quotes/index.ts';
import type { Quote } from '../quotes/index.ts';
import { extractQuotesIn, isQuoteLanguage, pageLanguage } from '../quotes/lang/index.ts';
import { fixtureUrl, loadFixtures, parseFixture, type ExpectedQuote } from './fixtures.test-helper.ts';
import { readArticle } from './index.ts';

/** Share of an expected quote's content a found quote must cover. */
const COVERAGE = 0.8;
/** Share of expected quotes (content and speaker) that must be found across all pages. */
const RECALL_FLOOR = 0.5;

function sameSpeaker(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '');
  return norm(a) === norm(b);
}

function covers(found: Quote, start: number, end: number): boolean {
  const overlap = Math.min(found.end, end) - Math.max(found.start, start);
  return overlap >= (end - start) * COVERAGE;
}

function check(text: string, quotes: Quote[], want: ExpectedQuote): 'ok' | 'no quote' | 'wrong speaker' {
  const start = text.indexOf(want.text);
  const end = start + want.text.length;
  const hits = quotes.filter((q) => covers(q, start, end));
  if (hits.length === 0) return 'no quote';
  return hits.some((q) => sameSpeaker(q.speaker.name, want.speaker)) ? 'ok' : 'wrong speaker';
}

describe('core/article + core/quotes on the saved pages', () => {
  const fixtures = loadFixtures().filter((f) => f.expected.isArticle);
  let expected = 0;
  let found = 0;
  const misses: string[] = [];

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const read = readArticle(parseFixture(fixture), { url: fixtureUrl(fixture.name) });
    // Each page is read in its language, as the content script reads it, and checked against what the
    // extension reports: the quotes above the confidence threshold.
    const lang = pageLanguage(read.metadata.language, read.text);
    const quotes = confidentQuotes(
      isQuoteLanguage(lang) ? extractQuotesIn(read.text, lang) : extractQuotes(read.text),
    );
    for (const want of fixture.expected.quotes) {
      expect(read.text).toContain(want.text);
      const verdict = check(read.text, quotes, want);
      expected++;
      if (verdict === 'ok') found++;
      else {
        const got = quotes.find((q) =>
          covers(q, read.text.indexOf(want.text), read.text.indexOf(want.text) + want.text.length),
        );
        misses.push(
          `${fixture.name}: ${verdict}: "${want.text.slice(0, 60)}" (${want.speaker}${got ? `, got ${got.speaker.name}` : ''})`,
        );
      }
    }
    // Every quote the extractor reports must lie inside the article text it was given.
    for (const q of quotes) expect(q.end).toBeLessThanOrEqual(read.text.length);
  });

  it('finds most expected quotes with the right speaker', () => {
    if (misses.length > 0) console.info(`quote misses (${misses.length}/${expected}):\n${misses.join('\n')}`);
    console.info(`fixture quote recall: ${found}/${expected}`);
    expect(expected).toBeGreaterThan(60);
    expect(found / expected).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
