// Public surface of Counterclaim's feed reading: parsing, HTML to text, and the bookkeeping of feed reads.
export { parseFeed } from './parse-feed.ts';
export { DEFAULT_PARSE_FEED_OPTIONS } from './feed-types.ts';
export type {
  Feed,
  FeedError,
  FeedErrorCode,
  FeedFormat,
  FeedItem,
  FeedResult,
  ParseFeedOptions,
} from './feed-types.ts';
export { htmlToText, DEFAULT_HTML_TO_TEXT_LIMITS } from './html-to-text.ts';
export type { HtmlText, HtmlToTextLimits } from './html-to-text.ts';
export { nextFetchDelay, DEFAULT_BACKOFF } from './fetch-backoff.ts';
export type { BackoffPolicy, FeedScheduleState } from './fetch-backoff.ts';
export { parseRetryAfter } from './retry-after.ts';
export { conditionalHeaders } from './conditional-headers.ts';
export type { FeedValidators } from './conditional-headers.ts';
export { newItems } from './new-items.ts';
export type { SeenIds } from './new-items.ts';
export { discoverFeeds } from './discover-feeds.ts';
export { parseFeedDate } from './feed-dates.ts';
export { decodeFeedBytes, charsetFromContentType } from './decode-feed-bytes.ts';
export type { DecodeResult } from './decode-feed-bytes.ts';
export { parseXml, DEFAULT_XML_LIMITS } from './xml-parser.ts';
export type {
  XmlAttribute,
  XmlElement,
  XmlError,
  XmlLimits,
  XmlNode,
  XmlParseOptions,
  XmlParseResult,
  XmlText,
} from './xml-types.ts';
export { decodeEntities } from './html-entities.ts';
