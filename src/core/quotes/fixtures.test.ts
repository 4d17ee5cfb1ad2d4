import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confidentQuotes, extractQuotes } from './index.ts';
import {
  checkFixture,
  locateExpected,
  locateNotQuote,
  parseFixture,
} from '../../lab/quotes/fixture-match.ts';

// The hand-written articles in fixtures/quotes/: NN-slug.txt with the expected quotes in NN-slug.json.
const dir = new URL('../../../fixtures/quotes/', import.meta.url);
const articleNames = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();
const fixtures = articleNames.map((name) =>
  parseFixture(
    name,
    readFileSync(new URL(`${name}.txt`, dir), 'utf8'),
    JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as unknown,
  ),
);

describe('the quote fixture set', () => {
  it('holds at least 30 articles and 300 expected quotes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(fixtures.reduce((n, f) => n + f.quotes.length, 0)).toBeGreaterThanOrEqual(300);
  });

  it('pairs every JSON file with an article', () => {
    const jsonNames = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
    expect(jsonNames).toEqual(articleNames);
  });

  it('covers every quote kind and speaker kind', () => {
    const all = fixtures.flatMap((f) => f.quotes);
    expect(new Set(all.map((q) => q.kind))).toEqual(new Set(['direct', 'indirect', 'mixed']));
    expect(new Set(all.map((q) => q.speakerKind))).toEqual(
      new Set(['person', 'organization', 'group', 'document']),
    );
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every text occurs in the article, in order',
    (_, f) => {
      const missing = f.quotes
        .filter((_q, i) => locateExpected(f.text, f.quotes)[i] === null)
        .map((q) => q.text);
      expect(missing).toEqual([]);
      expect(f.notQuotes.filter((s) => locateNotQuote(f.text, s) === null)).toEqual([]);
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: no not-quote lies inside an expected quote',
    (_, f) => {
      const spans = locateExpected(f.text, f.quotes);
      const inside = f.notQuotes.filter((s) => {
        const trap = locateNotQuote(f.text, s);
        return trap !== null && spans.some((q) => q !== null && q.start < trap.end && trap.start < q.end);
      });
      expect(inside).toEqual([]);
    },
  );
});

describe('extractQuotes on the fixture articles', () => {
  // Every expected quote of every article is the goal; the extractor does not reach it yet (see the failures
  // printed below). The bar: 95% of the quotes found with their speakers among what the extension reports (the
  // quotes above the confidence threshold), and at most 5% of the traps (not-quotes and not-speakers) reported.
  const minFoundShare = 0.95;
  const maxViolatedShare = 0.05;

  it('finds the expected quotes with their speakers and kinds, and few of the traps', () => {
    // What the extension reports: the quotes above the confidence threshold.
    const reports = fixtures.map((f) => checkFixture(f, confidentQuotes(extractQuotes(f.text))));
    const expected = reports.reduce((n, r) => n + r.expected, 0);
    const found = reports.reduce((n, r) => n + r.found, 0);
    const traps = reports.reduce((n, r) => n + r.notQuotes, 0);
    const violated = reports.reduce((n, r) => n + r.violated, 0);
    const passed = reports.filter((r) => r.failures.length === 0).length;
    for (const r of reports)
      if (r.failures.length > 0) console.info(`${r.name}:\n  ${r.failures.join('\n  ')}`);
    console.info(
      `quote fixtures: ${passed}/${reports.length} articles pass; ${found}/${expected} quotes found; ` +
        `${violated}/${traps} not-quotes reported`,
    );
    expect(found / expected).toBeGreaterThanOrEqual(minFoundShare);
    expect(violated / traps).toBeLessThanOrEqual(maxViolatedShare);
  });
});
