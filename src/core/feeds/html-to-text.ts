import { decodeEntities } from './html-entities.ts';

/** Plain text of an HTML fragment: the paragraphs, and the same joined by blank lines. */
export interface HtmlText {
  text: string;
  paragraphs: string[];
}

/** Caps of htmlToText: input read, text produced, paragraphs produced. */
export interface HtmlToTextLimits {
  maxInputChars: number;
  maxOutputChars: number;
  maxParagraphs: number;
}

/** Defaults: a feed body is read up to 2 M characters and gives at most 200,000 characters of text. */
export const DEFAULT_HTML_TO_TEXT_LIMITS: HtmlToTextLimits = {
  maxInputChars: 2_000_000,
  maxOutputChars: 200_000,
  maxParagraphs: 2_000,
};

// Elements whose start or end is a paragraph break.
// prettier-ignore
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

// Elements whose content is not reading text; skipped up to their end tag.
// prettier-ignore
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'select',
  'textarea', 'button',
]);

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function readTagName(s: string, from: number): string {
  let end = from;
  while (end < s.length) {
    const c = s.charCodeAt(end);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58)) break;
    end++;
  }
  return s.slice(from, end).toLowerCase();
}

// End of a start tag: the first ">" outside quoted attribute values.
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return s.length;
}

// Start of the end tag of a skipped element, matched without regard to case; the text's end if there is none.
function closingTag(s: string, name: string, from: number): number {
  let i = s.indexOf('</', from);
  while (i >= 0) {
    if (
      s.slice(i + 2, i + 2 + name.length).toLowerCase() === name &&
      !isLetter(s.charCodeAt(i + 2 + name.length))
    ) {
      return i;
    }
    i = s.indexOf('</', i + 2);
  }
  return s.length;
}

/**
 * Turns an HTML fragment (a feed's content:encoded body) into plain-text paragraphs without a DOM: block
 * elements and double <br> break paragraphs, entities are decoded, scripts and styles dropped, sizes capped.
 * One forward scan with indexOf, so hostile markup costs linear time.
 */
export function htmlToText(html: string, limits: HtmlToTextLimits = DEFAULT_HTML_TO_TEXT_LIMITS): HtmlText {
  const s = html.length > limits.maxInputChars ? html.slice(0, limits.maxInputChars) : html;
  const paragraphs: string[] = [];
  let current = '';
  let breaks = 0;
  let total = 0;
  const full = () => total >= limits.maxOutputChars || paragraphs.length >= limits.maxParagraphs;
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p && !full()) {
      const room = limits.maxOutputChars - total;
      paragraphs.push(p.length > room ? p.slice(0, room) : p);
      total += Math.min(p.length, room);
    }
    current = '';
    breaks = 0;
  };
  const addText = (raw: string) => {
    if (raw.trim() === '') {
      current += ' ';
      return;
    }
    if (breaks >= 2) flush();
    else if (breaks === 1) current += ' ';
    breaks = 0;
    current += decodeEntities(raw);
    if (current.length > limits.maxOutputChars) flush();
  };

  let pos = 0;
  while (pos < s.length && !full()) {
    const lt = s.indexOf('<', pos);
    if (lt < 0) {
      addText(s.slice(pos));
      break;
    }
    if (lt > pos) addText(s.slice(pos, lt));
    const next = s.charCodeAt(lt + 1);
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      pos = end < 0 ? s.length : end + 3;
    } else if (next === 33 || next === 63 /* <! <? */) {
      const end = s.indexOf('>', lt + 2);
      pos = end < 0 ? s.length : end + 1;
    } else if (next === 47 && isLetter(s.charCodeAt(lt + 2))) {
      if (BLOCKS.has(readTagName(s, lt + 2))) flush();
      const end = s.indexOf('>', lt + 2);
      pos = end < 0 ? s.length : end + 1;
    } else if (isLetter(next)) {
      const name = readTagName(s, lt + 1);
      const end = tagEnd(s, lt + 1 + name.length);
      pos = end + 1;
      if (SKIPPED.has(name)) {
        const close = closingTag(s, name, pos);
        pos = close >= s.length ? s.length : tagEnd(s, close) + 1;
      } else if (name === 'br') breaks++;
      else if (BLOCKS.has(name)) flush();
    } else {
      addText('<'); // a lone "<" in text, as in "x < y"
      pos = lt + 1;
    }
  }
  flush();
  return { text: paragraphs.join('\n\n'), paragraphs };
}
