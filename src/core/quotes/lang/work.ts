import type { QuotedRegion } from '../../text/quote-pairs.ts';
import { partsText } from '../parts-text.ts';
import type { Cue, Quote, QuoteKind, Span, Speaker } from '../types.ts';
import type { Reader } from './phrases.ts';
import type { Speakers } from './speakers.ts';

/** The state of one reading: the text, its quoted regions, the people named, and the quotes found so far. */
export interface LangWork extends Reader {
  regions: QuotedRegion[];
  speakers: Speakers;
  /** Paragraph index of each token. */
  paragraphOf: Int32Array;
  quotes: Quote[];
}

const TERMINALS = new Set(['.', '!', '?', '…', ';']);

/** True when token `k` ends a sentence: a terminal that is not the period of a title ("Sra."). */
export function isTerminal(w: LangWork, k: number): boolean {
  const t = w.tokens[k];
  if (!t) return true;
  if (t.kind === 'break') return true;
  if (t.kind !== 'punct' || !TERMINALS.has(t.text)) return false;
  const before = w.tokens[k - 1];
  return !(t.text === '.' && before && w.pack.titles.has(before.text + '.'));
}

/** Paragraph index of every token, counted at paragraph breaks. */
export function paragraphsOf(w: Reader): Int32Array {
  const out = new Int32Array(w.tokens.length);
  let p = 0;
  w.tokens.forEach((t, i) => {
    if (t.kind === 'break') p++;
    out[i] = p;
  });
  return out;
}

// Spaces inside French guillemets (often no-break or thin) are not part of what was said.
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s.,;:]/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Records a quote made of one or more spans of the original text, shown as its parts joined by " … ". */
export function emitParts(
  w: LangWork,
  spans: Span[],
  kind: QuoteKind,
  cue: Cue,
  speaker: Speaker,
): Quote | null {
  const parts = spans.map((s) => trimmed(w.text, s)).filter((s) => s.end > s.start);
  if (parts.length === 0) return null;
  const quote: Quote = {
    start: parts[0]!.start,
    end: parts[parts.length - 1]!.end,
    text: partsText(w.text, parts),
    kind,
    cue,
    speaker,
    confidence: 0,
  };
  if (parts.length > 1) quote.parts = parts;
  w.quotes.push(quote);
  return quote;
}

/** Direct, mixed or indirect, from how many of the words in tokens [first, end) are quoted. */
export function kindOf(w: LangWork, first: number, end: number): QuoteKind {
  let quoted = 0;
  let plain = 0;
  for (let i = first; i < end; i++) {
    const t = w.tokens[i]!;
    if (t.kind !== 'word') continue;
    if (t.quote >= 0) quoted++;
    else plain++;
  }
  if (quoted === 0) return 'indirect';
  return plain === 0 ? 'direct' : 'mixed';
}
