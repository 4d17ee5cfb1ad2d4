// A replay of the headless demo in Node, without a browser: the feed's pages and the demo articles read with
// the extension's own reading (linkedom, as the offscreen reader), their claims put in an in-memory store in the
// order the demo reads them, each visited page's quotes checked with the extension's own search, then the same
// scorecard `npm start` prints. Seconds instead of minutes; `npm start` remains the measure.
import { readFileSync } from 'node:fs';
import { parseFeed } from '../src/core/feeds/index.ts';
import { claimsOf } from '../src/core/reading/index.ts';
import { accountsOnPage, findRelated, MemorySource } from '../src/core/conflicts/index.ts';
import type { ClaimSource } from '../src/core/claims/index.ts';
import type { QuoteReport } from '../src/shared/report.ts';
import { quoteReport, tabReport } from '../src/background/related/tab-report.ts';
import { readHtml } from '../src/cli/read/read-html.ts';
import { pageKey, scoreDemo, type DesignedPairs, type VisitedPage } from './demo-scorecard.ts';
import { formatReport } from './format-report.ts';
import { formatUndesigned } from './format-summary.ts';

interface DemoArticle {
  site: string;
  path: string;
}

const demo = JSON.parse(readFileSync('e2e/site/demo.json', 'utf8')) as {
  articles: DemoArticle[];
  feeds: (DemoArticle & { source: { name: string } })[];
};
const designed = JSON.parse(readFileSync('e2e/site/conflicts.json', 'utf8')) as DesignedPairs;
const PORT = 40000;
const urlOf = (site: string, path: string) => `http://${site}.test:${PORT}/${path.replace(/^\//, '')}`;

const store = new MemorySource();
const read: string[] = [];
const now = Date.parse('2025-05-21T09:00:00Z');

// The first feed's items, each page read as the feed reader reads it, its claims under the feed's outlet and the
// item's date.
const feed = demo.feeds[0]!;
const feedUrl = urlOf(feed.site, feed.path);
const parsed = parseFeed(readFileSync(`e2e/site/${feed.site}/${feed.path}`, 'utf8'), feedUrl);
for (const item of parsed.ok ? parsed.feed.items : []) {
  if (!item.link) continue;
  const file = `e2e/site/${feed.site}${new URL(item.link).pathname}`;
  const reading = readHtml(readFileSync(file, 'utf8'), item.link);
  if (reading.status !== 'article') continue;
  const published = item.published ?? reading.page.published;
  const source: ClaimSource = {
    outlet: feed.source.name,
    domain: `${feed.site}.test`,
    url: item.link,
    headline: item.title || reading.page.headline,
    ...(published ? { published } : {}),
  };
  for (const claim of claimsOf({ ...reading, claimReviews: [] }, source, 'feed', now).quotes)
    store.add(claim);
  read.push(pageKey(item.link));
}

const visited: VisitedPage[] = [];
for (const article of demo.articles) {
  const url = urlOf(article.site, article.path);
  const reading = readHtml(readFileSync(`e2e/site/${article.site}${article.path}`, 'utf8'), url);
  const page = reading.page;
  const source: ClaimSource = {
    outlet: page.outlet,
    domain: page.domain,
    url: page.canonicalUrl,
    headline: page.headline,
    ...(page.published ? { published: page.published } : {}),
  };
  const { quotes: claims } = claimsOf(
    { quotes: reading.quotes, claimReviews: [], ...(page.language ? { language: page.language } : {}) },
    source,
    'page',
    now,
  );
  for (const claim of claims) store.add(claim);
  read.push(pageKey(url));
  // The background's own report: the page's other accounts, and the invariant that drops a dispute without reason.
  const onPage = accountsOnPage(claims);
  const quotes: QuoteReport[] = [];
  for (const [index, quote] of reading.quotes.entries())
    quotes.push(quoteReport(index, quote, await findRelated(store, claims[index]!), onPage));
  const report = tabReport({ status: reading.status, page, quotes, otherSourceClaims: 0, scannedAt: now });
  if (process.argv.includes('--reports')) console.log(formatReport(url, report));
  visited.push({ page: pageKey(url), report });
}

const score = scoreDemo(designed, visited, read);
console.log(formatUndesigned(score.shown).join('\n'));
for (const row of score.rows) console.log(`  ${row.kind.padEnd(9)} ${row.id.padEnd(28)} ${row.verdict}`);
const falseShown = score.shown.filter((s) => s.designed === null).length;
const retold = score.shown.filter((s) => s.retold).length;
console.log(
  `Conflicts shown: ${score.shown.length} distinct pairs, ${score.shown.length - falseShown} designed (${retold} of them told by another outlet), ${falseShown} not designed (counted as false).`,
);
