// Test support only: it runs under Vitest in Node to read the saved pages; nothing in core/ imports it.
// eslint-disable-next-line no-restricted-imports
import { readFileSync, readdirSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The saved pages live with the e2e site so the content script is tested on the same files. */
export const FIXTURE_DIR = join(import.meta.dirname, '../../../e2e/site/fixtures');

/** One expected quote of a fixture page. */
export interface ExpectedQuote {
  text: string;
  speaker: string;
}

/** The expected-results file beside each fixture page. */
export interface Expected {
  isArticle: boolean;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  authors?: string[];
  language?: string;
  dir?: 'ltr' | 'rtl';
  quotes: ExpectedQuote[];
  /** Story paragraphs (or their opening sentences) that must be in the article text. */
  paragraphs?: string[];
  mustNotContain: string[];
  /** Text hidden by the page's stylesheet: only a browser can tell, so only e2e tests check it stays out. */
  hiddenByStylesheet?: string[];
  occursOnce?: string[];
  insertedAfterLoad?: { data: string; container: string };
  claimReviews?: Record<string, unknown>[];
}

/** A fixture page with its expected results. */
export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

/** Every NN-shape.html page with its NN-shape.expected.json. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      return {
        name,
        html: readFileSync(join(FIXTURE_DIR, file), 'utf8'),
        expected: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Expected,
      };
    });
}

/** The URL the e2e server gives a fixture page. */
export function fixtureUrl(name: string): string {
  return `http://fixtures.test/${name}.html`;
}

/**
 * Does in linkedom what the page's own script does in a browser for pages whose article arrives after load: builds
 * the story from its embedded JSON into the container, as a single-page app would.
 */
function insertStory(doc: Document, spec: { data: string; container: string }): void {
  const data = JSON.parse(doc.querySelector(spec.data)?.textContent ?? '{}') as {
    headline: string;
    author: string;
    paragraphs: string[];
  };
  const root = doc.querySelector(spec.container);
  if (root === null) throw new Error(`no ${spec.container}`);
  const article = doc.createElement('article');
  const h1 = doc.createElement('h1');
  h1.textContent = data.headline;
  article.appendChild(h1);
  const byline = doc.createElement('p');
  byline.className = 'byline';
  byline.textContent = `By ${data.author}`;
  article.appendChild(byline);
  const body = doc.createElement('div');
  body.className = 'article-body';
  for (const text of data.paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    body.appendChild(p);
  }
  article.appendChild(body);
  root.textContent = '';
  root.appendChild(article);
}

/** Parses a fixture with linkedom; `settled` runs the page's after-load insertion first. */
export function parseFixture(fixture: Fixture, settled = true): Document {
  const { document } = parseHTML(fixture.html);
  const doc = document as unknown as Document;
  if (settled && fixture.expected.insertedAfterLoad !== undefined)
    insertStory(doc, fixture.expected.insertedAfterLoad);
  return doc;
}
