import { gatherStatsSteps } from './block-stats.ts';
import { judgeChrome } from './chrome-verdict.ts';
import { readClaimReviews } from './json-ld-claim-reviews.ts';
import { detectArticle } from './detect.ts';
import { findLdArticle } from './json-ld-article.ts';
import { readJsonLd } from './json-ld-parse.ts';
import { readMetadata } from './metadata.ts';
import { findStoryRoot } from './story-root.ts';
import { buildTextSteps } from './text-builder.ts';
import { createTextMap } from './text-map.ts';
import type { ArticleRead, ReadArticleOptions } from './types.ts';
import { runSteps, type Steps } from './walk.ts';

/** Default cap on the article text length. */
export const DEFAULT_MAX_CHARS = 2_000_000;
/** Default cap on elements visited per pass. */
export const DEFAULT_MAX_ELEMENTS = 200_000;

/** The page URL: the option, else the document's own URL when it has a real one. */
function pageUrlOf(doc: Document, url: string | undefined): string | null {
  if (url !== undefined) return url;
  const own = (doc as { URL?: unknown }).URL;
  return typeof own === 'string' && own.startsWith('http') ? own : null;
}

/**
 * Reads a page: whether it is an article, its main text with a map back to the DOM, its metadata, and any
 * ClaimReviews. Pure: it only reads `doc`, never globals, so it works on live pages, DOMParser documents and linkedom.
 */
export function readArticle(doc: Document, options: ReadArticleOptions = {}): ArticleRead {
  return runSteps(readArticleSteps(doc, options));
}

/**
 * `readArticle` in resumable steps, each a bounded share of the work, for a caller that gives the page its main
 * thread back between them; run to the end at once, it gives exactly readArticle's result.
 */
export function* readArticleSteps(doc: Document, options: ReadArticleOptions = {}): Steps<ArticleRead> {
  const maxChars = Math.max(0, options.maxChars ?? DEFAULT_MAX_CHARS);
  const maxElements = Math.max(1, options.maxElements ?? DEFAULT_MAX_ELEMENTS);
  const ld = readJsonLd(doc);
  const ldArticle = findLdArticle(ld);
  const pageUrl = pageUrlOf(doc, options.url);
  const claimReviews = readClaimReviews(ld);
  const top = doc.body ?? doc.documentElement;
  if (top === null) {
    return {
      isArticle: false,
      reason: 'not an article',
      text: '',
      blocks: [],
      map: createTextMap([], 0),
      metadata: readMetadata(doc, ld, ldArticle, pageUrl, false),
      claimReviews,
      truncated: false,
    };
  }
  // A page that keeps its body hidden until its scripts run shows nothing yet, so nothing is read.
  const shown = options.isHidden === undefined || !options.isHidden(top);
  const measured = yield* gatherStatsSteps(top, shown ? maxChars : 0, maxElements, options.isHidden);
  judgeChrome(top, measured);
  const root = findStoryRoot(doc, top, measured.stats);
  const detection = detectArticle(doc, ldArticle, measured.stats, top, root);
  yield;
  // A complete first walk judged every element the second one meets; a cut-short one did not.
  const built = yield* buildTextSteps(
    root,
    shown ? maxChars : 0,
    maxElements,
    measured.truncated ? undefined : measured.skipped,
  );
  yield;
  return {
    ...detection,
    text: built.text,
    blocks: built.blocks,
    map: createTextMap(built.runs, built.text.length),
    metadata: readMetadata(doc, ld, ldArticle, pageUrl, detection.isArticle, root),
    claimReviews,
    truncated: measured.truncated || built.truncated,
  };
}
