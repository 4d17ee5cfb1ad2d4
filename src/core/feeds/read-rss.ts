import type { ChannelRead } from './channel-read.ts';
import { parseFeedDate } from './feed-dates.ts';
import type { ItemDraft } from './feed-item.ts';
import { ATOM_NS, NS, RDF_ITEM_NS, RSS_NS } from './feed-namespaces.ts';
import { baseOf, resolveLink } from './feed-url.ts';
import { authorName, htmlToLine, looseTitle } from './item-text.ts';
import { attributeOf, childText, findChild, findChildren, textContent } from './xml-query.ts';
import type { XmlElement } from './xml-types.ts';

// An <atom:link rel="self"> sits beside <link> in many RSS channels; only the alternate one is the site.
function atomAlternate(el: XmlElement, base: string | undefined): string | undefined {
  for (const link of findChildren(el, 'link', ATOM_NS)) {
    const rel = attributeOf(link, 'rel') ?? 'alternate';
    const href = attributeOf(link, 'href');
    if (rel === 'alternate' && href) return resolveLink(href, baseOf(link, base));
  }
  return undefined;
}

function linkOf(el: XmlElement, base: string | undefined, namespaces: readonly string[]): string | undefined {
  const linkEl = findChild(el, 'link', namespaces);
  const href = linkEl ? textContent(linkEl) : '';
  return (
    (linkEl && href.trim() ? resolveLink(href, baseOf(linkEl, base)) : undefined) ?? atomAlternate(el, base)
  );
}

/** Reads one RSS 2.0 or RSS 1.0 item (the two share title, link, description and the common modules). */
export function readRssItem(
  item: XmlElement,
  parentBase: string | undefined,
  ns: readonly string[],
): ItemDraft {
  const base = baseOf(item, parentBase);
  const guidEl = findChild(item, 'guid', ns);
  const guid = guidEl ? textContent(guidEl).trim() : '';
  let link = linkOf(item, base, ns);
  // A guid is the article's address only when it already is an absolute URL (isPermaLink is often wrong).
  if (
    !link &&
    guid &&
    /^https?:\/\//i.test(guid) &&
    attributeOf(guidEl as XmlElement, 'isPermaLink') !== 'false'
  ) {
    link = resolveLink(guid, undefined);
  }
  const date = childText(item, 'pubDate', ns) || childText(item, 'date', [NS.dc]);
  const author = childText(item, 'author', ns) || childText(item, 'creator', [NS.dc]);
  const contentEl = findChild(item, 'encoded', [NS.content]);
  const draft: ItemDraft = {
    id: guid || attributeOf(item, 'about', NS.rdf) || '',
    title: looseTitle(childText(item, 'title', ns)),
    summary: htmlToLine(childText(item, 'description', ns)),
  };
  if (link) draft.link = link;
  const published = parseFeedDate(date);
  if (published) draft.published = published;
  if (author) draft.author = authorName(author);
  if (contentEl) draft.contentHtml = textContent(contentEl);
  return draft;
}

/** Reads an RSS 0.9x / 2.0 document whose root is <rss>. */
export function readRss(root: XmlElement, feedUrl: string | undefined, maxItems: number): ChannelRead {
  const rootBase = baseOf(root, feedUrl);
  const channel = findChild(root, 'channel', RSS_NS) ?? root;
  const base = baseOf(channel, rootBase);
  // Some generators put items beside the channel instead of inside it.
  const entries = findChildren(channel, 'item', RSS_NS);
  if (channel !== root) entries.push(...findChildren(root, 'item', RSS_NS));
  const read: ChannelRead = {
    title: looseTitle(childText(channel, 'title', RSS_NS)),
    drafts: entries.slice(0, maxItems).map((item) => readRssItem(item, base, RSS_NS)),
    total: entries.length,
  };
  const link = linkOf(channel, base, RSS_NS);
  if (link) read.link = link;
  return read;
}

/** Reads an RSS 1.0 (or 0.90) document whose root is <rdf:RDF>: channel and items are siblings. */
export function readRdf(root: XmlElement, feedUrl: string | undefined, maxItems: number): ChannelRead {
  const base = baseOf(root, feedUrl);
  const channel = findChild(root, 'channel', RDF_ITEM_NS);
  const entries = findChildren(root, 'item', RDF_ITEM_NS);
  const read: ChannelRead = {
    title: channel ? looseTitle(childText(channel, 'title', RDF_ITEM_NS)) : '',
    drafts: entries.slice(0, maxItems).map((item) => readRssItem(item, base, RDF_ITEM_NS)),
    total: entries.length,
  };
  const link = channel ? linkOf(channel, baseOf(channel, base), RDF_ITEM_NS) : undefined;
  if (link) read.link = link;
  return read;
}
