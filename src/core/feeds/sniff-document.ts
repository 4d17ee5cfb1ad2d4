/** What the start of a document looks like: the first element's name, HTML, JSON, empty, or plain text. */
export type DocumentKind =
  | { kind: 'element'; name: string }
  | { kind: 'html' }
  | { kind: 'json' }
  | { kind: 'empty' }
  | { kind: 'text' };

const SNIFF_CHARS = 64 * 1024;

/**
 * Looks at the start of a text (past whitespace, the XML declaration, comments, PIs and a DOCTYPE) to tell a
 * web page or a JSON document from XML before parsing, so such a response gets "not a feed", not "malformed".
 */
export function sniffDocument(text: string): DocumentKind {
  const s = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  let pos = 0;
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
      pos++;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) return { kind: 'json' };
    if (c !== 60 /* < */) return { kind: 'text' };
    if (s.startsWith('<!--', pos)) {
      const end = s.indexOf('-->', pos + 4);
      if (end < 0) return { kind: 'text' };
      pos = end + 3;
    } else if (s.startsWith('<?', pos) || s.startsWith('<!', pos)) {
      if (
        s
          .slice(pos, pos + 14)
          .toLowerCase()
          .startsWith('<!doctype html')
      )
        return { kind: 'html' };
      // A DOCTYPE with an internal subset contains ">" before its end; the parser handles it properly.
      if (s.startsWith('<!DOCTYPE', pos) && s.indexOf('[', pos) >= 0) return { kind: 'element', name: '' };
      const end = s.indexOf('>', pos + 2);
      if (end < 0) return { kind: 'text' };
      pos = end + 1;
    } else {
      let end = pos + 1;
      while (end < s.length && !/[\s/>]/.test(s[end] as string)) end++;
      const name = s.slice(pos + 1, end);
      return name.toLowerCase() === 'html' ? { kind: 'html' } : { kind: 'element', name };
    }
  }
  return { kind: 'empty' };
}
