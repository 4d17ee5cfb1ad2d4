import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readArticle } from './index.ts';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('hostile pages stay bounded', () => {
  it('reads 10,000 nested divs without recursion or a long stall', () => {
    const page = doc(`<html><body>${'<div>word '.repeat(10_000)}${'</div>'.repeat(10_000)}</body></html>`);
    const t0 = performance.now();
    const r = readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.text.startsWith('word')).toBe(true);
  });

  it('caps a 5 MB text node at maxChars', () => {
    const page = doc(`<html><body><article><p>${'lorem ipsum '.repeat(440_000)}</p></article></body></html>`);
    const t0 = performance.now();
    const r = readArticle(page, { maxChars: 100_000 });
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.text.length).toBeLessThanOrEqual(100_000);
    expect(r.truncated).toBe(true);
    const end = r.map.toDomPositions(r.text.length - 5, r.text.length);
    expect(end).not.toBeNull();
  });

  it('reads 5 MB of words under the default cap in bounded time', () => {
    const page = doc(`<html><body><article><p>${'lorem ipsum '.repeat(440_000)}</p></article></body></html>`);
    const t0 = performance.now();
    const r = readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.text.length).toBe(2_000_000);
    expect(r.map.toDomPositions(1_999_990, 2_000_000)).not.toBeNull();
  });

  it('reads a 5 MB text node under the default cap in bounded time', () => {
    const page = doc(`<html><body><p>${'x'.repeat(5_000_000)}</p></body></html>`);
    const t0 = performance.now();
    const r = readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.text.length).toBe(2_000_000);
  });

  it('stops after maxElements', () => {
    const page = doc(`<html><body>${'<p>short para</p>'.repeat(5_000)}</body></html>`);
    const r = readArticle(page, { maxElements: 100 });
    expect(r.truncated).toBe(true);
    expect(r.blocks.length).toBeLessThanOrEqual(100);
  });

  it('handles a document without a body or any text', () => {
    const r = readArticle(doc('<html><head><title>Empty</title></head></html>'));
    expect(r.isArticle).toBe(false);
    expect(r.text).toBe('');
    expect(r.map.toDomPositions(0, 0)).toBeNull();
  });

  it('shrugs off deeply nested and huge JSON-LD', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const wide = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'H',
      keywords: Array(50_000).fill({ a: 1 }),
    });
    const page = doc(
      `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${wide}</script></head><body><p>x</p></body></html>`,
    );
    const t0 = performance.now();
    const r = readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(r.metadata.headline).toBe('H');
  });

  it('does not backtrack on long whitespace and attribute values', () => {
    const attr = 'a-'.repeat(50_000);
    const page = doc(
      `<html><body><div class="${attr}" style="${' '.repeat(100_000)}display:none"><p>${' \t'.repeat(500_000)}text</p></div></body></html>`,
    );
    const t0 = performance.now();
    readArticle(page);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
