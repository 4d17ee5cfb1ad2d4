import { test } from '../fixtures.ts';
import { recordLongTasks } from '../bench/cost-probe.ts';
test('debug', async ({ context, server }) => {
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url('hostile', '/huge-text.html'));
  await page.waitForFunction(() => performance.getEntriesByName('counterclaim:report', 'measure').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(3000);
  console.log(await page.evaluate(() => JSON.stringify({ lt: (window as any).__counterclaimLongTasks, m: performance.getEntriesByType('measure').map((m) => [m.name, m.startTime, m.duration]) })));
});
