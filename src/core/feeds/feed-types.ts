/** The three feed formats Counterclaim reads. */
export type FeedFormat = 'rss2' | 'atom' | 'rdf';

/** One entry of a feed, normalised across formats. */
export interface FeedItem {
  /** Stable identity: guid / Atom id / rdf:about, else the link, else a hash of title and content. */
  id: string;
  /** Plain text ('' when the item has none). */
  title: string;
  /** Absolute http(s) URL of the article, resolved against xml:base and the feed URL; absent when there is none. */
  link?: string;
  /** ISO 8601 timestamp (UTC) of publication, or of the last update when that is all the feed gives. */
  published?: string;
  author?: string;
  /** Plain text of the description / summary, shortened. */
  summary: string;
  /** Full body as HTML from content:encoded or Atom content (html, xhtml, or text turned into paragraphs). */
  contentHtml?: string;
}

/** A parsed feed: channel data, the items kept (feed order), and counts of the items left out. */
export interface Feed {
  title: string;
  link?: string;
  format: FeedFormat;
  items: FeedItem[];
  skipped: {
    /** Items with neither a usable link nor any content. */
    noLink: number;
    /** Items beyond the item cap. */
    overCap: number;
  };
  /** The character encoding the bytes were read with. */
  encoding: string;
}

/** What went wrong with a feed, as a code for the options page state. */
export type FeedErrorCode = 'not-a-feed' | 'malformed' | 'too-large' | 'encoding';

/** A feed failure: a code and a message in plain words, fit to show to the reader. */
export interface FeedError {
  code: FeedErrorCode;
  message: string;
  /** For an HTML page: the feed addresses it advertises with <link rel="alternate">, absolute. */
  discoveredFeeds?: string[];
}

/** The outcome of reading a feed. */
export type FeedResult = { ok: true; feed: Feed } | { ok: false; error: FeedError };

/** Tuning of parseFeed; the defaults suit the background's feed reader. */
export interface ParseFeedOptions {
  /** Items read per feed, in feed order; the rest are counted in skipped.overCap. */
  maxItems: number;
  /** Largest feed accepted, in bytes (or characters for a string). */
  maxBytes: number;
  /** Longest plain-text summary kept per item. */
  maxSummaryChars: number;
}

/** Defaults of parseFeed: 500 items, 5 MB, 1,000-character summaries. */
export const DEFAULT_PARSE_FEED_OPTIONS: ParseFeedOptions = {
  maxItems: 500,
  maxBytes: 5 * 1024 * 1024,
  maxSummaryChars: 1000,
};
