import { expect, test } from '../fixtures.ts';

test('the seed scenario: the Kremlin account read elsewhere disputes Trump’s ceasefire quote, with the reason in words', async ({
  context,
  server,
  background,
  tabIdOf,
  openPopup,
  readPage,
}) => {
  const page = await context.newPage();
  await readPage(page, server.url('wire', '/putin-trump-call.html'));
  const { report } = await readPage(page, server.url('ledger', '/trump-putin-call.html'));

  // The page reports the promise more than once (the lead and a later paragraph): any of them will do.
  const ceasefire = report.quotes.filter((q) =>
    q.text.includes('immediately start negotiations toward a ceasefire'),
  );
  expect(ceasefire.length, 'the ceasefire quote is found').toBeGreaterThan(0);
  expect(ceasefire.map((q) => q.speaker.name)).toContain('Donald Trump');
  const fromWire = ceasefire.flatMap((q) => q.conflicts).filter((c) => c.domain === 'wire.test');
  expect(fromWire.length, 'Global Wire’s account disputes it').toBeGreaterThan(0);
  expect(fromWire[0]!.reasons[0]?.text.length).toBeGreaterThan(10);
  expect(report.disputed).toBeGreaterThan(0);

  // The toolbar badge counts this tab's disputed quotes, and no other tab's.
  const tabId = await tabIdOf(page);
  const badges = await background.evaluate(async (id) => {
    const other = await chrome.tabs.create({ url: 'about:blank', active: false });
    return [
      await chrome.action.getBadgeText({ tabId: id }),
      await chrome.action.getBadgeText({ tabId: other.id! }),
    ];
  }, tabId);
  expect(badges).toEqual([String(report.disputed), '']);

  const popup = await openPopup(page);
  await expect(popup.getByText('Global Wire').first()).toBeVisible();
});
