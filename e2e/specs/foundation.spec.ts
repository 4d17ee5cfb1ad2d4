import { expect, test } from '../fixtures.ts';

test('the content script reports the page and the popup shows it', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url('ledger', '/smoke.html'));
  const popup = await openPopup(page);
  await expect(popup.locator('main[data-state="article"]')).toBeVisible();
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Council approves new bridge');
});

test('the options page opens', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Counterclaim settings');
});
