import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { overlayTexts, visibleBox } from '../closed-shadow.ts';
import { sendFromContentScript } from '../content-world.ts';
import { expect, extensionDir, test } from '../fixtures.ts';
import { quoteHighlightName, storedClaims } from '../page-helpers.ts';
import { savedTexts, selectText } from '../selection-helpers.ts';

// A page on a host of its own (e2e/site/hostile/spy.html) that tries, from its main world, everything a page could
// do to read the reader's store through Counterclaim or to file claims under another outlet's name. It runs against
// the release build: nothing of ours may reach its performance timeline.

/** What the spy page's own script saw of Counterclaim, from its first moment. */
interface SpyReport {
  names: Record<string, boolean>;
  snapshots: string[];
  entries: string[];
  marks: number;
  scriptsRan: number;
}

const savedSentence =
  'Over the weekend Russia launched one of its largest drone attacks of the war, including strikes on the capital, Kyiv.';
const madeUp = 'We have called the ceasefire off for good';

test('a hostile page learns nothing of the store and files nothing under another site', async ({
  context,
  server,
  background,
  extensionId,
  readPage,
}) => {
  test.setTimeout(120_000);
  // The reader's store: Global Wire's account of the call, and The Ledger's article with a saved sentence.
  const reader = await context.newPage();
  await readPage(reader, server.url('wire', '/putin-trump-call.html'));
  const ledgerUrl = server.url('ledger', '/trump-putin-call.html');
  await readPage(reader, ledgerUrl);
  await selectText(reader, 'Over the weekend Russia launched', 'the capital, Kyiv.');
  await expect
    .poll(async () => (await visibleBox(reader, 'bar'))?.buttons.map((b) => b.text))
    .toEqual(['Check', 'Save']);
  // Keyboard: Tab goes into the bar (Check), Tab again to Save, Enter saves.
  await reader.keyboard.press('Tab');
  await reader.keyboard.press('Tab');
  await reader.keyboard.press('Enter');
  await expect.poll(() => savedTexts(reader)).toEqual([savedSentence]);

  const spy = await context.newPage();
  const spyUrl = server.url('hostile', '/spy.html');
  const { report } = await readPage(spy, spyUrl);

  // The store does say something here: Trump's promise is disputed, and the reader sees it in the shadow root.
  expect(report.disputed).toBeGreaterThan(0);
  await expect.poll(() => overlayTexts(spy, 'disputed')).not.toEqual([]);
  const seen = await spy.evaluate(() => (window as unknown as { __spy: SpyReport }).__spy);
  const drawn = seen.snapshots.filter((s) => s !== '');
  console.log(
    `page-privacy: the page saw highlight names [${Object.keys(seen.names).join(', ')}], ${drawn.length} distinct drawing(s), ${seen.entries.length} performance entries of ours, ${seen.marks} <mark> elements, after ${seen.scriptsRan} looks`,
  );
  // One neutral name, drawn once and never changed by the report; no entry of ours on the page's timeline.
  expect(Object.keys(seen.names)).toEqual([quoteHighlightName]);
  expect(drawn).toHaveLength(1);
  expect(drawn[0]).toContain('immediately start negotiations toward a ceasefire');
  expect(seen.entries).toEqual([]);
  expect(seen.marks).toBe(0);
  const pageCss = await spy.evaluate(() =>
    document.adoptedStyleSheets
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n'),
  );
  expect(pageCss).not.toMatch(/ffd54a|255, 213, 74/i);

  // The canonical names The Ledger's article: its saved sentence is neither drawn here nor handed out.
  expect(await overlayTexts(spy, 'saved')).toEqual([]);
  expect(await sendFromContentScript(spy, 'page-highlights', { url: ledgerUrl })).toEqual([]);

  // Filed under its own address and host, never under The Ledger's article or Reuters' name; no fact-checks.
  expect(report.page).toMatchObject({ url: spyUrl, canonicalUrl: spyUrl, domain: 'hostile.test' });
  expect(report.page?.outlet).toBe('hostile.test');
  const claims = await storedClaims(background);
  const madeUpClaims = claims.filter((c) => c.text.includes(madeUp));
  expect(madeUpClaims.length).toBeGreaterThan(0);
  for (const claim of madeUpClaims) {
    expect(claim.source).toMatchObject({ url: spyUrl, domain: 'hostile.test', outlet: 'hostile.test' });
  }
  expect(claims.filter((c) => c.origin === 'factcheck')).toEqual([]);
  expect(claims.filter((c) => c.source.url === ledgerUrl && c.text.includes(madeUp))).toEqual([]);

  // Counterclaim's own pages and manifest are not reachable from the page.
  const probes = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
  };
  const chunks = (probes.web_accessible_resources ?? []).flatMap((r) => r.resources);
  const reachable = await spy.evaluate(
    async ({ id, paths }) => {
      const out: Record<string, boolean> = {};
      for (const path of paths) {
        out[path] = await fetch(`chrome-extension://${id}/${path}`).then(
          (r) => r.ok,
          () => false,
        );
      }
      return out;
    },
    {
      id: extensionId,
      paths: ['manifest.json', 'src/popup/index.html', 'src/options/index.html', ...chunks],
    },
  );
  expect(reachable['manifest.json']).toBe(false);
  expect(reachable['src/popup/index.html']).toBe(false);
  expect(reachable['src/options/index.html']).toBe(false);
  console.log(
    `page-privacy: content-script chunks a page can fetch by the extension's id: ${chunks.filter((c) => reachable[c]).length} of ${chunks.length} (use_dynamic_url ${String(probes.web_accessible_resources?.[0]?.use_dynamic_url)})`,
  );

  // The page's own scripts keep working.
  const ticks = Number(await spy.locator('html').getAttribute('data-ticks'));
  await expect
    .poll(async () => Number(await spy.locator('html').getAttribute('data-ticks')))
    .toBeGreaterThan(ticks);
  await spy.locator('#page-counter').click();
  await expect(spy.locator('#page-counter')).toHaveText('Clicked 1');
});
