import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { emitSpan, type Work } from './emit.ts';
import type { SpeakerContext } from './speaker-resolver.ts';

// Nouns that make "in <noun phrase>" a source of the clause: "In a CNN poll released Monday, Clinton led …".
export const SOURCE_HEADS = new Set(['poll', 'polls', 'survey', 'surveys']);
const MAX_SOURCE_TOKENS = 12;
const MIN_CONTENT_WORDS = 3;
const OPENERS = new Set(['but', 'and', 'yet', 'still']);
// Words after which the sentence goes on past the source: "… in national polls and held a strong position".
const LINKS = new Set([
  'and',
  'but',
  'while',
  'although',
  'though',
  'because',
  'as',
  'where',
  'which',
  'who',
  'that',
]);

const wordsIn = (tokens: Token[], first: number, end: number) => {
  let n = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.kind === 'word') n++;
  return n;
};

// The source phrase after "in": plain words (no quote, no clause punctuation) up to a poll or survey noun and
// the modifiers after it ("released Monday"); returns the exclusive end, or -1 when no such noun comes.
function sourceEnd(tokens: Token[], from: number, limit: number): number {
  let head = -1;
  let k = from;
  for (; k < limit && k < from + MAX_SOURCE_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.kind === 'quote' || t.kind === 'break') break;
    if (t.kind === 'punct' && t.text !== '/' && t.text !== '-' && t.text !== '’s') break;
    if (head >= 0 && (LINKS.has(t.lower) || k > head + 4)) break;
    if (SOURCE_HEADS.has(t.lower)) head = k;
  }
  return head < 0 ? -1 : k;
}

/**
 * Finds clauses attributed to a poll or survey by a prepositional phrase: "In a CNN poll, Clinton led by 24
 * points" and "Trump is ahead in the latest polls". PARC-style annotation counts these as attributions.
 */
export function findPollSources(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens } = work;
  for (let i = sentence.first; i < sentence.end; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'in' || t.quote >= 0 || work.used[i]) continue;
    const end = sourceEnd(tokens, i + 1, sentence.end);
    if (end < 0) continue;
    let opening = true;
    for (let k = sentence.first; k < i && opening; k++) {
      opening = tokens[k]!.kind !== 'word' || OPENERS.has(tokens[k]!.lower);
    }
    let first: number;
    let last: number;
    if (opening) {
      if (tokens[end]?.text !== ',') return;
      first = end + 1;
      last = sentence.end;
      for (let k = first; k < sentence.end; k++) if (tokens[k]!.text === ';') last = Math.min(last, k);
    } else {
      const next = tokens[end];
      if (next && !LINKS.has(next.lower) && next.text !== '.' && next.text !== ',' && next.text !== ';')
        return;
      first = sentence.first;
      while (first < i && tokens[first]!.kind !== 'word') first++;
      last = i;
    }
    while (last > first && tokens[last - 1]!.kind === 'punct') last--;
    if (wordsIn(tokens, first, last) < MIN_CONTENT_WORDS || overlapsQuote(work, first, last)) return;
    const mention = { start: tokens[i + 1]!.start, end: tokens[end - 1]!.end };
    const name = ctx.text.slice(mention.start, mention.end).replace(/^(the|a|an)\s+/i, '');
    const cue = {
      start: t.start,
      end: t.end,
      text: t.text,
      lemma: 'according to',
      stance: 'assert' as const,
    };
    for (let k = i; k < end; k++) work.used[k] = 1;
    emitSpan(work, first, last, cue, { name, kind: 'organization', mention });
    return;
  }
}

// A clause that already belongs to a quote of this sentence is not reported twice.
function overlapsQuote(work: Work, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (work.used[k]) return true;
  const start = work.tokens[first]!.start;
  const stop = work.tokens[last - 1]!.end;
  // Quotes of the current sentence were pushed last, so only the tail of the list can overlap.
  for (let q = work.quotes.length - 1; q >= 0 && q >= work.quotes.length - 8; q--) {
    const quote = work.quotes[q]!;
    if (quote.start < stop && start < quote.end) return true;
  }
  return false;
}
