export { readArticle, readArticleSteps, DEFAULT_MAX_CHARS, DEFAULT_MAX_ELEMENTS } from './read-article.ts';
export { runSteps, type Steps } from './walk.ts';
export type { DomPositions, TextMap } from './text-map.ts';
export type {
  ArticleBlock,
  ArticleMetadata,
  ArticleRead,
  ClaimReviewData,
  ClaimReviewRating,
  ReadArticleOptions,
} from './types.ts';
