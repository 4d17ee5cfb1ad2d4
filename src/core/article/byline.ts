import { chromeHint, tagOf } from './exclusion.ts';
import { cleanText } from './meta-tags.ts';

/** Elements that hold just an author's name, tried before whole bylines ("By Ana Ruiz · May 20"). */
const NAME_SELECTOR = '[rel~="author"], [itemprop~="author"], .author-name, .byline__name';
const BYLINE_SELECTOR = '.byline, .author, [class*="byline"]';
const BYLINE_PREFIXES = ['by ', 'بقلم:', 'بقلم ', 'מאת '];
/** Lower-case words that belong inside a name ("Ludwig van Beethoven", "Ana de la Cruz"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'y',
  'e',
]);
const MAX_NAME_WORDS = 6;
/** Job titles that follow a name in a byline ("Sam Lee, Chief Football Writer"): a title, not a second author. */
const JOB_WORDS =
  /\b(?:writer|correspondent|editor|reporter|columnist|contributor|producer|analyst|photographer|staff|desk|bureau|chief|senior|political|news)\b/i;
/** A name's word: a capital (any script with case), or a letter of a script without case, then letters. */
const NAME_WORD = /^(?:\p{Lu}\.?|\p{Lu}[\p{L}\p{M}'’-]*\p{L}|\p{Lo}[\p{L}\p{M}'’-]*)$/u;
/**
 * NAME_WORD for a word of ASCII letters alone, where a capital is A-Z and a letter a-z or A-Z. A regex of Unicode
 * properties costs the page milliseconds to compile on every reading; most bylines never need it.
 */
const ASCII_NAME_WORD = /^(?:[A-Z]\.?|[A-Z][A-Za-z'-]*[A-Za-z])$/;
const NOT_ASCII = /[^\0-\x7f]/;

/** Whether one word is shaped like a word of a name (NAME_WORD), by the cheap test where it gives the same answer. */
export const isNameWord = (word: string): boolean =>
  NOT_ASCII.test(word) ? NAME_WORD.test(word) : ASCII_NAME_WORD.test(word);

/**
 * Whether a string is shaped like a person's or an organisation's name: a few capitalised words, no digits, no
 * sentence punctuation. A comment-policy box ("substantive", "civil conversation. Abusive") is not.
 */
export function isNameShaped(value: string): boolean {
  const words = value.split(' ');
  if (value.length < 2 || value.length > 80 || words.length > MAX_NAME_WORDS) return false;
  if (!words.some(isNameWord)) return false;
  return words.every((w) => isNameWord(w) || PARTICLES.has(w));
}

/** Names in one byline text: "By Ana Ruiz and Tom Lee · May 20" → ["Ana Ruiz", "Tom Lee"]. */
function bylineNames(text: string, out: string[]): void {
  let s = text;
  const prefix = BYLINE_PREFIXES.find((p) => s.toLowerCase().startsWith(p));
  if (prefix !== undefined) s = s.slice(prefix.length);
  for (const stop of ['·', '|', ' - ', ' — ']) s = s.split(stop)[0] ?? '';
  for (const part of s.split(/,| and | & /)) {
    const name = part.trim();
    if (isNameShaped(name) && !JOB_WORDS.test(name) && !out.includes(name)) out.push(name);
  }
}

/** Whether an element sits in chrome beside the story (a rail, comments, a footer) rather than around it. */
function besideStory(el: Element, storyRoot: Element | null): boolean {
  for (let a = el.parentElement; a !== null; a = a.parentElement) {
    const tag = tagOf(a);
    if (tag === 'BODY' || tag === 'HTML') return false;
    // An article's own <header> holds its byline; a chrome mark on a block that holds the story is no mark.
    if (tag === 'HEADER' || (storyRoot !== null && a.contains(storyRoot))) continue;
    if (chromeHint(a) !== null && !/byline|author|meta/i.test(a.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * Authors named in the byline markup: the first byline near the story (never other columnists in a rail, nor a
 * comment box), name elements first, else whole bylines, each name shape-checked.
 */
export function bylineAuthors(doc: Document, storyRoot: Element | null): string[] {
  for (const selector of [NAME_SELECTOR, BYLINE_SELECTOR]) {
    const out: string[] = [];
    const els = doc.querySelectorAll(selector);
    let first: Element | null = null;
    for (let i = 0; i < els.length && i < 50; i++) {
      const el = els[i];
      if (el === undefined || besideStory(el, storyRoot)) continue;
      // One byline: names after the first count only when they sit in the same block.
      if (first !== null && !(first.parentElement?.contains(el) ?? false)) break;
      const before = out.length;
      const text = cleanText(el.textContent, 200);
      if (text !== null) bylineNames(text, out);
      if (first === null && out.length > before) first = el;
    }
    if (out.length > 0) return out.slice(0, 10);
  }
  return [];
}
