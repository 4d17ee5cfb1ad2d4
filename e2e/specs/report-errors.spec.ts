import { expect, test } from '../fixtures.ts';
import { waitForReport } from '../page-helpers.ts';

// A check in the background can fail for reasons no page controls: here the claim store's IndexedDB refuses
// every transaction, as a full disk or a corrupted profile makes it do. The tab's report must still end, with an
// error the popup explains, instead of saying "reading this page" for good.

test('a failing claim store ends the tab report with an error the popup shows', async ({
  context,
  server,
  background,
  tabIdOf,
  openPopup,
}) => {
  await background.evaluate(() => {
    IDBDatabase.prototype.transaction = function refuse(): never {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    };
  });
  const page = await context.newPage();
  await page.goto(server.url('fixtures', '/01-plain-article.html'));
  const tabId = await tabIdOf(page);
  const report = await waitForReport(background, tabId, { urlPart: '01-plain-article' });
  expect(report.status).toBe('error');
  expect(report.error).toContain('database connection is closing');
  expect(report.page?.headline).toBeTruthy();

  const popup = await openPopup(page);
  await expect(popup.locator('main.popup')).toHaveAttribute('data-state', 'error');
  await expect(popup.getByTestId('notice')).toContainText('could not finish reading this page');
});
