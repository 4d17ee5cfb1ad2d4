import type { Sentence } from '../text/sentences.ts';
import { isCapitalized } from '../text/tokenize.ts';
import { emitSpan, type Work } from './emit.ts';
import { nameInRun } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';

const MAX_SOURCE_WORDS = 4;
const MIN_CONTENT_WORDS = 3;

// Labels that head a line with a colon but name no speaker: "Update: …", "Watch: …", "Editor's note: …".
const LABELS = new Set(
  `update updated note watch photo photos video videos read related correction corrections source sources live
  breaking exclusive transcript q a editor opinion analysis summary abstract warning advertisement sponsored
  listen more see also ps p.s. tl;dr graphic chart map timeline background context disclosure latest revealed
  contributing explainer recap preview`.split(/\s+/),
);

/**
 * Finds a headline of the form "Source: what they said." standing alone as a paragraph ("Roger Stone: Don't
 * Trust the Voting Machines"), where a short name before the colon is the speaker of the rest.
 */
export function findHeadlineColon(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens } = work;
  const before = tokens[sentence.first - 1];
  const after = tokens[sentence.end];
  if ((before && before.kind !== 'break') || (after && after.kind !== 'break')) return;
  let colon = sentence.first;
  while (colon < sentence.end && colon - sentence.first <= MAX_SOURCE_WORDS) {
    const t = tokens[colon]!;
    if (t.text === ':') break;
    if (t.kind !== 'word' || t.quote >= 0 || !isCapitalized(t) || LABELS.has(t.lower)) return;
    colon++;
  }
  // An interview answer (see interview.ts) has already taken the text after the colon.
  if (colon === sentence.first || tokens[colon]?.text !== ':' || work.used[colon + 1]) return;
  let end = sentence.end;
  while (end > colon + 1 && tokens[end - 1]!.kind === 'punct') end--;
  let words = 0;
  for (let k = colon + 1; k < end; k++) if (tokens[k]!.kind === 'word') words++;
  if (words < MIN_CONTENT_WORDS) return;
  const phrase = nameInRun(tokens, sentence.first, colon);
  const mark = tokens[colon]!;
  const cue = { start: mark.start, end: mark.end, text: mark.text, lemma: 'say', stance: 'assert' as const };
  work.used[colon] = 1;
  emitSpan(work, colon + 1, end, cue, resolveSpeaker(ctx, phrase));
}
