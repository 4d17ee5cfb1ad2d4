/** Inline formatting that a page does not hide on its own; checking its style would only cost time. */
const FORMATTING: ReadonlySet<string> = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SMALL',
  'SUB',
  'SUP',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'BR',
  'WBR',
  'U',
  'S',
  'MARK',
  'CODE',
  'BDI',
  'BDO',
  'DFN',
  'KBD',
  'VAR',
]);

/** A block this small (CSS pixels) that clips its content shows nothing (the "visually hidden" pattern). */
const TINY = 1;

/**
 * Whether the page's styles hide an element from the reader: `display: none`, `visibility: hidden`,
 * `content-visibility: hidden`, or a block of no size that clips what it holds. The reading walks top-down and
 * skips a hidden subtree whole, so each element's own computed style is enough: one lookup per element, none per
 * text node, on a page whose layout is already done.
 */
export function hiddenByStyle(el: Element): boolean {
  if (FORMATTING.has(el.tagName.toUpperCase())) return false;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  if (style.contentVisibility === 'hidden') return true;
  const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  if (!clips || style.display === 'contents' || !(el instanceof HTMLElement)) return false;
  return el.offsetWidth <= TINY || el.offsetHeight <= TINY;
}
