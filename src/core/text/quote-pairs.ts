import { isLetterAt, isSpaceAt } from './char-class.ts';
import type { Token } from './tokenize.ts';
import type { Span } from '../quotes/types.ts';

/** A quoted region: its marks, and the content of each paragraph it spans (several in news style). */
export interface QuotedRegion {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the region ends at a paragraph end without one. */
  close: number;
  /** Content spans, one per paragraph, inside the marks. */
  parts: Span[];
  /** True for regions marked with single quotes. */
  single: boolean;
}

type Role = 'open' | 'close' | 'either' | 'none';

const OPENERS = new Set(['“', '„', '«']);
const SINGLE_MARKS = new Set(["'", '‘', '’', '‹', '›']);
const CLOSERS = new Set(['”', '»']);

function isSpaceOrStart(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 40 || c === 91 || c === 0x2014 || isSpaceAt(text, at);
}

const isLetter = isLetterAt;
const CLOSING_PUNCTUATION = new Set([',', '.', '!', '?']);

// Decides from the characters around a mark whether it can open or close, as Markdown's flanking rules do.
function roleOf(token: Token, text: string): Role {
  const mark = token.text;
  const before = token.start - 1;
  const after = token.end;
  if (OPENERS.has(mark)) return 'open';
  if (CLOSERS.has(mark)) return 'close';
  const spaceBefore = isSpaceOrStart(text, before);
  const spaceAfter = isSpaceOrStart(text, after);
  if (mark === '"') {
    if (spaceBefore && !spaceAfter) return 'open';
    if (!spaceBefore && spaceAfter) return 'close';
    if (spaceBefore && spaceAfter) {
      // `… and say, 'Well done,' " said Russell`: style sets a space between a single mark and the double one
      // outside it (`" 'Fine' is all`); `… doing this, " Trump said`: a stray space after closing punctuation.
      if (SINGLE_MARKS.has(text.charAt(after + 1)) && text.charAt(after) === ' ') return 'open';
      const last = text.charAt(before - 1);
      if ((SINGLE_MARKS.has(last) || CLOSING_PUNCTUATION.has(last)) && text.charAt(before) === ' ')
        return 'close';
    }
    return spaceBefore ? 'none' : 'either';
  }
  // Single marks double as apostrophes: "don't", "Jones' plan", "'90s".
  if (isLetter(text, before) && isLetter(text, after)) return 'none';
  if (mark === '‘' || mark === "'")
    return spaceBefore && !spaceAfter ? 'open' : !spaceBefore && spaceAfter ? 'close' : 'none';
  if (mark === '’')
    return !spaceBefore && !isLetter(text, before - 1) ? 'close' : spaceBefore ? 'none' : 'close';
  return 'none';
}

/**
 * Pairs quote marks in one linear pass and stamps each token inside a region with the region's index;
 * a region left open at a paragraph end continues when the next paragraph opens with a mark.
 */
export function pairQuotes(tokens: Token[], text: string): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let open = -1; // token index of the pending double opening mark
  let partStart = 0;
  let parts: Span[] = [];
  let pendingAcrossBreak = false;
  let singleOpen = -1;
  const finish = (close: number, endOffset: number) => {
    parts.push({ start: partStart, end: endOffset });
    regions.push({ open, close, parts, single: false });
    for (let i = open + 1; i < (close < 0 ? tokens.length : close); i++) {
      const t = tokens[i];
      if (!t || t.start >= endOffset) break;
      t.quote = regions.length - 1;
    }
    open = -1;
    parts = [];
    pendingAcrossBreak = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      singleOpen = -1;
      if (open >= 0 && !pendingAcrossBreak) {
        parts.push({ start: partStart, end: lastContentEnd(tokens, i, partStart) });
        pendingAcrossBreak = true;
      }
      continue;
    }
    if (pendingAcrossBreak) {
      // The paragraph after an unclosed quote: it continues the quote only if it opens with a mark.
      if (t.kind === 'quote' && !SINGLE_MARKS.has(t.text) && roleOf(t, text) !== 'close') {
        partStart = t.end;
        pendingAcrossBreak = false;
        continue;
      }
      const last = parts.pop()!;
      finish(-1, last.end);
    }
    if (t.kind !== 'quote') continue;
    const single = SINGLE_MARKS.has(t.text);
    const role = roleOf(t, text);
    if (role === 'none') continue;
    if (single) {
      if (open >= 0) continue; // single marks inside a double-quoted region are part of its content
      if (role === 'open' || (role === 'either' && singleOpen < 0)) singleOpen = i;
      else if (singleOpen >= 0 && i > singleOpen + 1) {
        const region: QuotedRegion = {
          open: singleOpen,
          close: i,
          parts: [{ start: tokens[singleOpen]!.end, end: t.start }],
          single: true,
        };
        regions.push(region);
        for (let k = singleOpen + 1; k < i; k++) tokens[k]!.quote = regions.length - 1;
        singleOpen = -1;
      }
      continue;
    }
    if (open < 0) {
      if (role === 'open' || role === 'either') {
        open = i;
        partStart = t.end;
        singleOpen = -1;
      }
    } else if (role === 'close' || role === 'either') {
      finish(i, t.start);
    } else {
      // Two openers in a row: the first was stray; restart from this one.
      open = i;
      partStart = t.end;
      parts = [];
    }
  }
  if (open >= 0) {
    if (!pendingAcrossBreak)
      parts.push({ start: partStart, end: lastContentEnd(tokens, tokens.length, partStart) });
    const last = parts.pop()!;
    finish(-1, last.end);
  }
  return regions;
}

function lastContentEnd(tokens: Token[], breakIndex: number, fallback: number): number {
  const prev = tokens[breakIndex - 1];
  return prev && prev.end > fallback ? prev.end : fallback;
}
