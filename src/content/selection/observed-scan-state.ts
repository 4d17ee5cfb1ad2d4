import type { ArticleRead } from '../../core/article/index.ts';
import type { ScanState } from '../scanner.ts';

/** A ScanState that calls `onRead` each time the scanner stores a new reading of the page in it. */
export function observedScanState(onRead: (article: ArticleRead) => void): ScanState {
  let current: ArticleRead | null = null;
  return {
    get article() {
      return current;
    },
    set article(article: ArticleRead | null) {
      current = article;
      if (article) onRead(article);
    },
  };
}
