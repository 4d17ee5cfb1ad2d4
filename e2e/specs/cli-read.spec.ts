import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readCommand } from '../../src/cli/commands/read.ts';
import type { TabReport } from '../../src/shared/report.ts';
import { expect, test } from '../fixtures.ts';
import { waitForReport } from '../page-helpers.ts';

// `counterclaim read` must print, for every page of the news site, exactly what the extension reports for it:
// the same metadata and the same quotes, speakers, cues and offsets.

const siteRoot = join(import.meta.dirname, '../site');
const htmlIn = (site: string) =>
  readdirSync(join(siteRoot, site))
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ site, file }));
const pages = ['fixtures', 'ledger', 'tribune', 'wire', 'courier'].flatMap(htmlIn);

/** Pages whose story a script builds after load: the CLI runs no scripts, so it reads the DOM the browser built. */
const builtByScript = new Set(['06-script-inserted.html']);

/**
 * Pages that hide text with their style sheets: the browser reads computed style and skips it, the CLI has no
 * styles (only `hidden` and inline `display: none` are seen in markup), so it reads more. Every quote the
 * extension reports must still be among the CLI's, with its speaker, kind and cue.
 */
const hiddenByStyleSheet = new Set(['20-hidden-text.html']);

/** What a CLI run printed for one page, with `--jsonl`. */
interface CliReading {
  status: TabReport['status'];
  page: TabReport['page'];
  quotes: { start: number; end: number; text: string; kind: string; speaker: object; cue: object }[];
}

async function cliRead(file: string, url: string): Promise<CliReading> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await readCommand.run([file, '--url', url, '--jsonl'], {
    stdin: Readable.from([]),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  });
  expect(err.join(''), 'the CLI read the page without complaint').toBe('');
  expect(code).toBe(0);
  return JSON.parse(out.join('')) as CliReading;
}

const reported = (q: CliReading['quotes'][number]) => ({
  start: q.start,
  end: q.end,
  text: q.text,
  kind: q.kind,
  speaker: q.speaker,
  cue: q.cue,
});

test.use({ isolated: false });

for (const { site, file } of pages) {
  test(`counterclaim read gives the extension's report on ${site}/${file}`, async ({
    server,
    context,
    background,
    readPage,
  }, testInfo) => {
    const page = await context.newPage();
    const url = server.url(site, `/${file}`);
    const read = await readPage(page, url);
    let report = read.report;
    let path = join(siteRoot, site, file);
    if (builtByScript.has(file)) {
      // The story arrives after load and is read again: take the report of the built page, and its DOM.
      await expect
        .poll(
          async () => (report = await waitForReport(background, read.tabId, { urlPart: url })).quotes.length,
        )
        .toBeGreaterThan(0);
      mkdirSync(testInfo.outputDir, { recursive: true });
      path = join(testInfo.outputDir, file);
      writeFileSync(path, await page.content());
    }
    const cli = await cliRead(path, url);
    expect(cli.status).toBe(report.status);
    expect(cli.page).toEqual(report.page);
    if (hiddenByStyleSheet.has(file)) {
      const said = ({ start: _s, end: _e, ...rest }: ReturnType<typeof reported>) => rest;
      const cliSaid = cli.quotes.map((q) => said(reported(q)));
      expect(cli.quotes.length).toBeGreaterThan(report.quotes.length);
      for (const q of report.quotes) expect(cliSaid).toContainEqual(said(reported(q)));
      return;
    }
    expect(cli.quotes.map(reported)).toEqual(report.quotes.map(reported));
    console.log(`${site}/${file}: ${report.status}, ${cli.quotes.length} quotes, the same in the CLI`);
  });
}
