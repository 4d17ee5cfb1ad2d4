import { DOMParser } from 'linkedom';
import { readPage, type PageReading } from '../../core/reading/index.ts';

/** HTML files larger than this are refused: a news page is well under a megabyte, and the reading caps text anyway. */
export const MAX_HTML_CHARS = 20_000_000;

/**
 * Reads a page's HTML in Node exactly as the extension reads it (`core/reading`), with linkedom's parser in
 * place of the browser's: the parser the offscreen worker also uses. Scripts are not run.
 */
export function readHtml(html: string, url: string): PageReading {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return readPage(doc, url);
}

/** The paragraphs of the article text, as the reading cut it into blocks. */
export function paragraphsOf(reading: PageReading): string[] {
  const { text, blocks } = reading.article;
  return blocks.map((b) => text.slice(b.start, b.end));
}
