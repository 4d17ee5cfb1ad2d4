import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import { NOUNS } from './nominal.ts';
import { SOURCE_HEADS } from './poll-source.ts';

/**
 * Every word a sentence-level finder starts from: the first word of each reporting cue (indirect speech,
 * "according to"), the nominal cues ("his claim that"), "asked", and the heads of poll sources ("in a poll").
 */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...[...CUE_FORMS.keys()].map((key) => key.split(' ')[0] ?? key),
  ...NOUNS.keys(),
  ...SOURCE_HEADS,
  'asked',
]);

/**
 * Whether a sentence can hold reported speech: it has a trigger word or a colon (a headline's "Speaker: claim").
 * The sentence-level finders find nothing in any other sentence, so skipping it changes no output, and in a news
 * story most sentences are of that kind.
 */
export function mayHoldSpeech(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let i = sentence.first; i < sentence.end; i++) {
    const t = tokens[i]!;
    if (t.text === ':' || TRIGGERS.has(t.lower)) return true;
  }
  return false;
}
