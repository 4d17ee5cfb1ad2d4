import { readPage, scanOf, type PageScan } from '../../core/reading/index.ts';

/**
 * Reads an article page's HTML as the content script reads a visited page (`core/reading`): parsed with the
 * context's DOMParser, which runs no scripts and loads nothing. Needs a DOM, so it runs in Chrome's offscreen
 * document (linkedom's parser in its worker) and in Firefox's event page.
 */
export function extractFromHtml(html: string, url: string): PageScan {
  return scanOf(readPage(new DOMParser().parseFromString(html, 'text/html'), url));
}
