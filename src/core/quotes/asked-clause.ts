import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { cueOf, emitSpan, type Work } from './emit.ts';
import { phraseAfter } from './speaker-after.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';
import type { Speaker } from './types.ts';

// Words that open the question put to someone: "Asked whether he would run, …".
const QUESTION_WORDS = new Set(['whether', 'if', 'what', 'why', 'how', 'which', 'who', 'where']);
// Before "asked", these make it a participle ("Asked …", "when asked …", "…, asked …"), not a finite verb.
const OPENERS = new Set(['when', 'after', 'once', 'if', 'as', ',', 'and', 'but']);
// A short adverbial may come between: "Asked on Monday whether", "asked during a January debate why".
const MAX_GAP = 6;
const MAX_QUESTION = 40;
const UNKNOWN: Speaker = { name: 'unknown', kind: 'unknown', mention: null };

// The question's end: the first comma, dash or terminal outside quotes, or the sentence end.
function questionEnd(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k < from + MAX_QUESTION) {
    const t = tokens[k]!;
    if (t.quote < 0 && t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") break;
    k++;
  }
  return k;
}

/** Finds the question in "Asked whether he would run, Smith said …" (its asker, when named, after "by"). */
export function findAskedClauses(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens } = work;
  for (let i = sentence.first; i < sentence.end - 2; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'asked' || t.quote >= 0 || work.used[i]) continue;
    const before = tokens[i - 1];
    if (i > sentence.first && (!before || !OPENERS.has(before.lower))) continue;
    let k = i + 1;
    let asker = null;
    if (tokens[k]?.lower === 'by') {
      asker = phraseAfter(tokens, k + 1, sentence.end);
      if (asker) k = asker.end;
    }
    const gapEnd = Math.min(sentence.end, k + MAX_GAP);
    while (
      k < gapEnd &&
      tokens[k]!.kind === 'word' &&
      tokens[k]!.quote < 0 &&
      !QUESTION_WORDS.has(tokens[k]!.lower)
    )
      k++;
    if (k >= sentence.end || !QUESTION_WORDS.has(tokens[k]!.lower)) continue;
    const end = questionEnd(tokens, k, sentence.end);
    if (end - k < 3) continue;
    const cue = cueOf(work, { first: i, end: i + 1, entry: { lemma: 'ask', stance: 'assert', frame: 'q' } });
    work.used[i] = 1;
    emitSpan(work, k, end, cue, asker ? resolveSpeaker(ctx, asker) : UNKNOWN);
    i = end - 1;
  }
}
