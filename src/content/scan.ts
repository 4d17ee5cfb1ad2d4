import { sendToBackground } from '../shared/messages.ts';
import type { PageScan } from '../shared/page-scan.ts';

/** Reads the page and reports it to the background. */
export function startScanning(): void {
  const scan: PageScan = {
    status: document.querySelector('article') ? 'article' : 'not-article',
    page: {
      url: location.href,
      canonicalUrl: location.href,
      outlet: location.hostname,
      domain: location.hostname,
      headline: document.title.slice(0, 500),
      authors: [],
    },
    quotes: [],
    claimReviews: [],
    textLength: 0,
  };
  void sendToBackground('page-scanned', scan);
}
