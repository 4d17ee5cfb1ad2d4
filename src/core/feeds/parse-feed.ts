import type { ChannelRead } from './channel-read.ts';
import { decodeFeedBytes } from './decode-feed-bytes.ts';
import { discoverFeeds } from './discover-feeds.ts';
import { finishItem } from './feed-item.ts';
import { ATOM_NS, FEED_FALLBACK_PREFIXES, NS } from './feed-namespaces.ts';
import { DEFAULT_PARSE_FEED_OPTIONS } from './feed-types.ts';
import type { FeedError, FeedFormat, FeedItem, FeedResult, ParseFeedOptions } from './feed-types.ts';
import { readAtom } from './read-atom.ts';
import { readRdf, readRss } from './read-rss.ts';
import { sniffDocument } from './sniff-document.ts';
import { parseXml } from './xml-parser.ts';
import type { XmlElement } from './xml-types.ts';

function failure(code: FeedError['code'], message: string): FeedResult {
  return { ok: false, error: { code, message } };
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function formatOf(root: XmlElement): FeedFormat | undefined {
  if (root.local === 'rss' && root.ns === '') return 'rss2';
  if (root.local === 'feed' && ATOM_NS.includes(root.ns)) return 'atom';
  if (root.local === 'RDF' && root.ns === NS.rdf) return 'rdf';
  return undefined;
}

const READERS: Record<FeedFormat, (root: XmlElement, url: string | undefined, max: number) => ChannelRead> = {
  rss2: readRss,
  atom: readAtom,
  rdf: readRdf,
};

const ENTRY_PARENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['item', ['channel', 'rss', 'RDF']],
  ['entry', ['feed']],
]);

// Items past the cap are dropped while parsing, so a 10,000-item feed never builds 10,000 subtrees.
function entryCounter(maxItems: number) {
  let seen = 0;
  const keep = (el: XmlElement, parent: XmlElement) => {
    if (!ENTRY_PARENTS.get(el.local)?.includes(parent.local)) return true;
    seen++;
    return seen <= maxItems;
  };
  return { keep, dropped: () => Math.max(0, seen - maxItems) };
}

function notAFeed(text: string, feedUrl: string): FeedResult | undefined {
  const sniffed = sniffDocument(text);
  if (sniffed.kind === 'html') {
    const discoveredFeeds = discoverFeeds(text, feedUrl);
    const hint = discoveredFeeds.length > 0 ? `; it points to a feed at ${discoveredFeeds[0]}` : '';
    const message = `this address returns a web page (HTML), not a feed${hint}`;
    return { ok: false, error: { code: 'not-a-feed', message, discoveredFeeds } };
  }
  if (sniffed.kind === 'json')
    return failure('not-a-feed', 'this address returns JSON, not an RSS or Atom feed');
  if (sniffed.kind === 'empty') return failure('not-a-feed', 'this address returns an empty document');
  if (sniffed.kind === 'text') return failure('not-a-feed', 'this address returns plain text, not a feed');
  return undefined;
}

/**
 * Reads an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) feed from its bytes or text, without a DOM. Items come in feed
 * order, links absolute; the first `maxItems` are read and the rest counted. Every failure (web page instead
 * of a feed, broken XML, too large, unknown encoding) is an error value with a message fit for the reader.
 */
export function parseFeed(
  bytesOrText: Uint8Array | string,
  feedUrl: string,
  contentType?: string,
  options: Partial<ParseFeedOptions> = {},
): FeedResult {
  const opts: ParseFeedOptions = { ...DEFAULT_PARSE_FEED_OPTIONS, ...options };
  if (bytesOrText.length > opts.maxBytes) {
    return failure('too-large', `the feed is larger than ${megabytes(opts.maxBytes)}`);
  }
  let text: string;
  let encoding = 'utf-16';
  if (typeof bytesOrText === 'string') {
    text = bytesOrText.replace(/^\ufeff/, '');
  } else {
    const decoded = decodeFeedBytes(bytesOrText, contentType);
    if (!decoded.ok) return failure('encoding', decoded.message);
    ({ text, encoding } = decoded);
  }
  const rejected = notAFeed(text, feedUrl);
  if (rejected) return rejected;

  const entries = entryCounter(opts.maxItems);
  const parsed = parseXml(text, {
    maxChars: opts.maxBytes,
    fallbackPrefixes: FEED_FALLBACK_PREFIXES,
    keep: entries.keep,
  });
  if (!parsed.ok) {
    const tooBig = parsed.error.kind !== 'malformed';
    return failure(tooBig ? 'too-large' : 'malformed', `the feed cannot be read: ${parsed.error.message}`);
  }
  const format = formatOf(parsed.root);
  if (!format) {
    return failure(
      'not-a-feed',
      `this is XML but not an RSS or Atom feed (it starts with <${parsed.root.name}>)`,
    );
  }
  const base = URL.canParse(feedUrl) ? feedUrl : undefined;
  const read = READERS[format](parsed.root, base, opts.maxItems);
  const items: FeedItem[] = [];
  let noLink = 0;
  for (const draft of read.drafts) {
    const item = finishItem(draft, opts.maxSummaryChars);
    if (item) items.push(item);
    else noLink++;
  }
  const skipped = { noLink, overCap: entries.dropped() + read.total - read.drafts.length };
  const feed = {
    title: read.title,
    format,
    items,
    skipped,
    encoding,
    ...(read.link ? { link: read.link } : {}),
  };
  return { ok: true, feed };
}
