import { extractFromHtml } from '../../shared/page-extraction/extract-from-html.ts';
import type { PageScan } from '../../core/reading/index.ts';
import { extractInOffscreen, offscreenAvailable } from './offscreen-client.ts';
import { oneAtATime } from './one-at-a-time.ts';

/** Reads an article page's HTML into what a visit to it reports: metadata, quotes, fact-checks. */
export type ExtractFn = (html: string, url: string) => Promise<PageScan>;

/**
 * The page reader for this background, by feature detection: where there is a DOM (Firefox's event page)
 * the extraction runs here; in Chrome's service worker, which has none, it runs in an offscreen document.
 */
export function pageExtractor(): ExtractFn {
  if (typeof DOMParser === 'function') return (html, url) => Promise.resolve(extractFromHtml(html, url));
  if (offscreenAvailable()) return oneAtATime(extractInOffscreen);
  return () => Promise.reject(new Error('this browser gives the background no way to read pages'));
}
