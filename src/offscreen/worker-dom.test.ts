import { DOMParser } from 'linkedom/worker';
import { describe, expect, it } from 'vitest';
import { readPage } from '../core/reading/index.ts';
import { extractFromHtml } from '../shared/page-extraction/extract-from-html.ts';

const page = `<!doctype html><html><head><title>Road</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council debates the road","datePublished":"2025-05-12T10:00:00Z"}</script>
</head><body><header><nav><a href="/">Home</a></nav></header><article><h1>Council debates the road</h1>
<p>The council of the district met on Tuesday to discuss the plan for the harbour road and its budget.</p>
<p>“The harbour road will reopen in four weeks, and the budget is fixed,” Maria Lopez said at the meeting.</p>
<p>Ruth Okafor, who leads the opposition, said the road would not reopen before the winter and that costs had doubled.</p>
<p>Residents, shops and buses use the road every day, and traffic has grown by five per cent in a year.</p>
</article><footer>Generated</footer></body></html>`;

describe('the worker build of linkedom', () => {
  it('parses a page well enough for the article reader to find its quotes and speakers', () => {
    const saved = (globalThis as { DOMParser?: unknown }).DOMParser;
    (globalThis as { DOMParser?: unknown }).DOMParser = DOMParser;
    try {
      const read = extractFromHtml(page, 'http://gen-1.test/a/1.html');
      expect(read.status).toBe('article');
      expect(read.page.headline).toBe('Council debates the road');
      expect(read.quotes.map((q) => q.speaker.name)).toEqual(
        expect.arrayContaining(['Maria Lopez', 'Ruth Okafor']),
      );
      const doc = new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
      expect(readPage(doc, 'http://gen-1.test/a/1.html').article.text).not.toContain('Home');
    } finally {
      (globalThis as { DOMParser?: unknown }).DOMParser = saved;
    }
  });
});
