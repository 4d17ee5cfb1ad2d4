export { readArticle, DEFAULT_MAX_CHARS, DEFAULT_MAX_ELEMENTS } from './read-article.ts';
export type { DomPositions, TextMap } from './text-map.ts';
export type {
  ArticleBlock,
  ArticleMetadata,
  ArticleRead,
  ClaimReviewData,
  ClaimReviewRating,
  ReadArticleOptions,
} from './types.ts';
