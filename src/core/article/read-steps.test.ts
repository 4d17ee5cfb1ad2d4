import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle, readArticleSteps } from './index.ts';
import { TEXT_PIECE_CHARS } from './walk.ts';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** How the reader should render a node's data: invisible characters dropped, each run of spaces one space. */
function collapsed(data: string): string {
  return data
    .replace(/[\u00ad\u200b\ufeff]/g, '')
    .replace(/[ \t\n\r\f\u00a0]+/g, ' ')
    .trim();
}

describe('reading in steps', () => {
  it('gives exactly what readArticle gives, over many steps on a long page', () => {
    const para =
      '<p>“We will not reopen a bridge we cannot promise is safe,” said Ruth Cadogan, the harbour master.</p>';
    const page = doc(
      `<html><body><nav><a href="/">Home</a></nav><article>${para.repeat(1_000)}</article></body></html>`,
    );
    const whole = readArticle(page, { maxChars: 300_000 });
    const steps = readArticleSteps(page, { maxChars: 300_000 });
    let pauses = 0;
    let r = steps.next();
    for (; r.done !== true; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    expect(r.value.text).toBe(whole.text);
    expect(r.value.isArticle).toBe(whole.isArticle);
    expect(r.value.blocks.map((b) => [b.start, b.end])).toEqual(whole.blocks.map((b) => [b.start, b.end]));
    expect(r.value.map.toDomPositions(1_000, 1_050)).toEqual(whole.map.toDomPositions(1_000, 1_050));
  });

  it('reads a text node longer than one piece as if it came whole, spaces cut between pieces included', () => {
    // Runs of spaces, a no-break space and invisible characters land on and around each piece boundary.
    const words: string[] = [];
    for (let i = 0; words.join('').length < TEXT_PIECE_CHARS * 3; i++)
      words.push(
        i % 7 === 0 ? `w${i}\u00ad ` : i % 5 === 0 ? `w${i} \n\t ` : i % 3 === 0 ? `w${i}\u00a0` : `w${i} `,
      );
    let data = words.join('');
    data = `${data.slice(0, TEXT_PIECE_CHARS - 3)}      ${data.slice(TEXT_PIECE_CHARS - 3)}`;
    const page = doc(`<html><body><p>x</p></body></html>`);
    page.querySelector('p')!.firstChild!.nodeValue = data;
    const node = page.querySelector('p')!.firstChild as Text;
    const read = readArticle(page);
    expect(read.text).toBe(collapsed(data));
    // Every word maps back to itself in the node (checked in a loop, asserted once: there are thousands).
    const wrong: string[] = [];
    let at = 0;
    for (const word of read.text.split(' ')) {
      const points = read.map.toDomPositions(at, at + word.length);
      const back = points === null ? null : collapsed(data.slice(points.startOffset, points.endOffset));
      if (points?.startNode !== node || back !== word) wrong.push(word);
      at += word.length + 1;
    }
    expect(wrong).toEqual([]);
    expect(at).toBe(read.text.length + 1);
    // The long space run across the first boundary maps to one collapsed space covering all of it.
    const gap = read.map.fromDom(node, TEXT_PIECE_CHARS + 2);
    expect(gap).toBe(read.map.fromDom(node, TEXT_PIECE_CHARS - 2));
  });

  it('pauses within one huge text node rather than reading it in one step', () => {
    const page = doc(`<html><body><p>${'x '.repeat(500_000)}</p></body></html>`);
    const steps = readArticleSteps(page, { maxChars: 300_000 });
    let pauses = 0;
    let r = steps.next();
    for (; r.done !== true; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    expect(r.value.text.length).toBeLessThanOrEqual(300_001);
  });

  it('matches stretches of words on hostile text in bounded time', () => {
    const page = doc(
      `<html><body><p>${'a '.repeat(150_000)}</p><p>${'a  '.repeat(100_000)}</p><p>${'a\u00ad'.repeat(100_000)}</p></body></html>`,
    );
    const t0 = performance.now();
    readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
