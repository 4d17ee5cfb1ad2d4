import { extractQuotes, type Quote } from '../quotes/index.ts';
import type { Steps } from '../article/index.ts';

/**
 * Article text analysed in one task. A news story of 1,500 words (about 9,000 characters) is read in one go,
 * exactly as the extractor reads it; a long read is cut into slices of whole blocks so no task grows long.
 */
const sliceChars = 12_000;
/** Text read before a slice (whole blocks), so a speaker named a few paragraphs earlier is still known. */
const leadChars = 3_000;
/** Text read after a slice, so a quote that begins in the slice and runs on into the next block is whole. */
const trailChars = 1_500;

/** One slice of the article text: the quotes starting in [own, ownEnd) are taken from the text [from, to). */
export interface TextSlice {
  own: number;
  ownEnd: number;
  from: number;
  to: number;
}

/** Cuts a text of `length` characters made of `blocks` into slices of whole blocks, each with some context around it. */
export function planSlices(blocks: readonly { start: number; end: number }[], length: number): TextSlice[] {
  if (length <= sliceChars || blocks.length <= 1) return [{ own: 0, ownEnd: length, from: 0, to: length }];
  const slices: TextSlice[] = [];
  let own = 0;
  let first = 0;
  for (let i = 0; i < blocks.length; i++) {
    const isLast = i === blocks.length - 1;
    if (!isLast && blocks[i]!.end - own < sliceChars) continue;
    const ownEnd = isLast ? length : blocks[i]!.end;
    let lead = first;
    while (lead > 0 && own - blocks[lead - 1]!.start <= leadChars) lead--;
    let trail = i;
    while (trail + 1 < blocks.length && blocks[trail + 1]!.end - ownEnd <= trailChars) trail++;
    slices.push({
      own,
      ownEnd,
      from: Math.min(own, blocks[lead]!.start),
      to: Math.max(ownEnd, blocks[trail]!.end),
    });
    own = ownEnd;
    first = i + 1;
  }
  return slices;
}

const shiftSpan = <T extends { start: number; end: number }>(span: T, by: number): T => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});

/** A quote found in a slice, moved to offsets in the whole text. */
function shiftQuote(quote: Quote, by: number): Quote {
  if (by === 0) return quote;
  const moved: Quote = {
    ...shiftSpan(quote, by),
    cue: shiftSpan(quote.cue, by),
    speaker: { ...quote.speaker, mention: quote.speaker.mention && shiftSpan(quote.speaker.mention, by) },
  };
  if (quote.parts) moved.parts = quote.parts.map((part) => shiftSpan(part, by));
  return moved;
}

/**
 * A slice knows only the names of its own neighbourhood: a person named in full early in a long read and by
 * surname alone much later gets the full name back from the quotes already found.
 */
function restoreFullNames(quotes: Quote[]): Quote[] {
  const full = new Map<string, string>();
  return quotes.map((quote) => {
    const { name, kind } = quote.speaker;
    if (kind !== 'person') return quote;
    const space = name.lastIndexOf(' ');
    if (space > 0) {
      full.set(name.slice(space + 1), name);
      return quote;
    }
    const known = full.get(name);
    return known ? { ...quote, speaker: { ...quote.speaker, name: known } } : quote;
  });
}

/** The phase each slice of quote finding runs in, one task per slice. */
export const EXTRACT_PHASE = 'extract-quotes';

/** Finds the quotes of an article slice by slice, each slice a phase of its own, in text order. */
export function* findQuotesSteps(
  text: string,
  blocks: readonly { start: number; end: number }[],
  extract: (text: string) => Quote[] = extractQuotes,
): Steps<Quote[]> {
  const slices = planSlices(blocks, text.length);
  const quotes: Quote[] = [];
  for (const slice of slices) {
    yield EXTRACT_PHASE;
    const found = extract(
      slice.from === 0 && slice.to === text.length ? text : text.slice(slice.from, slice.to),
    );
    for (const quote of found) {
      const start = quote.start + slice.from;
      if (start >= slice.own && start < slice.ownEnd) quotes.push(shiftQuote(quote, slice.from));
    }
  }
  return slices.length > 1 ? restoreFullNames(quotes) : quotes;
}
