import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFixture, parseFixture, type Fixture } from '../../../lab/quotes/fixture-match.ts';
import { extractQuotesIn, QUOTE_LANGUAGES } from './index.ts';
import type { QuoteLanguage } from './pack.ts';

// Articles written for each language in fixtures/quotes-lang/LANG/: NN-slug.txt with its answers in NN-slug.json.
const root = new URL('../../../../fixtures/quotes-lang/', import.meta.url);

function load(lang: QuoteLanguage): Fixture[] {
  const dir = new URL(`${lang}/`, root);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.txt'.length);
      const json = JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as unknown;
      return parseFixture(`${lang}/${name}`, readFileSync(new URL(f, dir), 'utf8'), json);
    });
}

/** Share of direct quotes found with the right speaker, and of traps reported, that each language must reach. */
const MIN_DIRECT_FOUND = 0.9;
const MAX_TRAPS_REPORTED = 0.1;

describe.each(QUOTE_LANGUAGES.map((lang) => [lang] as const))('quotes in %s', (lang) => {
  const fixtures = load(lang);

  it('has at least six articles, with direct quotes and traps', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    expect(
      fixtures.flatMap((f) => f.quotes).filter((q) => q.kind === 'direct').length,
    ).toBeGreaterThanOrEqual(25);
    expect(fixtures.flatMap((f) => f.notQuotes).length).toBeGreaterThanOrEqual(8);
  });

  it('finds the direct quotes with their speakers and reports few traps', () => {
    let direct = 0;
    let directFound = 0;
    let all = 0;
    let allFound = 0;
    let traps = 0;
    let reported = 0;
    for (const f of fixtures) {
      const predicted = extractQuotesIn(f.text, lang);
      const directOnly = checkFixture(
        { ...f, quotes: f.quotes.filter((q) => q.kind === 'direct') },
        predicted,
      );
      const report = checkFixture(f, predicted);
      direct += directOnly.expected;
      directFound += directOnly.found;
      all += report.expected;
      allFound += report.found;
      traps += report.notQuotes;
      reported += report.violated;
      if (report.failures.length > 0) console.info(`${f.name}:\n  ${report.failures.join('\n  ')}`);
    }
    console.info(
      `${lang}: ${directFound}/${direct} direct quotes found with their speaker; ${allFound}/${all} quotes of ` +
        `every kind; ${reported}/${traps} traps reported`,
    );
    expect(directFound / direct).toBeGreaterThanOrEqual(MIN_DIRECT_FOUND);
    expect(reported / traps).toBeLessThanOrEqual(MAX_TRAPS_REPORTED);
  });
});
