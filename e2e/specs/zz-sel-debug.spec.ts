import { test } from '../fixtures.ts';
import { clickUiButton } from '../closed-shadow.ts';
import { storedClaims } from '../page-helpers.ts';
import { selectText } from '../selection-helpers.ts';
const many = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many highlights</title>
<meta property="og:type" content="article"></head><body><article><h1>Budget hearings, day by day</h1>
${Array.from({ length: 120 }, (_, i) => `<p>Report ${i}: the committee heard on day ${i} that the <em>budget</em> for item ${i} had grown by ${i * 3} percent. The rise in item ${i} reflected higher costs, and a vote on it is due in week ${i + 2}.</p>`).join('\n')}</article></body></html>`;
test('debug', async ({ context, server, background }) => {
  test.setTimeout(120_000);
  const url = server.url('fixtures', '/many-highlights.html');
  const page = await context.newPage();
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: many }));
  await page.goto(url);
  await page.waitForTimeout(5000);
  await selectText(page, 'rise in item 0 reflected', 'higher costs');
  await page.waitForTimeout(1000);
  await clickUiButton(page, 'bar', 'Save');
  await page.waitForTimeout(3000);
  console.log(JSON.stringify(await storedClaims(background)));
});
