import type { ChannelRead } from './channel-read.ts';
import { parseFeedDate } from './feed-dates.ts';
import type { ItemDraft } from './feed-item.ts';
import { ATOM_NS, NS } from './feed-namespaces.ts';
import { baseOf, resolveLink } from './feed-url.ts';
import { htmlToLine, plainTitle, textToHtml } from './item-text.ts';
import {
  attributeOf,
  childText,
  elementChildren,
  findChild,
  findChildren,
  textContent,
} from './xml-query.ts';
import type { XmlElement } from './xml-types.ts';
import { serializeNodes } from './xml-serialize.ts';

type TextKind = 'text' | 'html' | 'xhtml' | 'other';

// Atom 1.0 says text/html/xhtml; Atom 0.3 used MIME types (and mode="escaped").
function kindOf(el: XmlElement): TextKind {
  const type = (attributeOf(el, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'html' || type === 'text/html' || attributeOf(el, 'mode') === 'escaped') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  if (type === 'text' || type.startsWith('text/')) return 'text';
  return 'other';
}

// Inline xhtml content is wrapped in one <div xmlns="…xhtml">: its inside is the content.
function xhtmlInner(el: XmlElement): string {
  const kids = elementChildren(el);
  const only = kids.length === 1 ? kids[0] : undefined;
  return serializeNodes(only?.local === 'div' && only.ns === NS.xhtml ? only.children : el.children);
}

function atomText(el: XmlElement | undefined): string {
  if (!el) return '';
  const kind = kindOf(el);
  if (kind === 'html') return htmlToLine(textContent(el));
  if (kind === 'xhtml') return htmlToLine(xhtmlInner(el));
  return plainTitle(textContent(el));
}

function atomContent(el: XmlElement | undefined): string | undefined {
  if (!el || attributeOf(el, 'src') !== undefined) return undefined; // out-of-line content is not fetched here
  const kind = kindOf(el);
  if (kind === 'html') return textContent(el);
  if (kind === 'xhtml') return xhtmlInner(el);
  if (kind === 'text') return textToHtml(textContent(el));
  return undefined;
}

function alternateLink(el: XmlElement, base: string | undefined): string | undefined {
  let fallback: string | undefined;
  for (const link of findChildren(el, 'link', ATOM_NS)) {
    const rel = (attributeOf(link, 'rel') ?? 'alternate').trim();
    const href = attributeOf(link, 'href');
    if (rel !== 'alternate' || !href) continue;
    const url = resolveLink(href, baseOf(link, base));
    const type = attributeOf(link, 'type') ?? 'text/html';
    if (url && (type === 'text/html' || type === 'application/xhtml+xml')) return url;
    fallback ??= url;
  }
  return fallback;
}

function authorOf(el: XmlElement): string {
  const author = findChild(el, 'author', ATOM_NS);
  return author ? childText(author, 'name', ATOM_NS) || childText(author, 'email', ATOM_NS) : '';
}

function readEntry(entry: XmlElement, parentBase: string | undefined, feedAuthor: string): ItemDraft {
  const base = baseOf(entry, parentBase);
  const pick = (...names: string[]) => names.map((n) => childText(entry, n, ATOM_NS)).find(Boolean) ?? '';
  const draft: ItemDraft = {
    id: childText(entry, 'id', ATOM_NS),
    title: atomText(findChild(entry, 'title', ATOM_NS)),
    summary: atomText(findChild(entry, 'summary', ATOM_NS)),
  };
  const link = alternateLink(entry, base);
  if (link) draft.link = link;
  const published = parseFeedDate(pick('published', 'issued', 'updated', 'modified'));
  if (published) draft.published = published;
  const author = authorOf(entry) || feedAuthor;
  if (author) draft.author = author;
  const content = atomContent(findChild(entry, 'content', ATOM_NS));
  if (content) draft.contentHtml = content;
  return draft;
}

/** Reads an Atom 1.0 (or 0.3) document whose root is <feed>. */
export function readAtom(root: XmlElement, feedUrl: string | undefined, maxItems: number): ChannelRead {
  const base = baseOf(root, feedUrl);
  const feedAuthor = authorOf(root);
  const entries = findChildren(root, 'entry', ATOM_NS);
  const read: ChannelRead = {
    title: atomText(findChild(root, 'title', ATOM_NS)),
    drafts: entries.slice(0, maxItems).map((entry) => readEntry(entry, base, feedAuthor)),
    total: entries.length,
  };
  const link = alternateLink(root, base);
  if (link) read.link = link;
  return read;
}
