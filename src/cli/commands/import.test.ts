import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { importCommand } from './import.ts';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { stdin: process.stdin, stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { io, out, err };
}

const review = {
  '@type': 'ClaimReview',
  url: 'https://checkers.test/c/1',
  claimReviewed: 'A ceasefire timeline was agreed on the call',
  author: { '@type': 'Organization', name: 'Checkers' },
  reviewRating: { ratingValue: 1, alternateName: 'False' },
};

describe('counterclaim import', () => {
  it('converts a ClaimReview feed to claim lines with keys, which import again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-import-'));
    const feed = join(dir, 'feed.json');
    const out = join(dir, 'out.jsonl');
    await writeFile(feed, JSON.stringify({ '@type': 'DataFeed', dataFeedElement: [{ item: [review] }] }));
    const first = captureIo();
    expect(await importCommand.run([feed, '--to', out], first.io)).toBe(0);
    expect(first.out[0]).toBe(`${feed}: 1 claims (claimreview)\n`);
    const lines = (await readFile(out, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '').keys.terms).toContain('ceasefir');
    const again = captureIo();
    expect(await importCommand.run([out], again.io)).toBe(0);
    expect(again.out[0]).toBe(`${out}: 1 claims (jsonl)\n`);
  });

  it('lists every refused line and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cc-import-'));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"text":1}\nnot json\n');
    const { io, err } = captureIo();
    expect(await importCommand.run([bad], io)).toBe(1);
    expect(err[0]).toBe(`${bad}:1: text: expected a string\n`);
    expect(err[1]).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: not valid JSON`));
  });
});
