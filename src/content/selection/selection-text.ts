import { limits } from '../../shared/limits.ts';

/** A reader's selection as Counterclaim sends it: the text, its surroundings and, when known, its article span. */
export interface SelectionText {
  text: string;
  /** The paragraph(s) around the selection, holding `text` verbatim, so the background can guess the speaker. */
  context: string;
  /** Offsets in the article text, or null when the selection is not in it. */
  span: { start: number; end: number } | null;
}

/** Characters of context kept on each side: the context as a whole stays within the background's cap. */
const contextSide = limits.selectionChars;

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0;

/** Narrows [start, end) so it neither starts nor ends in whitespace (a triple click takes the paragraph break too). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, start);
  let to = Math.min(text.length, end);
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to > from ? { start: from, end: to } : null;
}

/** A span of the article text with the paragraphs around it (blocks are joined by blank lines), capped. */
export function articleSelection(article: string, start: number, end: number): SelectionText | null {
  const span = trimSpan(article, start, end);
  if (!span) return null;
  const lower = Math.max(0, span.start - contextSide);
  const upper = Math.min(article.length, span.end + contextSide);
  const before = article.lastIndexOf('\n\n', span.start);
  const after = article.indexOf('\n\n', span.end);
  const from = before >= lower ? before + 2 : lower;
  const to = after !== -1 && after <= upper ? after : upper;
  return { text: article.slice(span.start, span.end), context: article.slice(from, to), span };
}

/** A selection outside the article text: its own words, whitespace collapsed, as text and context. */
export function looseSelection(raw: string): SelectionText | null {
  // Bounded before the regex so a select-all of a huge page costs little.
  const text = raw
    .slice(0, limits.selectionChars * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? { text, context: text, span: null } : null;
}

/** The message for a selection Counterclaim will not take, or null when it is fine. */
export function refusal(selection: SelectionText): string | null {
  const max = limits.selectionChars.toLocaleString('en');
  return selection.text.length > limits.selectionChars
    ? `Selections of more than ${max} characters cannot be checked or saved. Select a shorter passage.`
    : null;
}
