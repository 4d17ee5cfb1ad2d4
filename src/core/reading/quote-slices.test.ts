import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../article/index.ts';
import { extractQuotes, type Quote } from '../quotes/index.ts';
import { EXTRACT_PHASE, findQuotesSteps, planSlices } from './quote-slices.ts';

const articleHtml = readFileSync(
  resolve(import.meta.dirname, '../../../e2e/site/hostile/article.html'),
  'utf8',
);

/** The 1,500-word test article, or a long read made of its story told `times` over. */
function article(times = 1) {
  const open = articleHtml.indexOf('<article>') + '<article>'.length;
  const close = articleHtml.indexOf('</article>');
  const story = articleHtml.slice(open, close);
  const html = articleHtml.slice(0, open) + story.repeat(times) + articleHtml.slice(close);
  return readArticle(parseHTML(html).document as unknown as Document, { maxChars: 300_000 });
}

const key = (q: { start: number; end: number; speaker: { name: string } }) =>
  `${q.start}:${q.end}:${q.speaker.name}`;

/** Runs the steps at once, counting the tasks they ask for. */
function extractInSlices(text: string, blocks: readonly { start: number; end: number }[]) {
  const steps = findQuotesSteps(text, blocks);
  let tasks = 0;
  for (;;) {
    const r = steps.next();
    if (r.done === true) return { quotes: r.value, tasks };
    if (r.value === EXTRACT_PHASE) tasks++;
  }
}

describe('planSlices', () => {
  it('keeps a short text whole', () => {
    expect(planSlices([{ start: 0, end: 100 }], 100)).toEqual([{ own: 0, ownEnd: 100, from: 0, to: 100 }]);
  });

  it('covers a long text with slices that meet end to start, each inside its own context', () => {
    const blocks = Array.from({ length: 400 }, (_, i) => ({ start: i * 302, end: i * 302 + 300 }));
    const slices = planSlices(blocks, 400 * 302 - 2);
    expect(slices.length).toBeGreaterThan(5);
    expect(slices[0]!.own).toBe(0);
    expect(slices.at(-1)!.ownEnd).toBe(400 * 302 - 2);
    for (const [i, slice] of slices.entries()) {
      if (i > 0) expect(slice.own).toBe(slices[i - 1]!.ownEnd);
      expect(slice.from).toBeLessThanOrEqual(slice.own);
      expect(slice.to).toBeGreaterThanOrEqual(slice.ownEnd);
      expect(slice.to - slice.from).toBeLessThan(20_000);
    }
  });
});

describe('findQuotesSteps', () => {
  it('finds exactly what the extractor finds in a news story read whole, in one task', () => {
    const read = article();
    expect(extractInSlices(read.text, read.blocks)).toEqual({ quotes: extractQuotes(read.text), tasks: 1 });
  });

  it('finds nearly every quote of a long read, with the same speakers, one slice per task', () => {
    const read = article(12);
    const { quotes: sliced, tasks } = extractInSlices(read.text, read.blocks);
    const whole = extractQuotes(read.text);
    expect(tasks).toBeGreaterThan(6);
    const found = new Set(sliced.map(key));
    const same = whole.filter((q) => found.has(key(q))).length;
    expect(same / whole.length).toBeGreaterThan(0.97);
    expect(sliced.length / whole.length).toBeGreaterThan(0.97);
    expect(sliced.length / whole.length).toBeLessThan(1.03);
    for (let i = 1; i < sliced.length; i++)
      expect(sliced[i]!.start).toBeGreaterThanOrEqual(sliced[i - 1]!.start);
    for (const q of sliced.filter((quote: Quote) => !quote.parts))
      expect(read.text.slice(q.start, q.end)).toBe(q.text);
  });
});
