import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorSelectors, type Anchor } from '../../core/anchor/anchor-selectors.ts';
import { describeSelection } from '../../core/anchor/describe-selection.ts';
import { applyEdit, mutatePage, pickSelection, type TrackedPage } from './page-mutator.ts';
import { SAMPLE_ARTICLES } from './sample-articles.ts';
import { mulberry32, pick } from './seeded-random.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The fixture articles' text: quote fixtures if there are any, else the invented sample articles. */
function loadArticles(): { source: string; texts: string[] } {
  const dir = `${root}fixtures/quotes/`;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  const texts = files.map((f) => readFileSync(dir + f, 'utf8')).filter((t) => t.length > 500);
  return texts.length > 0
    ? { source: 'fixtures/quotes', texts }
    : { source: 'sample-articles', texts: [...SAMPLE_ARTICLES] };
}

/** Same place, edges off: within a long word of the true range and covering at least half of it. */
function isSamePlaceEdgesOff(anchor: Anchor, truth: TrackedPage): boolean {
  const overlap = Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start);
  return (
    overlap >= 0.5 * (truth.end - truth.start) &&
    anchor.start >= truth.start - 20 &&
    anchor.end <= truth.end + 20
  );
}

/** Right place: overlapping the true range with both edges within a word's width of the true ones. */
function isRightPlace(anchor: Anchor, truth: TrackedPage): boolean {
  const overlap = Math.min(anchor.end, truth.end) - Math.max(anchor.start, truth.start);
  const length = truth.end - truth.start;
  return (
    overlap >= 0.8 * length &&
    Math.abs(anchor.start - truth.start) <= 10 &&
    Math.abs(anchor.end - truth.end) <= 10
  );
}

describe('re-anchoring accuracy on mutated pages', () => {
  it('finds at least 95% of 1,000 saved selections at the right place and none at a wrong place', () => {
    const { source, texts } = loadArticles();
    const random = mulberry32(0x5eed);
    const counts = { right: 0, exactEdges: 0, edgesOff: 0, wrong: 0, notFound: 0 };
    const methods = { position: 0, quote: 0, fuzzy: 0 };
    const wrongExamples: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const article = pick(random, texts);
      const { start, end } = pickSelection(random, article);
      const selectors = describeSelection(article, start, end);
      const others = texts.filter((t) => t !== article);
      const page = mutatePage(random, { text: article, start, end }, others);
      const anchor = anchorSelectors(page.text, selectors);
      if (!anchor) {
        counts.notFound++;
      } else if (isRightPlace(anchor, page)) {
        counts.right++;
        methods[anchor.method]++;
        if (anchor.start === page.start && anchor.end === page.end) counts.exactEdges++;
      } else if (isSamePlaceEdgesOff(anchor, page)) {
        // A changed first or last word with no context on that side (text edge, ad inserted) can leave it out.
        counts.edgesOff++;
      } else {
        counts.wrong++;
        wrongExamples.push(
          `${JSON.stringify(page.text.slice(page.start, page.end))} → ${JSON.stringify(page.text.slice(anchor.start, anchor.end))} (${anchor.method}, Δ ${anchor.start - page.start}/${anchor.end - page.end})`,
        );
      }
    }
    console.log(
      `re-anchoring (${source}): right place ${counts.right}, wrong place ${counts.wrong}, not found ${counts.notFound}` +
        ` of 1000 (right place with edges off by a changed edge word ${counts.edgesOff}; exact edges ${counts.exactEdges};` +
        ` position ${methods.position}, quote ${methods.quote}, fuzzy ${methods.fuzzy})`,
    );
    expect(wrongExamples).toEqual([]);
    expect(counts.right).toBeGreaterThanOrEqual(950);
    expect(counts.edgesOff).toBeLessThanOrEqual(5);
  });

  it('finds none of 300 saved selections whose text was deleted from the page', () => {
    const { texts } = loadArticles();
    const random = mulberry32(0xde1e7e);
    let found = 0;
    for (let i = 0; i < 300; i++) {
      const article = pick(random, texts);
      const { start, end } = pickSelection(random, article);
      const selectors = describeSelection(article, start, end);
      const mutated = mutatePage(
        random,
        { text: article, start, end },
        texts.filter((t) => t !== article),
        0,
      );
      const gone = applyEdit(mutated, mutated.start, mutated.end - mutated.start, '');
      if (anchorSelectors(gone.text, selectors)) found++;
    }
    console.log(`re-anchoring deleted selections: found anyway ${found} of 300`);
    expect(found).toBe(0);
  });
});
