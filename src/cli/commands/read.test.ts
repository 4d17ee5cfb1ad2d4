import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { readCommand } from './read.ts';

const page = fileURLToPath(new URL('../../../e2e/site/fixtures/01-plain-article.html', import.meta.url));
const url = 'http://fixtures.test/01-plain-article.html';

function io(): { io: CommandIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdin: Readable.from([]), stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    out,
    err,
  };
}

describe('counterclaim read', () => {
  it('prints the report of a saved page as one JSON line: metadata, paragraphs, quotes with speakers', async () => {
    const run = io();
    expect(await readCommand.run([page, '--url', url, '--jsonl'], run.io)).toBe(0);
    const lines = run.out.join('').trim().split('\n');
    expect(lines).toHaveLength(1);
    const read = JSON.parse(lines[0]!) as {
      status: string;
      page: { url: string; domain: string; authors: string[] };
      paragraphs: string[];
      quotes: { text: string; speaker: { name: string }; prefix: string }[];
    };
    expect(read.status).toBe('article');
    expect(read.page).toMatchObject({ url, domain: 'fixtures.test', authors: ['Priya Nandakumar'] });
    expect(read.paragraphs.length).toBeGreaterThan(3);
    expect(read.quotes).toContainEqual(
      expect.objectContaining({
        text: 'We owe residents a number they can trust, and today we do not have one,',
        speaker: { name: 'Margaret Okonjo', kind: 'person' },
      }),
    );
  });

  it('prints title, byline, date, paragraphs and quotes for a person', async () => {
    const run = io();
    expect(await readCommand.run([page, '--url', url], run.io)).toBe(0);
    const text = run.out.join('');
    expect(text).toMatch(/^Title: {3}Council delays tram extension vote/);
    expect(text).toContain('Byline:  Priya Nandakumar');
    expect(text).toMatch(/Quotes \(\d+\):\n {2}1\. Margaret Okonjo \[person\]/);
  });

  it('refuses a missing file, a bad --url and unknown options with a clear error', async () => {
    const missing = io();
    expect(await readCommand.run(['no-such-page.html'], missing.io)).toBe(1);
    expect(missing.err.join('')).toContain('no-such-page.html: no such file');
    const badUrl = io();
    expect(await readCommand.run([page, '--url', 'javascript:alert(1)'], badUrl.io)).toBe(2);
    const unknown = io();
    expect(await readCommand.run([page, '--json'], unknown.io)).toBe(2);
    expect(unknown.err.join('')).toContain('unknown option --json');
  });
});
