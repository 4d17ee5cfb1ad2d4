import type { QuotedRegion } from '../text/quote-pairs.ts';
import type { Token } from '../text/tokenize.ts';
import { markCue, type CueMatch } from './cue-match.ts';
import { isNameWord, nameInRun, nameRunEnd, type SpeakerPhrase } from './speaker-phrase.ts';

const DASHES = new Set(['—', '–', '-']);

/**
 * The name after a dash that closes a quoted paragraph, as a pull quote or an epigraph is signed (`“We have waited
 * for years.” — Olena Kovalenko, a teacher in Kharkiv`), read as its speaker with the dash as cue; null otherwise.
 * The name must be a full name, and the paragraph must end with it or with a description after a comma.
 */
export function dashSource(
  tokens: Token[],
  region: QuotedRegion,
  limit: number,
): { cue: CueMatch; phrase: SpeakerPhrase } | null {
  // The signature may stand on a line of its own below the quote.
  let dash = region.close + 1;
  let breaks = 0;
  while (dash < limit && !DASHES.has(tokens[dash]!.text)) {
    const t = tokens[dash]!;
    if (t.kind === 'break' ? ++breaks > 1 : t.kind !== 'punct') break;
    dash++;
  }
  if (dash >= limit || !DASHES.has(tokens[dash]!.text) || !isNameWord(tokens[dash + 1])) return null;
  const end = nameRunEnd(tokens, dash + 1, limit);
  const after = tokens[end];
  if (end - (dash + 1) < 2 || (after && end < limit && after.kind !== 'break' && after.text !== ','))
    return null;
  const phrase = nameInRun(tokens, dash + 1, end);
  if (phrase.kind !== 'person' && phrase.kind !== 'organization') return null;
  return {
    cue: markCue(dash),
    phrase,
  };
}
