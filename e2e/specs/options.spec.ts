import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import type { Settings } from '../../src/shared/settings.ts';

// Read through the options page itself: the service worker may be stopped between two steps of a test.
async function storedSettings(page: Page): Promise<Settings | undefined> {
  const stored = await page.evaluate(() => chrome.storage.local.get('settings'));
  return stored.settings as Settings | undefined;
}

const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'http://checkers.test/checks/ceasefire',
  datePublished: '2025-05-21',
  author: { '@type': 'Organization', name: 'Checkers' },
  claimReviewed: 'A ceasefire timeline was agreed on the call',
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Donald Trump' } },
  reviewRating: {
    '@type': 'Rating',
    ratingValue: 2,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Misleading',
  },
};

test('sources start from the defaults and can be searched', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.getByTestId('source').first()).toContainText('Reuters');
  await options.getByLabel('Search sources').fill('bbc.co');
  await expect(options.getByTestId('source')).toHaveCount(1);
  await expect(options.getByTestId('source')).toContainText('BBC News');
  // The feed switch says what it does, and whose feed it is; the address is one hover away.
  const feed = options.getByRole('switch', { name: 'Read feed of BBC News' });
  await expect(feed).not.toBeChecked();
  await expect(options.getByTestId('source').locator('label.feed-switch')).toHaveAttribute(
    'title',
    'https://feeds.bbci.co.uk/news/world/rss.xml',
  );
});

test('a source with an invalid domain is refused at the field and nothing is saved', async ({
  openOptions,
}) => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Add a source' }).click();
  const form = options.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Name').fill('The Ledger');
  await form.getByLabel(/^Domains/).fill('not a domain');
  await form.getByLabel(/^Feeds/).fill('ftp://ledger.test/rss');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByTestId('error-domains')).toContainText('“not a domain” is not a domain');
  await expect(form.getByTestId('error-feeds')).toContainText('is not an http(s) address');
  await expect(form.getByLabel(/^Domains/)).toBeFocused();
  await expect(form.getByLabel(/^Domains/)).toHaveAttribute('aria-invalid', 'true');
  expect(await storedSettings(options)).toBeUndefined();
  // A duplicate of an existing source is refused too.
  await form.getByLabel('Name').fill('reuters');
  await form.getByLabel(/^Domains/).fill('uk.reuters.com');
  await form.getByLabel(/^Feeds/).fill('');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByTestId('error-name')).toHaveText('There is already a source named Reuters.');
  await expect(form.getByTestId('error-domains')).toHaveText('uk.reuters.com already belongs to Reuters.');
  expect(await storedSettings(options)).toBeUndefined();
});

test('a valid source is saved and can be edited and removed', async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByRole('button', { name: 'Add a source' }).click();
  const form = options.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Name').fill('The Ledger');
  await form.getByLabel(/^Domains/).fill('https://www.ledger.test/news');
  await form.getByLabel(/^Feeds/).fill('http://ledger.test/rss.xml');
  await form.getByLabel('Trust').selectOption('trusted');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(options.getByTestId('sources-status')).toContainText('Added The Ledger.');
  await expect
    .poll(async () => (await storedSettings(options))?.sources.find((s) => s.id === 'the-ledger'))
    .toEqual({
      id: 'the-ledger',
      name: 'The Ledger',
      domains: ['ledger.test'],
      enabled: true,
      trust: 'trusted',
      factChecker: false,
      feeds: [{ url: 'http://ledger.test/rss.xml', enabled: false }],
    });
  await options.getByRole('button', { name: 'Edit The Ledger' }).click();
  const edit = options.getByRole('form', { name: 'Edit The Ledger' });
  await edit.getByLabel('Name').fill('The Ledger Daily');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect
    .poll(async () => (await storedSettings(options))?.sources.find((s) => s.id === 'the-ledger')?.name)
    .toBe('The Ledger Daily');
  // Remove sits behind Edit, beside the form, not on every line of the list.
  await expect(options.getByRole('button', { name: 'Remove The Ledger Daily' })).toHaveCount(0);
  await options.getByRole('button', { name: 'Edit The Ledger Daily' }).click();
  await options.getByRole('button', { name: 'Remove The Ledger Daily' }).click();
  await expect
    .poll(async () => (await storedSettings(options))?.sources.some((s) => s.id === 'the-ledger'))
    .toBe(false);
  await options.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () => (await storedSettings(options))?.sources.some((s) => s.id === 'the-ledger'))
    .toBe(true);
});

test('trust and collection changes are saved at once', async ({ openOptions }) => {
  const options = await openOptions();
  await options
    .getByTestId('source')
    .filter({ hasText: 'Reuters' })
    .first()
    .getByTestId('trust')
    .selectOption('ignored');
  await expect
    .poll(async () => (await storedSettings(options))?.sources.find((s) => s.id === 'reuters')?.trust)
    .toBe('ignored');
  await options.getByLabel('Only from articles of my listed sources').check();
  await expect.poll(async () => (await storedSettings(options))?.collection).toBe('listed');
  await options.getByLabel('At most this many claims').fill('50');
  await options.getByLabel('At most this many claims').press('Enter');
  await expect(options.getByText('Enter a number from 100 to 5,000,000.')).toBeVisible();
  await options.getByLabel('At most this many claims').fill('10000');
  await options.getByLabel('At most this many claims').press('Tab');
  await expect.poll(async () => (await storedSettings(options))?.maxClaims).toBe(10_000);
});

test('a site can be turned off, with the host checked first', async ({ openOptions }) => {
  const options = await openOptions();
  const site = options.getByLabel('Site', { exact: true });
  await site.fill('not a host!');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByTestId('error-site')).toContainText('is not a domain');
  expect(await storedSettings(options)).toBeUndefined();
  await site.fill('https://www.ledger.test/smoke.html');
  await site.press('Enter');
  await expect(options.getByTestId('disabled-site')).toHaveText(/ledger\.test/);
  await expect.poll(async () => (await storedSettings(options))?.disabledSites).toEqual(['ledger.test']);
  await site.fill('news.ledger.test');
  await site.press('Enter');
  await expect(options.getByTestId('error-site')).toHaveText(
    'news.ledger.test is already covered by ledger.test.',
  );
  await options.getByRole('button', { name: 'Scan ledger.test again' }).click();
  await expect.poll(async () => (await storedSettings(options))?.disabledSites).toEqual([]);
});

test('an invalid stored setting falls back to its default and is named', async ({ openOptions }) => {
  const options = await openOptions();
  await options.evaluate(() =>
    chrome.storage.local.set({ settings: { version: 1, collection: 'sometimes', maxAgeDays: -4 } }),
  );
  await options.reload();
  await expect(options.getByTestId('invalid-notice')).toContainText(
    'which articles become claims, the age limit on claims',
  );
  await expect(options.getByLabel('Collect claims from every article I read')).toBeChecked();
});

test('data: import a fact-check, see the counts, export it, then clear all after a confirmation', async ({
  openOptions,
}) => {
  const options = await openOptions();
  // Claims by origin, and nothing the section does not count: no count of sources, no storage figure for 0.
  await expect(options.locator('#data dt')).toHaveText([
    'Claims kept',
    'From articles you read',
    'From feeds',
    'From fact-checks',
    'Imported',
    'Your saved highlights',
  ]);
  await expect(options.getByTestId('stat-claims')).toHaveText('0');
  await expect(options.getByTestId('stat-bytes')).toHaveCount(0);
  await expect(options.getByLabel(/^Import claims/)).toHaveAccessibleName(
    'Import claims: a file exported from Counterclaim, or a fact-check feed (ClaimReview)',
  );
  await options.getByLabel(/^Import claims/).setInputFiles({
    name: 'checks.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(review)),
  });
  await expect(options.getByTestId('import-result')).toContainText('Imported 1 claim');
  await expect(options.getByTestId('stat-claims')).toHaveText('1');
  await expect(options.getByTestId('stat-factcheck')).toHaveText('1');
  await expect(options.getByTestId('stat-import')).toHaveText('0');
  await expect(options.getByTestId('stat-bytes')).toContainText('of your browser’s storage');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export claims' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^counterclaim-claims-\d{4}-\d{2}-\d{2}\.jsonl$/);
  const [header, ...lines] = (await readFile(await file.path(), 'utf8')).trim().split('\n');
  expect(JSON.parse(header ?? '')).toMatchObject({ format: 'counterclaim-claims', count: 1 });
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('A ceasefire timeline was agreed on the call');
  await expect(options.getByTestId('export-status')).toHaveText('Exported 1 claim.');
  await options.getByRole('button', { name: 'Clear all data…' }).click();
  const dialog = options.getByRole('dialog', { name: 'Clear all data?' });
  await expect(dialog).toContainText('This deletes 1 claim');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(options.getByTestId('clear-status')).toContainText('deleted');
  await expect(options.getByTestId('stat-claims')).toHaveText('0');
});

test('data: a file that cannot be read is refused whole, line by line', async ({ openOptions }) => {
  const options = await openOptions();
  await options.getByLabel(/^Import claims/).setInputFiles({
    name: 'broken.jsonl',
    mimeType: 'application/json',
    buffer: Buffer.from('{"not": "a claim"}\nnot json at all\n'),
  });
  await expect(options.getByTestId('import-result')).toContainText('Nothing imported');
  await expect(options.getByTestId('import-result')).toContainText('Line 1:');
});

test('saved highlights: an empty store says how to save one', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.locator('#saved')).toContainText('Nothing saved yet');
  await options.getByLabel('Search saved highlights').fill('ceasefire');
  await expect(options.locator('#saved')).toContainText('No saved highlight matches.');
});

// Waits for the background's feed-status and refresh-feeds handlers.
test('feeds show their state and can be refreshed', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.getByTestId('feed-status').filter({ hasText: 'BBC News' }).first()).toContainText(
    'off',
  );
  await options.getByRole('button', { name: 'Refresh now' }).click();
  await expect(options.getByTestId('feeds-status')).toHaveText('Feeds read.');
});

test('the table of contents reaches every section from the keyboard', async ({ openOptions }) => {
  const options = await openOptions();
  const toc = options.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('link')).toHaveText([
    'Sources',
    'Collection',
    'Feeds',
    'Data',
    'Saved highlights',
  ]);
  // The first Tab from the top of the page lands in the table of contents.
  await options.keyboard.press('Tab');
  await expect(toc.getByRole('link', { name: 'Sources' })).toBeFocused();
  for (const name of ['Collection', 'Feeds', 'Data']) {
    await toc.getByRole('link', { name }).focus();
    await options.keyboard.press('Enter');
    await expect(options).toHaveURL(new RegExp(`#${name.toLowerCase()}$`));
    await expect(options.locator(`#${name.toLowerCase()} h2`)).toBeInViewport();
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`options page, ${scheme}: Sources, Collection and the contents within the first 1,600 px at 1280 wide`, async ({
    openOptions,
  }) => {
    const options = await openOptions();
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.emulateMedia({ colorScheme: scheme });
    await expect(options.getByTestId('source')).toHaveCount(20);
    const box = async (selector: string) => {
      const b = await options.locator(selector).first().boundingBox();
      if (!b) throw new Error(`${selector} is not shown`);
      return { top: Math.round(b.y), bottom: Math.round(b.y + b.height), height: Math.round(b.height) };
    };
    const layout = {
      contents: await box('nav.toc'),
      sources: await box('#sources'),
      collection: await box('#collection'),
      sourceLine: await box('[data-testid="source"]'),
    };
    console.log(`options page at 1280×800 (${scheme}): ${JSON.stringify(layout)}`);
    expect(layout.contents.bottom).toBeLessThanOrEqual(1600);
    expect(layout.sources.bottom).toBeLessThanOrEqual(1600);
    expect(layout.collection.bottom).toBeLessThanOrEqual(1600);
    // One source, one line: name, trust, feed switch and Edit side by side.
    expect(layout.sourceLine.height).toBeLessThanOrEqual(48);
    await options.screenshot({ path: `artifacts/screenshots/options-1280-${scheme}.png`, fullPage: true });
    // At 200% zoom a 1280 px window is 640 CSS px wide: nothing may stick out sideways.
    await options.setViewportSize({ width: 640, height: 800 });
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await options.screenshot({ path: `artifacts/screenshots/options-640-${scheme}.png`, fullPage: true });
    // The form opened by Edit, with a refused field, in the same theme.
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.getByRole('button', { name: 'Add a source' }).click();
    await options
      .getByRole('form', { name: 'Add a source' })
      .getByLabel(/^Domains/)
      .fill('not a domain');
    await options.getByRole('button', { name: 'Add source' }).click();
    await expect(options.getByTestId('error-domains')).toBeVisible();
    await options.screenshot({ path: `artifacts/screenshots/options-form-${scheme}.png` });
  });
}
