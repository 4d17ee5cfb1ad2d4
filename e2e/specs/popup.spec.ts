import type { BrowserContext, Page, Worker } from '@playwright/test';
import { recordFigure } from '../bench/figures.ts';
import { expect, test } from '../fixtures.ts';
import type { QuoteReport, RelatedClaimView, TabReport } from '../../src/shared/report.ts';

// Until the conflict pipeline fills reports from real pages, the states that need conflicts are set up by
// writing a report straight into session storage, where the background keeps each tab's report. The tab
// is about:blank, so no content script can overwrite the report while the popup reads it.

const page = {
  url: 'http://ledger.test/kremlin-call.html',
  canonicalUrl: 'http://ledger.test/kremlin-call.html',
  outlet: 'The Ledger',
  domain: 'ledger.test',
  headline: 'Two presidents, two accounts of one phone call',
  authors: [],
};

function related(n: number, over: Partial<RelatedClaimView> = {}): RelatedClaimView {
  return {
    claimId: `c${n}`,
    text: `There was no discussion of a ceasefire timeline (${n}).`,
    speaker: 'Yuri Ushakov',
    outlet: 'The Wire',
    domain: 'wire.test',
    url: `http://wire.test/story-${n}.html`,
    published: '2025-05-03T10:00:00Z',
    score: 0.5,
    reasons: [{ code: 'negation', text: 'One says a ceasefire was discussed; the other says it was not.' }],
    onThisPage: false,
    trusted: false,
    ...over,
  };
}

function quote(index: number, speaker: string, over: Partial<QuoteReport> = {}): QuoteReport {
  return {
    index,
    start: index * 100,
    end: index * 100 + 60,
    text: `We will immediately start negotiations toward a ceasefire (${index}).`,
    kind: 'direct',
    speaker: { name: speaker, kind: 'person' },
    cue: { text: 'said', lemma: 'say', stance: 'assert' },
    conflicts: [],
    agreeing: 0,
    ...over,
  };
}

function report(over: Partial<TabReport> = {}): TabReport {
  return {
    status: 'article',
    page,
    quotes: [],
    disputed: 0,
    otherSourceClaims: 0,
    scannedAt: Date.now(),
    ...over,
  };
}

/** A report with conflicts ranked out of order, an on-page conflict, agreement and hostile text. */
function disputedReport(): TabReport {
  return report({
    quotes: [
      quote(0, 'Donald Trump', {
        conflicts: [
          related(1, { score: 0.4 }),
          related(2, {
            score: 0.9,
            outlet: 'Kremlin Daily',
            speaker: 'Dmitry Peskov',
            url: 'http://kremlin.test/a.html',
          }),
          related(3, { score: 0.2, trusted: true, outlet: 'Reuters' }),
          related(4, { score: 0.3 }),
          related(5, { score: 0.1 }),
        ],
        agreeing: 2,
      }),
      quote(1, 'The Kremlin', {
        kind: 'indirect',
        speaker: { name: 'The Kremlin', kind: 'organization' },
        cue: { text: 'denied', lemma: 'deny', stance: 'deny' },
        text: 'There was no discussion about a ceasefire timeline <img src=x onerror="document.title=1">',
        conflicts: [
          related(6, { onThisPage: true, speaker: 'Donald Trump', outlet: 'The Ledger', url: page.url }),
        ],
      }),
      quote(2, 'Donald Trump', { text: 'It was a very good call.' }),
    ],
    disputed: 2,
    otherSourceClaims: 40,
  });
}

// Written through an extension page (the popup) rather than the service worker, which may be stopped
// between two steps of a test.
async function injectReport(popup: Page, tabId: number, value: TabReport): Promise<void> {
  await popup.evaluate(([key, stored]) => chrome.storage.session.set({ [key]: stored }), [
    `tab:${tabId}`,
    value,
  ] as const);
}

/** Opens the popup for a blank tab with the given report, recording what the popup sends to the tab. */
async function popupWith(
  fixtures: {
    context: BrowserContext;
    background: Worker;
    extensionId: string;
    tabIdOf: (p: Page) => Promise<number>;
  },
  value: TabReport | null,
): Promise<{ popup: Page; tabId: number }> {
  const tab = await fixtures.context.newPage();
  const tabId = await fixtures.tabIdOf(tab);
  const popup = await fixtures.context.newPage();
  await popup.addInitScript(() => {
    // Stand-in for the content script: record each message and answer as a tab that found the quote.
    const sent: unknown[] = [];
    Object.assign(window, { sentToTab: sent });
    const fake = (...args: unknown[]) => {
      const callback =
        typeof args[args.length - 1] === 'function' ? (args.pop() as (v: unknown) => void) : null;
      sent.push(args[1]);
      const answer = { ok: true, value: true };
      if (callback) setTimeout(() => callback(answer));
      else return Promise.resolve(answer);
      return undefined;
    };
    chrome.tabs.sendMessage = fake as typeof chrome.tabs.sendMessage;
    const native = (globalThis as { browser?: { tabs?: { sendMessage: unknown } } }).browser;
    if (native?.tabs) native.tabs.sendMessage = fake;
  });
  await popup.goto(`chrome-extension://${fixtures.extensionId}/src/popup/index.html?tabId=${tabId}`);
  if (value) {
    await injectReport(popup, tabId, value);
    await popup.reload();
  }
  return { popup, tabId };
}

test('an article from the fixture site shows its outlet, headline and counts', async ({
  context,
  server,
  openPopup,
}) => {
  const article = await context.newPage();
  await article.goto(server.url('ledger', '/smoke.html'));
  const popup = await openPopup(article);
  await expect(popup.locator('main[data-state="article"]')).toBeVisible();
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Council approves new bridge');
  await expect(popup.locator('.outlet')).toHaveText('The Ledger');
  await expect(popup.getByTestId('quote-count')).toContainText(/\d+ quotes? found/);
});

test('a page that is not an article says so', async ({ context, server, openPopup }) => {
  const about = await context.newPage();
  await about.goto(server.url('ledger', '/about.html'));
  const popup = await openPopup(about);
  await expect(popup.locator('main[data-state="not-article"]')).toBeVisible();
  await expect(popup.getByTestId('notice')).toContainText('does not look like a news article');
});

test('a page Counterclaim has not read says so', async ({ context, background, extensionId, tabIdOf }) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(fixtures, null);
  await expect(popup.locator('main[data-state="none"]')).toBeVisible();
  await expect(popup.getByTestId('notice')).toContainText('Counterclaim has not read this page');
});

test('a site turned off says so and points to the options', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(fixtures, report({ status: 'disabled', page: null }));
  await expect(popup.getByTestId('notice')).toContainText('turned off for this site');
  await expect(popup.getByRole('button', { name: 'Open the options' })).toBeVisible();
});

test('a page still being read says so, then shows the report when it is ready', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup, tabId } = await popupWith(fixtures, report({ status: 'scanning', page: null }));
  await expect(popup.getByTestId('notice')).toContainText('Still reading this page');
  await injectReport(popup, tabId, report({ quotes: [quote(0, 'Helen Ortiz')], otherSourceClaims: 3 }));
  await expect(popup.getByTestId('quote')).toHaveCount(1);
  await expect(popup.getByTestId('notice')).toContainText('No other source says otherwise');
});

test('no claims from other sources yet tells the reader what to do', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(
    fixtures,
    report({ quotes: [quote(0, 'Helen Ortiz')], otherSourceClaims: 0 }),
  );
  const notice = popup.getByTestId('notice');
  await expect(notice).toContainText('No claims from other sources yet');
  await expect(notice).toContainText('read more articles on this story');
  await expect(notice).toContainText('turn on news feeds');
  await expect(notice).toContainText('import fact-checks');
});

test('nothing disputed says so, with the number of claims compared', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(
    fixtures,
    report({ quotes: [quote(0, 'Helen Ortiz')], otherSourceClaims: 40 }),
  );
  await expect(popup.getByTestId('notice')).toHaveText(/No other source says otherwise.*40 claims/);
  await expect(popup.getByTestId('disputed-count')).toHaveText('none disputed');
});

test('other accounts of the same point are listed with who, where and when, unmarked and uncounted', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const account = related(1, { speaker: null, reasons: [] });
  const { popup } = await popupWith(
    fixtures,
    report({ quotes: [quote(0, 'Helen Ortiz', { otherAccounts: [account] })], otherSourceClaims: 40 }),
  );
  await expect(popup.getByTestId('disputed-count')).toHaveText('none disputed');
  const item = popup.getByTestId('quote');
  await expect(item).not.toHaveClass(/disputed/);
  await expect(item.getByTestId('conflict')).toHaveCount(0);
  const others = item.getByTestId('other-accounts');
  await expect(others.locator('h3')).toHaveText('Other accounts (1)');
  await expect(others.getByTestId('other-account')).toContainText(
    'Speaker not named · The Wire · 3 May 2025',
  );
  await expect(others.getByRole('link')).toHaveAttribute('href', account.url);
});

test('disputed quotes: grouped by speaker, conflicts ranked with who, where, when and why', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(fixtures, disputedReport());
  await expect(popup.getByTestId('disputed-count')).toHaveText('other sources say otherwise on 2 quotes');
  await expect(popup.getByTestId('speaker').locator('h2')).toHaveText([/^Donald Trump/, /^The Kremlin/]);
  const trump = popup.getByTestId('speaker').first();
  await expect(trump.getByTestId('quote')).toHaveCount(2);
  const first = trump.getByTestId('quote').first();
  await expect(first.locator('.quote-meta')).toContainText('said · direct quote');
  // Trusted first, then by score; three shown, the rest behind "show more".
  const conflicts = first.getByTestId('conflict');
  await expect(conflicts).toHaveCount(3);
  await expect(conflicts.nth(0)).toContainText('Reuters');
  await expect(conflicts.nth(0)).toContainText('trusted source');
  await expect(conflicts.nth(1)).toContainText('Dmitry Peskov · Kremlin Daily · 3 May 2025');
  await expect(conflicts.nth(1)).toContainText(
    'One says a ceasefire was discussed; the other says it was not.',
  );
  const link = conflicts.nth(1).getByRole('link');
  await expect(link).toHaveAttribute('href', 'http://kremlin.test/a.html');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await first.getByRole('button', { name: /Show 2 more/ }).click();
  await expect(conflicts).toHaveCount(5);
  await expect(first.getByTestId('agreeing')).toHaveText('2 reports from other outlets agree');
  // The within-page conflict is marked and has no link away.
  const kremlin = popup.getByTestId('speaker').nth(1).getByTestId('quote');
  await expect(kremlin.locator('.quote-meta')).toContainText('reported speech');
  await expect(kremlin.locator('.quote-meta')).toContainText('denies');
  await expect(kremlin.getByTestId('on-this-page')).toBeVisible();
  await expect(kremlin.getByRole('link')).toHaveCount(0);
  // Page text stays text.
  await expect(kremlin.locator('.quote-text')).toContainText('<img src=x onerror=');
  await expect(popup.locator('img')).toHaveCount(0);
  await expect(popup.locator('body')).not.toContainText(/\bfalse\b/i);
});

test('clicking a quote asks the tab to reveal it; the switch turns highlights off and saves it', async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const { popup } = await popupWith(fixtures, disputedReport());
  await popup.getByRole('button', { name: /very good call/ }).click();
  await expect(popup.getByTestId('status')).toHaveText('Showing the quote on the page.');
  const highlights = popup.getByRole('switch', { name: 'Highlights on the page' });
  await expect(highlights).toBeChecked();
  await highlights.focus();
  await popup.keyboard.press('Space');
  await expect(highlights).not.toBeChecked();
  const sent = await popup.evaluate(() => (window as unknown as { sentToTab: { type: string }[] }).sentToTab);
  // The popup also asks the tab, on opening, how its saved highlights fared; that is not what this test is about.
  expect(sent.filter((m) => m.type !== 'saved-status')).toEqual([
    { type: 'reveal-quote', payload: { index: 2 } },
    { type: 'set-highlights', payload: { visible: false } },
  ]);
  const stored = await popup.evaluate(() => chrome.storage.local.get('settings'));
  expect((stored.settings as { highlights: boolean }).highlights).toBe(false);
});

// The popup's bar is to open in 300 ms; its render of the first window of a huge report is held to the same.
// A test fails only at many times the bar, as load on a shared machine slows any run several-fold; the
// figure against the bar is printed in npm test's summary.
const renderBar = 300;
const renderGuard = 20;

test(`200 quotes with 1,000 conflicts render a window at a time: first 50 (bar ${renderBar} ms), guard at ${renderGuard}× the bar`, async ({
  context,
  background,
  extensionId,
  tabIdOf,
}) => {
  const fixtures = { context, background, extensionId, tabIdOf };
  const speakers = Array.from({ length: 12 }, (_, n) => `Speaker ${n}`);
  const quotes = Array.from({ length: 200 }, (_, i) =>
    quote(i, speakers[i % speakers.length] ?? 'x', {
      conflicts: Array.from({ length: 5 }, (_, k) => related(i * 5 + k)),
    }),
  );
  const { popup } = await popupWith(fixtures, report({ quotes, disputed: 200, otherSourceClaims: 5_000 }));
  await expect(popup.getByTestId('quote')).toHaveCount(50);
  const first = await popup.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return {
      render: at('counterclaim:report-rendered') - at('counterclaim:report-received'),
      sinceOpen: at('counterclaim:report-rendered'),
    };
  });
  const render = first.render;
  // Each "more" timed in the page: from the click to the next frame after Preact has rendered.
  const moreTimes: number[] = [];
  for (const shown of [100, 150, 200]) {
    moreTimes.push(
      await popup.evaluate(async () => {
        const started = performance.now();
        document.querySelector<HTMLButtonElement>('.more-quotes')?.click();
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
        return Math.round(performance.now() - started);
      }),
    );
    await expect(popup.getByTestId('quote')).toHaveCount(shown);
  }
  await expect(popup.locator('.more-quotes')).toHaveCount(0);
  await expect(popup.getByTestId('conflict')).toHaveCount(600);
  const figures = `first 50 quotes rendered in ${render.toFixed(0)} ms after the report arrived (${first.sinceOpen.toFixed(0)} ms after the popup started loading); each "50 more" ${moreTimes.join('/')} ms`;
  test.info().annotations.push({ type: 'render time', description: figures });
  console.log(`200 quotes / 1,000 conflicts: ${figures}`);
  recordFigure('popup', 'render-first-50-of-200-quotes-ms', render, 'ms', renderBar);
  // Generous on purpose: the machine is shared, and the same render measured 220 to 1,800 ms under load.
  expect(render).toBeLessThan(renderBar * renderGuard);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshot of the popup, ${scheme}`, async ({ context, background, extensionId, tabIdOf }) => {
    const fixtures = { context, background, extensionId, tabIdOf };
    const { popup } = await popupWith(fixtures, disputedReport());
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.emulateMedia({ colorScheme: scheme });
    await expect(popup.getByTestId('conflict').first()).toBeVisible();
    await popup.screenshot({ path: `artifacts/screenshots/popup-${scheme}.png`, fullPage: true });
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    const empty = await popupWith(
      fixtures,
      report({ quotes: [quote(0, 'Helen Ortiz')], otherSourceClaims: 0 }),
    );
    await empty.popup.setViewportSize({ width: 400, height: 600 });
    await empty.popup.emulateMedia({ colorScheme: scheme });
    await expect(empty.popup.getByTestId('notice')).toBeVisible();
    await empty.popup.screenshot({
      path: `artifacts/screenshots/popup-no-claims-${scheme}.png`,
      fullPage: true,
    });
  });
}
