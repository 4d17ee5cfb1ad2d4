import type { QuotedRegion } from '../text/quote-pairs.ts';
import type { Token } from '../text/tokenize.ts';
import type { CueMatch } from './cue-match.ts';
import { partsText } from './parts-text.ts';
import type { Cue, Quote, QuoteKind, Span, Speaker } from './types.ts';

/** Shared state while one text is analysed: tokens, quoted regions, and which tokens are already used. */
export interface Work {
  text: string;
  tokens: Token[];
  regions: QuotedRegion[];
  /** 1 where a token is a cue already attributed, so no second reading claims it. */
  used: Uint8Array;
  quotes: Quote[];
  /** Direct quotes in text order, once the direct reader has run, so later readers can find a trailer's speaker. */
  direct?: Quote[];
}

/** Builds the public cue from a match. */
export function cueOf(work: Work, match: CueMatch): Cue {
  const start = work.tokens[match.first]!.start;
  const end = work.tokens[match.end - 1]!.end;
  return {
    start,
    end,
    text: work.text.slice(start, end),
    lemma: match.entry.lemma,
    stance: match.entry.stance,
  };
}

/** Decides direct/mixed/indirect from the quoted regions inside a content span. */
export function kindOf(work: Work, firstToken: number, endToken: number): QuoteKind {
  let quoted = 0;
  let plain = 0;
  for (let i = firstToken; i < endToken; i++) {
    const t = work.tokens[i]!;
    if (t.kind === 'quote') continue;
    if (t.quote >= 0) quoted++;
    else if (t.kind === 'word') plain++;
  }
  if (quoted === 0) return 'indirect';
  return plain === 0 ? 'direct' : 'mixed';
}

/** Records one quote; content runs over tokens [first, end). */
export function emitSpan(work: Work, first: number, end: number, cue: Cue, speaker: Speaker): Quote | null {
  if (end - first < 2) return null;
  const start = work.tokens[first]!.start;
  const stop = work.tokens[end - 1]!.end;
  const quote: Quote = {
    start,
    end: stop,
    text: work.text.slice(start, stop),
    kind: kindOf(work, first, end),
    cue,
    speaker,
    confidence: 0,
  };
  work.quotes.push(quote);
  return quote;
}

/** Records a direct quote from a quoted region. */
export function emitRegion(work: Work, region: QuotedRegion, cue: Cue, speaker: Speaker): Quote {
  const parts: Span[] = region.parts.filter((p) => p.end > p.start);
  const first = parts[0] ?? { start: 0, end: 0 };
  const last = parts[parts.length - 1] ?? first;
  const quote: Quote = {
    start: first.start,
    end: last.end,
    text: partsText(work.text, parts),
    kind: 'direct',
    cue,
    speaker,
    confidence: 0,
  };
  if (parts.length > 1) quote.parts = parts;
  work.quotes.push(quote);
  return quote;
}

/** Extends a direct quote with one more quoted region (its next part). */
export function appendRegion(work: Work, quote: Quote, region: QuotedRegion): void {
  // Parts are pushed in place and the text joined once at the end (see joinParts), keeping long runs linear.
  const parts = quote.parts ?? (quote.parts = [{ start: quote.start, end: quote.end }]);
  for (const p of region.parts) if (p.end > p.start) parts.push(p);
  quote.end = parts[parts.length - 1]!.end;
}

/** Sets the text of a quote in several parts: its parts joined by an ellipsis (see partsText). */
export function joinParts(work: Work, quote: Quote): void {
  if (quote.parts) quote.text = partsText(work.text, quote.parts);
}
