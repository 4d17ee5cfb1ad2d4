import type { Token } from '../text/tokenize.ts';
import type { CueMatch } from './cue-match.ts';
import { subjectBefore, type SpeakerPhrase } from './speaker-phrase.ts';

// "Interfax quoted Peskov as saying that …", "state media cited officials as saying …": the outlet relays, the
// person named between the verb and "as saying" is the one who said it.
const RELAYS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
const REACH = 8;
const SAYING = new Set(['saying', 'telling', 'stating', 'writing']);

/** The index of the relaying verb ("quoted", "cited") before "as" at `as`, or -1. */
function relayBefore(tokens: readonly Token[], as: number, floor: number): number {
  for (let k = as - 2; k >= floor && k >= as - REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return -1;
    if (RELAYS.has(t.lower)) return k;
  }
  return -1;
}

/** The speaker of "… quoted Peskov as saying …" for the cue "saying": the words between the relay and "as". */
export function quotedAsSpeaker(tokens: Token[], cue: CueMatch, floor: number): SpeakerPhrase | null {
  const as = cue.first - 1;
  if (tokens[as]?.lower !== 'as') return null;
  const relay = relayBefore(tokens, as, floor);
  return relay < 0 ? null : subjectBefore(tokens, as, relay + 1);
}

/** True for "quoted" or "cited" when "as saying" follows its object: the report is read at "saying". */
export function relaysSaying(tokens: readonly Token[], cue: CueMatch, limit: number): boolean {
  if (!RELAYS.has(tokens[cue.first]!.lower)) return false;
  for (let k = cue.end + 1; k < limit && k <= cue.end + REACH; k++) {
    if (tokens[k]!.lower === 'as')
      return SAYING.has(tokens[k + 1]?.lower ?? '') && relayBefore(tokens, k, cue.first) === cue.first;
  }
  return false;
}
