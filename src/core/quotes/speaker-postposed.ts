import type { Token } from '../text/tokenize.ts';
import { withoutPossessive } from '../text/possessive.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import {
  isNameWord,
  nameInRun,
  nameRunEnd,
  nameRunStart,
  ORG_HEADS,
  type SpeakerPhrase,
} from './speaker-phrase.ts';
import { ROLE_NOUNS } from './speaker-words.ts';

const MAX_WORDS = 10;
const TERMINALS = new Set(['.', '!', '?', '…', ';']);
// Words after which a speaker phrase is over: a relative clause, an adverbial, a clause of its own.
const PHRASE_ENDS = new Set(
  `who which whose on in at during after before when while as that because since by last this earlier later
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
// A verb inside the words after the cue: "…, said the minister would resign" names no speaker there.
const VERBS = new Set(
  'is was are were has have had will would can could should may might must did does'.split(' '),
);

/**
 * The speaker named after a verb of saying that follows its clause, read more loosely than a bare name: "…, said
 * the company's chief executive, John J. Ferriola.", "…, said former Pennsylvania governor Ed Rendell, who …",
 * "…, wrote film director Osman Abu Laban on Facebook." The phrase must end in a name or a role noun and be followed
 * by the sentence end, a comma, a relative clause or an adverbial; a name in apposition after a comma is preferred.
 */
export function postposedSpeaker(tokens: Token[], at: number, limit: number): SpeakerPhrase | null {
  let j = at;
  while (j < limit && j < at + MAX_WORDS) {
    const t = tokens[j]!;
    // "34-year-old teacher Ann Cole": a hyphen inside a modifier.
    if (t.text === '-' && j > at && tokens[j + 1]?.kind === 'word') {
      j++;
      continue;
    }
    if (t.kind !== 'word' || t.quote >= 0) break;
    if (PHRASE_ENDS.has(t.lower)) break;
    if (VERBS.has(t.lower) || CUE_FORMS.get(t.lower)?.past) return null;
    j++;
  }
  if (j === at) return null;
  const next = tokens[j];
  const closed =
    !next || j >= limit || TERMINALS.has(next.text) || next.text === ',' || PHRASE_ENDS.has(next.lower);
  if (!closed) return null;
  const last = tokens[j - 1]!;
  const head = withoutPossessive(last.lower);
  if (!isNameWord(last) && !ROLE_NOUNS.has(head)) return null;
  // "…, the company's chief executive, John J. Ferriola.": the name in apposition is who the role is.
  const named = appositiveName(tokens, j, limit);
  if (named) return named;
  if (isNameWord(last)) return nameInRun(tokens, nameRunStart(tokens, j - 1, at), j);
  return { first: at, end: j, kind: ORG_HEADS.has(head) ? 'organization' : 'group' };
}

/**
 * The full name set in apposition after the comma at token `comma` and closing the phrase there ("the regional
 * governor, Oleh Syniehubov."), or null.
 */
export function appositiveName(tokens: Token[], comma: number, limit: number): SpeakerPhrase | null {
  if (tokens[comma]?.text !== ',' || !isNameWord(tokens[comma + 1])) return null;
  const end = nameRunEnd(tokens, comma + 1, limit);
  const after = tokens[end];
  if (end - (comma + 1) < 2 || (after && !TERMINALS.has(after.text) && after.text !== ',')) return null;
  return nameInRun(tokens, comma + 1, end);
}

const APPOSITIVE_ROLE_WORDS = 6;

/**
 * The end of a role set in apposition after the comma at token `comma` that closes the sentence or clause
 * ("according to Oleh Syniehubov, the regional governor."), or -1: a determiner, a few words, a role noun.
 */
export function appositiveRoleEnd(tokens: Token[], comma: number, limit: number): number {
  const the = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !the || !['the', 'a', 'an'].includes(the.lower)) return -1;
  for (let k = comma + 2; k < limit && k <= comma + APPOSITIVE_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return -1;
    const after = tokens[k + 1];
    const closes = !after || k + 1 >= limit || TERMINALS.has(after.text) || after.text === ',';
    if (closes) return ROLE_NOUNS.has(withoutPossessive(t.lower)) ? k + 1 : -1;
  }
  return -1;
}
