import { describeSelection } from '../../core/anchor/describe-selection.ts';
import { readArticle } from '../../core/article/index.ts';
import type { Quote } from '../../core/quotes/index.ts';
import { pageLanguage } from '../../core/quotes/lang/language.ts';
import { limits } from '../limits.ts';
import type { ExtractedPage, ExtractedQuote } from './extracted-page.ts';
import { quotesInLanguage } from './quotes-in-language.ts';
import { reportableQuotes } from './reportable-quotes.ts';

/** Article text read from one fetched page at most, as the content script reads a visited one. */
export const MAX_ARTICLE_CHARS = 300_000;

const clip = (s: string): string => s.slice(0, limits.shortChars);

function plainQuote(text: string, quote: Quote): ExtractedQuote {
  return {
    text: quote.text,
    kind: quote.kind,
    speaker: { name: clip(quote.speaker.name), kind: quote.speaker.kind },
    cue: { text: clip(quote.cue.text), lemma: clip(quote.cue.lemma), stance: quote.cue.stance },
    selectors: describeSelection(text, quote.start, quote.end, limits.contextChars / 2),
  };
}

/**
 * Reads an article page's HTML the way the content script reads a visited page: parse it (DOMParser runs no
 * scripts and loads nothing), find the article text and metadata, then the attributed quotes. Needs a DOM, so
 * it runs in Chrome's offscreen document and in Firefox's event page.
 */
export function extractFromHtml(html: string, url: string): ExtractedPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const article = readArticle(doc, { url, maxChars: MAX_ARTICLE_CHARS });
  const language = pageLanguage(article.metadata.language, article.text);
  const quotes = article.isArticle ? reportableQuotes(quotesInLanguage(article.text, language)) : [];
  return {
    isArticle: article.isArticle,
    text: article.text,
    metadata: article.metadata,
    quotes: quotes.map((q) => plainQuote(article.text, q)),
    ...(language ? { language } : {}),
  };
}
