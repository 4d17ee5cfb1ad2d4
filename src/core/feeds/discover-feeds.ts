import { decodeEntities } from './html-entities.ts';
import { resolveLink } from './feed-url.ts';

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
];
const MAX_SCAN = 512 * 1024;
const MAX_FOUND = 5;

function attribute(tag: string, name: string): string | undefined {
  // Attribute names are short literals and values are delimited by one quote kind: no backtracking.
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * Finds the feeds a web page advertises (<link rel="alternate" type="application/rss+xml" href="…">), as
 * absolute URLs, so that "this is a web page, not a feed" can suggest the right address.
 */
export function discoverFeeds(html: string, pageUrl: string): string[] {
  const s = html.length > MAX_SCAN ? html.slice(0, MAX_SCAN) : html;
  const found: string[] = [];
  const lower = s.toLowerCase();
  let at = lower.indexOf('<link');
  while (at >= 0 && found.length < MAX_FOUND) {
    const end = s.indexOf('>', at);
    if (end < 0) break;
    const tag = s.slice(at, end);
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const type = attribute(tag, 'type')?.toLowerCase().trim() ?? '';
    const href = attribute(tag, 'href');
    if (rel.includes('alternate') && FEED_TYPES.includes(type) && href) {
      const url = resolveLink(href, pageUrl);
      if (url && !found.includes(url)) found.push(url);
    }
    at = lower.indexOf('<link', end);
  }
  return found;
}
