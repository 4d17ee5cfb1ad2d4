import type { ExportPage, ImportReport } from '../../src/shared/data-views.ts';
import { expect, test } from '../fixtures.ts';
import { limits } from '../../src/shared/limits.ts';
import { sendFromContentScript } from '../content-world.ts';
import { askBackground, storedClaims, updateSettings, waitForReport } from '../page-helpers.ts';

test('two outlets: both pages become claims with the right outlets, and a reload adds no duplicates', async ({
  context,
  server,
  background,
  tabIdOf,
  readPage,
}) => {
  const page = await context.newPage();
  for (const [site, path] of [
    ['wire', '/putin-trump-call.html'],
    ['courier', '/trump-putin-phone-call.html'],
  ] as const) {
    await readPage(page, server.url(site, path));
  }
  const claims = await storedClaims(background);
  const byDomain: Record<string, typeof claims> = {};
  for (const claim of claims) (byDomain[claim.source.domain] ??= []).push(claim);
  expect(Object.keys(byDomain).sort()).toEqual(['courier.test', 'wire.test']);
  expect(byDomain['wire.test']![0]!.source.outlet).toBe('Global Wire');
  expect(byDomain['courier.test']![0]!.source.outlet).toBe('The Courier');
  expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);

  const before = claims.length;
  const reloadedAt = Date.now();
  await page.reload();
  const again = await waitForReport(background, await tabIdOf(page), { since: reloadedAt });
  expect(again.status).toBe('article');
  expect((await storedClaims(background)).length).toBe(before);
});

test('turning an outlet off in the settings stops collection from it', async ({
  context,
  server,
  background,
  readPage,
}) => {
  await updateSettings(background, {
    sources: [
      {
        id: 'wire',
        name: 'Global Wire',
        domains: ['wire.test'],
        enabled: false,
        trust: 'neutral',
        factChecker: false,
        feeds: [],
      },
    ],
  });
  const page = await context.newPage();
  const { report } = await readPage(page, server.url('wire', '/putin-trump-call.html'));
  expect(report.quotes.length).toBeGreaterThan(0);
  expect(await storedClaims(background)).toEqual([]);
});

test('export, clear, import gives back the same claims', async ({
  context,
  server,
  background,
  openOptions,
  readPage,
}) => {
  const page = await context.newPage();
  await readPage(page, server.url('wire', '/putin-trump-call.html'));
  const original = await storedClaims(background);
  expect(original.length).toBeGreaterThan(0);

  const options = await openOptions();
  const lines: string[] = [];
  let cursor: string | null = null;
  do {
    const exported: ExportPage = await askBackground<ExportPage>(options, 'export-claims', {
      cursor,
      limit: 5,
    });
    lines.push(...exported.lines);
    cursor = exported.cursor;
  } while (cursor);
  await askBackground(options, 'clear-data', {});
  expect(await storedClaims(background)).toEqual([]);

  const broken = await askBackground<ImportReport>(options, 'import-claims', {
    name: 'broken.jsonl',
    text: `${lines.join('')}{not json\n`,
  });
  expect(broken.added).toBe(0);
  expect(broken.rejected[0]?.line).toBeGreaterThan(0);
  expect(await storedClaims(background)).toEqual([]);

  const report = await askBackground<ImportReport>(options, 'import-claims', {
    name: 'export.jsonl',
    text: lines.join(''),
  });
  expect(report).toEqual({ added: original.length, skipped: 0, rejected: [] });
  const sortById = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  expect(sortById(await storedClaims(background))).toEqual(sortById(original));
});

test('the background refuses oversized or malformed scans and stores nothing from them', async ({
  background,
  context,
  server,
  tabIdOf,
}) => {
  // Ten megabytes cross two message channels here: slow on a busy machine, and that is not what is tested.
  test.slow();
  // Counterclaim's own content script on a hostile page plays a compromised one: only the background's checks stand
  // between its messages and the store.
  const tab = await context.newPage();
  await tab.goto(server.url('hostile', '/article.html'));
  await waitForReport(background, await tabIdOf(tab), { urlPart: 'hostile' });
  const page = {
    url: 'http://evil.test/',
    canonicalUrl: 'http://evil.test/',
    outlet: 'x',
    domain: 'evil.test',
    headline: 'x',
    authors: [],
  };
  const quote = {
    start: 0,
    end: 1,
    text: 'a',
    kind: 'direct',
    cue: { text: 'said', lemma: 'say', stance: 'assert' },
    speaker: { name: 'A', kind: 'person' },
    prefix: '',
    suffix: '',
  };
  const scans = {
    'a 10 MB quote': {
      status: 'article',
      page,
      quotes: [{ ...quote, text: 'x'.repeat(10_000_000) }],
      claimReviews: [],
      textLength: 1,
    },
    'one quote more than a page may hold': {
      status: 'article',
      page,
      quotes: Array.from({ length: limits.quotesPerPage + 1 }, () => quote),
      claimReviews: [],
      textLength: 1,
    },
    'a javascript: URL': {
      status: 'article',
      page: { ...page, url: 'javascript:alert(1)' },
      quotes: [quote],
      claimReviews: [],
      textLength: 1,
    },
    'a quote that is not text': {
      status: 'article',
      page,
      quotes: [{ ...quote, text: { html: '<img onerror=alert(1)>' } }],
      claimReviews: [],
      textLength: 1,
    },
  };
  for (const [what, scan] of Object.entries(scans)) {
    await expect(sendFromContentScript(tab, 'page-scanned', scan), what).rejects.toThrow(/refused/);
  }
  expect(
    (await storedClaims(background)).filter((c) => c.text.length === 1 || c.text.length > 4_000),
  ).toEqual([]);
});
