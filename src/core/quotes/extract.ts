import { pairQuotes } from '../text/quote-pairs.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokenize.ts';
import { findAskedClauses } from './asked-clause.ts';
import { findBulletLists } from './bullet-list.ts';
import { findDirectQuotes } from './direct.ts';
import { dropWrongFronted } from './fronted-content.ts';
import { joinParts, type Work } from './emit.ts';
import { findHeadlineColon } from './headline-colon.ts';
import { findIndirectQuotes } from './indirect.ts';
import { findInterviewAnswers } from './interview.ts';
import { findNominalQuotes } from './nominal.ts';
import { findPassiveQuotes } from './passive-by.ts';
import { findPollSources } from './poll-source.ts';
import { scoreQuotes } from './score-quotes.ts';
import { mayHoldSpeech } from './sentence-gate.ts';
import { buildSpeakerContext } from './speaker-resolver.ts';
import type { Quote } from './types.ts';

/** Options for {@link extractQuotes}. */
export interface ExtractOptions {
  /** Longest text analysed, in UTF-16 units; the rest is ignored so a hostile page cannot stall the reader. */
  maxLength?: number;
  /** Whether to report indirect (reported) speech as well as direct and mixed quotes; default true. */
  indirect?: boolean;
}

// Article text is far shorter; a longer page is analysed up to this length so the reader is never stalled.
const DEFAULT_MAX_LENGTH = 1_000_000;

/**
 * Finds the attributed quotes in a plain text, with their cues, resolved speakers and confidence, in text order.
 * Pure and linear in the length of the text. Every reading is returned; {@link confidentQuotes} keeps those
 * worth reporting.
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Quote[] {
  const input =
    text.length > (options.maxLength ?? DEFAULT_MAX_LENGTH)
      ? text.slice(0, options.maxLength ?? DEFAULT_MAX_LENGTH)
      : text;
  const tokens = tokenize(input);
  const regions = pairQuotes(tokens, input);
  const sentences = splitSentences(tokens);
  const ctx = buildSpeakerContext(input, tokens, sentences);
  const work: Work = { text: input, tokens, regions, used: new Uint8Array(tokens.length), quotes: [] };
  findDirectQuotes(work, ctx, sentences);
  for (const q of work.quotes) joinParts(work, q);
  work.direct = work.quotes.filter((q) => q.kind === 'direct').sort((a, b) => a.cue.start - b.cue.start);
  findInterviewAnswers(work, ctx, sentences);
  if (options.indirect !== false) {
    for (const sentence of sentences) {
      if (!mayHoldSpeech(tokens, sentence)) continue;
      // Nominal cues go first: a possessor before "claims" or "calls" makes it a noun, not a verb.
      findNominalQuotes(work, ctx, sentence);
      findAskedClauses(work, ctx, sentence);
      findPassiveQuotes(work, ctx, sentence);
      findIndirectQuotes(work, ctx, sentence);
      findHeadlineColon(work, ctx, sentence);
      findPollSources(work, ctx, sentence);
    }
    findBulletLists(work, ctx, sentences);
  }
  const sentenceEnds = sentences.map((s) => tokens[s.end - 1]?.end ?? input.length);
  const sorted = work.quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  return scoreQuotes(
    input,
    dropWrongFronted(
      input,
      dropDuplicates(sorted, input),
      (offset) => sentenceEnds[endingAfter(sentenceEnds, offset)] ?? input.length,
    ),
  );
}

// A quoted fragment inside reported speech belongs to that mixed quote; identical spans are reported once.
// A cue inside a denied clause is part of what is denied: in "The Kremlin denied that Mr Putin had agreed to a
// ceasefire", Putin is not quoted agreeing to anything, the Kremlin is quoted denying it. A claim the denied
// clause names as someone's ("rejected Mr Trump's claim that …", "claims by agencies that …") stays theirs.
function dropDuplicates(sorted: Quote[], text: string): Quote[] {
  const kept: Quote[] = [];
  let mixedEnd = -1;
  let reported: { start: number; end: number } | null = null;
  let last: Quote | null = null;
  for (const q of sorted) {
    if (last && last.start === q.start && last.end === q.end) continue;
    if (q.kind === 'direct' && !q.parts && q.end <= mixedEnd) continue;
    if (q.kind === 'indirect' && reported && isDeniedReport(q, reported, text)) continue;
    if (q.kind === 'mixed') mixedEnd = Math.max(mixedEnd, q.end);
    if (q.kind !== 'direct' && q.cue.stance === 'deny' && (!reported || q.end > reported.end)) {
      reported = { start: q.start, end: q.end };
    }
    kept.push(q);
    last = q;
  }
  return kept;
}

function isDeniedReport(q: Quote, denied: { start: number; end: number }, text: string): boolean {
  const mention = q.speaker?.mention;
  if (q.cue.start < denied.start || q.cue.end > denied.end) return false;
  if (!mention || mention.start < denied.start || mention.end > q.cue.start) return false;
  return !/['’]s?$/.test(text.slice(mention.start, mention.end));
}

// Index of the first sentence ending after an offset (binary search over ascending ends).
function endingAfter(ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
