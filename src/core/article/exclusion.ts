import {
  CHROME_ROLES,
  CHROME_TAGS,
  LAYOUT_PREFIXES,
  POSITIVE_WORDS,
  SKIP_ROLES,
  SKIP_TAGS,
  STRONG_WORDS,
  WEAK_WORDS,
} from './chrome-words.ts';

const MAX_ATTR_CHARS = 300;
/** An inline height or width of zero (in a style with spaces removed), and an overflow that clips to it. */
const ZERO_SIZE = /(?:^|;)(?:max-)?(?:height|width):0(?:px|em|rem|%)?(?:!important)?(?:;|$)/;
const CLIPPED = /(?:^|;)overflow(?:-[xy])?:(?:hidden|clip)/;

/** Splits a class or id string into lower-case words on spaces, dashes, underscores and camelCase humps. */
export function attributeWords(value: string): string[] {
  const words: string[] = [];
  let word = '';
  const s = value.slice(0, MAX_ATTR_CHARS);
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const lower = c.toLowerCase();
    const isAlnum = (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
    if (!isAlnum) {
      if (word !== '') words.push(word);
      word = '';
    } else if (c !== lower && word !== '' && s.charAt(i - 1).toLowerCase() === s.charAt(i - 1)) {
      // camelCase hump: "adSlot" is "ad" + "slot".
      words.push(word);
      word = lower;
    } else word += lower;
  }
  if (word !== '') words.push(word);
  return words;
}

/**
 * How strongly something about an element says it is page chrome: `strong` (a chrome word or landmark),
 * `weak` (a word like "sidebar" or "more" that prose can overrule), or null.
 */
export type ChromeHint = 'strong' | 'weak' | null;

function hintByWords(value: string | null): ChromeHint {
  if (value === null || value === '') return null;
  const words = attributeWords(value);
  let weak = false;
  let positive = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1];
    if (STRONG_WORDS.has(w) || (next !== undefined && STRONG_WORDS.has(w + next))) return 'strong';
    if (next !== undefined && WEAK_WORDS.has(w + next)) weak = true;
    if (WEAK_WORDS.has(w) && !LAYOUT_PREFIXES.has(words[i - 1] ?? '')) weak = true;
    if (POSITIVE_WORDS.has(w)) positive = true;
  }
  return weak && !positive ? 'weak' : null;
}

/** Whether an element is hidden by markup alone (hidden, aria-hidden, inline display:none / visibility:hidden). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = el.getAttribute('style');
  if (style === null || style === '') return false;
  const compact = style
    .slice(0, MAX_ATTR_CHARS * 4)
    .toLowerCase()
    .split(' ')
    .join('');
  return (
    compact.includes('display:none') ||
    compact.includes('visibility:hidden') ||
    (ZERO_SIZE.test(compact) && CLIPPED.test(compact))
  );
}

/** The element's upper-case tag name, safe for XHTML documents and odd nodes. */
export function tagOf(el: Element): string {
  return typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
}

/**
 * Whether an element's subtree is never story text, whatever the page looks like: scripts, media, controls,
 * widgets, and markup-hidden blocks.
 */
export function isNeverText(el: Element): boolean {
  const tag = tagOf(el);
  if (tag.startsWith('AMP-') && tag !== 'AMP-FIT-TEXT') return true;
  if (tag === 'FIGURE') return el.querySelector('blockquote') === null;
  if (SKIP_TAGS.has(tag)) return true;
  if (isHidden(el)) return true;
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  return role !== '' && SKIP_ROLES.has(role);
}

/**
 * What the element's landmark tag, role, class and id say about it being chrome. Only a hint: a block so marked
 * that holds most of the page's text, or reads as prose, is still the story (see chrome-verdict.ts).
 */
export function chromeHint(el: Element): ChromeHint {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) return 'strong';
  const role = (el.getAttribute('role') ?? '').trim().toLowerCase();
  if (role !== '' && CHROME_ROLES.has(role)) return 'strong';
  // The story's own containers are never marked for a class name (pages use "has-sidebar" on wrappers).
  if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY' || tag === 'HTML') return null;
  const byClass = hintByWords(el.getAttribute('class'));
  if (byClass === 'strong') return byClass;
  const byId = hintByWords(el.getAttribute('id'));
  return byId ?? byClass;
}

/**
 * Whether an element's subtree is skipped when nothing else is known about the page: never text, or marked as
 * chrome. Readings that measured the page first overrule the marks by what the blocks hold.
 */
export function isSkipped(el: Element): boolean {
  return isNeverText(el) || chromeHint(el) !== null;
}
