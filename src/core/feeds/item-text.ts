import { htmlToText } from './html-to-text.ts';

const MAX_TITLE = 500;

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Shortens text at a word boundary, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Plain text of an HTML fragment on one line (paragraphs joined by spaces). */
export function htmlToLine(html: string): string {
  return htmlToText(html).paragraphs.join(' ');
}

/**
 * Plain text of an RSS title or similar field: RSS says plain text, but feeds often escape HTML into it, so
 * markup and entities are read as HTML when present. A lone "<" or "&" (as in "AT&T < 5%") survives that.
 */
export function looseTitle(value: string): string {
  const text = /[<&]/.test(value) ? htmlToLine(value) : collapse(value);
  return shorten(text, MAX_TITLE);
}

/** Plain-text title from already plain text (Atom type="text"). */
export function plainTitle(value: string): string {
  return shorten(collapse(value), MAX_TITLE);
}

/** Escapes text for inclusion in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Turns plain text into HTML paragraphs (blank lines separate them), escaping everything. */
export function textToHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** The name in an RSS author field ("jo@example.com (Jo Smith)" gives "Jo Smith"), else the field itself. */
export function authorName(value: string): string {
  const s = collapse(value);
  const open = s.indexOf('(');
  if (open > 0 && s.endsWith(')') && s.slice(0, open).includes('@')) return s.slice(open + 1, -1).trim();
  return s;
}

/** A short stable hash (FNV-1a, 32 bits, hex) used as the id of items that have neither id nor link. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
