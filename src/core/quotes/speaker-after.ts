import type { Token } from '../text/tokenize.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import {
  isNameWord,
  lower,
  nameInRun,
  ORG_HEADS,
  PREPOSITIONS,
  type SpeakerPhrase,
} from './speaker-phrase.ts';
import { DETERMINERS, PRONOUNS, ROLE_NOUNS, TITLES } from './speaker-words.ts';

/** Finds the speaker named right after a cue ("said Ushakov", "according to the ministry"), up to `limit`. */
export function phraseAfter(tokens: Token[], at: number, limit: number): SpeakerPhrase | null {
  const t = tokens[at];
  if (!t || at >= limit || t.quote >= 0 || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.lower)) return { first: at, end: at + 1, kind: 'pronoun' };
  let j = at;
  while (j < limit && j < at + 8) {
    const u = tokens[j]!;
    if (u.quote >= 0 || u.kind !== 'word') break;
    const w = u.lower;
    if (isNameWord(u) || ROLE_NOUNS.has(w) || DETERMINERS.has(w) || TITLES.has(u.text)) j++;
    else if (
      PREPOSITIONS.has(w) &&
      j > at &&
      (isNameWord(tokens[j + 1]) || DETERMINERS.has(lower(tokens[j + 1])))
    )
      j++;
    else break;
  }
  if (j === at) return null;
  // Prefer the last name run in the phrase ("the Kremlin spokesman Dmitry Peskov"), else the role phrase.
  let nameEnd = -1;
  for (let k = at; k < j; k++) if (isNameWord(tokens[k])) nameEnd = k + 1;
  const firstPrep = tokens.slice(at, j).findIndex((u) => PREPOSITIONS.has(u.lower));
  if (nameEnd > 0 && (firstPrep < 0 || nameEnd <= at + firstPrep)) {
    let nameFirst = nameEnd - 1;
    while (nameFirst - 1 >= at && isNameWord(tokens[nameFirst - 1])) nameFirst--;
    return nameInRun(tokens, nameFirst, nameEnd);
  }
  let head = firstPrep >= 0 ? at + firstPrep - 1 : j - 1;
  while (head > at && !ROLE_NOUNS.has(lower(tokens[head]))) head--;
  if (!ROLE_NOUNS.has(lower(tokens[head]))) return null;
  const kind = ORG_HEADS.has(lower(tokens[head])) && firstPrep < 0 ? 'organization' : 'group';
  return { first: at, end: firstPrep >= 0 ? j : head + 1, kind };
}

// A lower-case plural noun: "politicians", "aides", "officials" (not "says", a verb, nor "was").
function isPluralNoun(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.quote < 0 &&
    t.text === t.lower &&
    t.lower.length > 3 &&
    t.lower.endsWith('s') &&
    !t.lower.endsWith('ss') &&
    !CUE_FORMS.has(t.lower)
  );
}

/** The noun phrase after "according to", up to the next comma or the sentence end (at most 12 words). */
export function sourceAfter(tokens: Token[], at: number, limit: number): SpeakerPhrase | null {
  const named = phraseAfter(tokens, at, limit);
  let end = at;
  while (end < limit && end < at + 12 && tokens[end]!.kind === 'word' && tokens[end]!.quote < 0) end++;
  if (end === at) return null;
  if (named && named.end >= end - 1) return named;
  // "according to Ukrainian politicians who …", "according to Clinton aides": a name that modifies a plural noun
  // names no speaker of its own; the whole phrase does.
  const modifier = named !== null && isPluralNoun(tokens[named.end]);
  if (named && named.kind !== 'group' && !modifier) return named;
  return { first: at, end, kind: 'group' };
}
