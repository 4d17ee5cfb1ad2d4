import type { QuotedRegion } from '../text/quote-pairs.ts';
import type { Token } from '../text/tokenize.ts';
import { markCue, type CueMatch } from './cue-match.ts';
import { isNameWord, nameInRun, type SpeakerPhrase } from './speaker-phrase.ts';

const MAX_NAME_WORDS = 5;
// What may stand before the name: a line start, a dash after a headline, or "More from".
const LEADS = new Set(['-', '–', '—', 'from']);

/**
 * The name standing alone before a colon that opens a quote (`Michael P. McDonald: “At long last …”`,
 * `- More from Jones: “…”`), read as its speaker with the colon as cue; null otherwise.
 */
export function colonSource(
  tokens: Token[],
  region: QuotedRegion,
): { cue: CueMatch; phrase: SpeakerPhrase } | null {
  const colon = region.open - 1;
  // Single marks after a colon are mostly headline styling ("Kasich: ‘We Are Going …’"), rarely marked as speech.
  if (region.single || tokens[colon]?.text !== ':' || tokens[colon]!.quote >= 0) return null;
  let first = colon;
  while (first > 0 && colon - first < MAX_NAME_WORDS && isNameWord(tokens[first - 1])) first--;
  if (first === colon) return null;
  const before = tokens[first - 1];
  if (before && before.kind !== 'break' && !LEADS.has(before.lower)) return null;
  const phrase = nameInRun(tokens, first, colon);
  if (phrase.kind !== 'person' && phrase.kind !== 'organization') return null;
  return {
    cue: markCue(colon),
    phrase,
  };
}
