import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerExtract, isExtractRequest } from './answer-extract.ts';
import { extractFromHtml } from '../shared/page-extraction/extract-from-html.ts';
import { EXTRACT_MESSAGE } from '../shared/page-extraction/extracted-page.ts';

const page = `<!doctype html><html><head><title>Talks</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks on the venue","datePublished":"2025-05-19T20:00:00Z"}</script>
</head><body><article><h1>Talks on the venue</h1>
<p>The Kremlin gave its own account of the call on Monday evening, hours after the White House spoke.</p>
<p>“Istanbul remains the venue for direct talks between the delegations,” Yuri Ushakov told reporters in Moscow.</p>
<p>He added that no date had been set for a meeting of the two presidents, and that preparations would take time.</p>
</article></body></html>`;

describe('extractFromHtml', () => {
  beforeAll(() => {
    // Node has no DOMParser; linkedom's stands in for the browser's, as the offscreen page and Firefox have one.
    (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
  });

  it('reads an article page into what a visit reports: metadata, quotes with their context', () => {
    const read = extractFromHtml(page, 'https://tribune.example/kremlin.html');
    expect(read.status).toBe('article');
    expect(read.page.headline).toBe('Talks on the venue');
    expect(read.page.published).toBe('2025-05-19T20:00:00Z');
    const venue = read.quotes.find((q) => q.text.includes('Istanbul remains the venue'));
    expect(venue?.speaker.name).toBe('Yuri Ushakov');
    expect(venue && read.quotes.indexOf(venue)).toBeGreaterThanOrEqual(0);
    expect(venue?.prefix.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(read))).toEqual(read);
  });

  it('answers only well-formed requests, with errors in words', () => {
    expect(
      isExtractRequest({ target: 'offscreen', type: EXTRACT_MESSAGE, html: '', url: 'https://a.example/' }),
    ).toBe(true);
    expect(isExtractRequest({ type: EXTRACT_MESSAGE, html: 1 })).toBe(false);
    expect(
      answerExtract({
        target: 'offscreen',
        type: EXTRACT_MESSAGE,
        html: '<p>hi</p>',
        url: 'https://a.example/',
      }),
    ).toMatchObject({ ok: true });
  });
});
