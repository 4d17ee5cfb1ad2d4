import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../fixtures.ts';
import { overlayTexts } from '../closed-shadow.ts';
import { askBackground } from '../page-helpers.ts';

// With no other source in the store, nothing may be marked disputed: every dispute needs another source, or a
// quote of the same page that the judge sets against it with a reason in words. Each page is read right after
// the store is cleared, so the page itself is the only source there is.
test.use({ isolated: false });

const siteRoot = resolve(import.meta.dirname, '../site');
const outlets = ['ledger', 'wire', 'tribune', 'courier', 'checkpoint'];
const pages = [...outlets, 'fixtures', 'hostile'].flatMap((site) =>
  readdirSync(resolve(siteRoot, site))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ site, path: `/${file}` })),
);

test('no page of the fixture site or the hostile pages is marked disputed when the store holds no other source', async ({
  server,
  context,
  background,
  readPage,
  openOptions,
}) => {
  test.setTimeout(pages.length * 20_000);
  const options = await openOptions();
  const page = await context.newPage();
  const marked: string[] = [];
  let quotes = 0;
  for (const { site, path } of pages) {
    await askBackground(options, 'clear-data', {});
    const { tabId, report } = await readPage(page, server.url(site, path));
    quotes += report.quotes.length;
    const disputed = report.quotes.filter((q) => q.conflicts.length > 0);
    const badge = await background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    // The report is what the page draws from; the disputed marks drawn in our shadow root are checked too.
    const drawn = (await overlayTexts(page, 'disputed')).length;
    if (disputed.length > 0 || report.disputed > 0 || badge !== '' || drawn > 0) {
      const pairs = disputed.map(
        (q) =>
          `"${q.text.slice(0, 60)}" ← ${q.conflicts.map((c) => `"${c.text.slice(0, 60)}" (${c.reasons.map((r) => r.text).join(' ')})`).join('; ')}`,
      );
      marked.push(`${site}${path}: ${disputed.length} disputed, badge "${badge}"\n  ${pairs.join('\n  ')}`);
    }
  }
  console.log(`empty store: ${pages.length} pages, ${quotes} quotes, ${marked.length} pages with a mark`);
  expect(marked, marked.join('\n')).toEqual([]);
  expect(quotes, 'the pages were read').toBeGreaterThan(20);
});
