import { charBits, LETTER, UPPER } from '../text/char-class.ts';
import { isPossessive, withoutPossessive } from '../text/possessive.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import type { CueMatch } from './cue-match.ts';
import { DETERMINERS, NOT_NAMES, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLES } from './speaker-words.ts';
import { beforeTimePhrase } from './time-phrase.ts';

/** The words naming a speaker near a cue: token range [first, end) and what sort of speaker they name. */
export interface SpeakerPhrase {
  first: number;
  end: number;
  kind: 'person' | 'organization' | 'group' | 'pronoun';
}

const HABITS = new Set(['used', 'likes', 'liked', 'loves', 'loved']);

// Words that may sit between a subject and its verb: "Trump also said", "officials have long argued".
const BETWEEN = new Set(
  `also since now just later earlier has have had was were is are would will could may might then previously repeatedly again recently once publicly privately subsequently further last first never not did does do long still already often always frequently consistently reportedly quickly immediately separately specifically even don't doesn't didn't won't wouldn't can't cannot hasn't haven't hadn't don’t doesn’t didn’t won’t wouldn’t can’t hasn’t haven’t hadn’t`.split(
    ' ',
  ),
);
/** Role nouns that name an organisation rather than a person or group. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  'ministry department agency government administration campaign committee commission council court office party team board panel union organization'.split(
    ' ',
  ),
);
/** Prepositions that attach a post-modifier to a speaker phrase ("a spokesman for the ministry"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'with', 'in']);
const MAX_APPOSITIVE = 40;
const QUANTIFIERS = new Set('one two three some many most each all several any both none'.split(' '));
// Words that open an aside between a subject and its cue: a relative clause or an adverbial.
const ASIDE_OPENERS = new Set([
  'who',
  'which',
  'whose',
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'speaking',
]);

// A dash: "—", "–", or the second of two hyphens standing for one ("--").
const isDash = (tokens: Token[], i: number) => {
  const t = tokens[i]!.text;
  return t === '—' || t === '–' || (t === '-' && tokens[i - 1]?.text === '-');
};
const isDigitWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.text.charCodeAt(0) <= 57;
const CLOSE_TO = new Set(['close to', 'familiar with', 'near to', 'briefed on']);
const THAT_AND_BUT = new Set(['that', 'and', 'but']);
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'if', 'when']);
const CLAUSE_LINKS = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'later', 'now']);

// Nouns in -ly that head a speaker's phrase: "the family said", "a close ally said".
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'bully', 'reply']);

// "repeatedly", "publicly": an all-lower-case word in -ly, checked without a Unicode regex (costly to compile).
function isLyAdverb(text: string): boolean {
  if (text.length < 4 || !text.endsWith('ly') || LY_NOUNS.has(text)) return false;
  for (let k = 0; k < text.length; k++) {
    const bits = charBits(text.charCodeAt(k));
    if (!(bits & LETTER) || bits & UPPER) return false;
  }
  return true;
}

/** Lower-case text of a token, or '' past either end. */
export const lower = (t: Token | undefined): string => (t ? t.lower : '');

/** True for a capitalised word that can be part of a name (not "The", not a possessive, not a cue). */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.quote >= 0 || !isCapitalized(t)) return false;
  return (
    !NOT_NAMES.has(t.text) && !t.text.endsWith('’s') && !t.text.endsWith("'s") && !CUE_FORMS.has(t.lower)
  );
}

// True when a word of tokens from..to names a kind of body: "Ministry", "University", "Kremlin".
function hasBodyWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_WORDS.has(withoutPossessive(tokens[k]!.text))) return true;
  return false;
}

/** Classifies a run of capitalised tokens and trims titles: "U.S. President Donald Trump" → "Donald Trump". */
export function nameInRun(tokens: Token[], first: number, end: number): SpeakerPhrase {
  let start = first;
  for (let k = end - 2; k >= first; k--) {
    if (TITLES.has(tokens[k]!.text)) {
      start = k + 1;
      break;
    }
  }
  // "Councillors Tom Reddy and …", "Senators Ana Pires": a role noun opening the sentence is capitalised, and
  // still no part of the name.
  if (start === first && end - first >= 3 && isPluralRole(tokens[first]!.lower)) start = first + 1;
  const last = tokens[end - 1]!.text;
  // "Joel Pollak of Breitbart California", "Kenji Sato of Kyoto University": the person is the part before "of";
  // a body's word before it makes the whole run one body ("University of Michigan", "Bank of America").
  let of = -1;
  for (let k = start + 1; k < end - 1 && of < 0; k++) if (tokens[k]!.text === 'of') of = k;
  if (hasBodyWord(tokens, start, of < 0 ? end : of)) return { first, end, kind: 'organization' };
  if (of >= 0 && (of - start >= 2 || !hasBodyWord(tokens, of, end)))
    return { first: start, end: of, kind: 'person' };
  if (of >= 0) return { first, end, kind: 'organization' };
  if (end - first === 1 && ROLE_NOUNS.has(tokens[end - 1]!.lower)) return { first, end, kind: 'group' };
  // "CNN", "ISIS", "GOP": a lone all-capitals word names an organisation, not a person.
  if (end - start === 1 && last.length > 1 && last === last.toUpperCase() && !last.includes('.')) {
    return { first, end, kind: 'organization' };
  }
  return { first: start, end, kind: 'person' };
}

// A plural role ("Councillors", "Senators"), not one that heads a body's own name ("Department of …").
const isPluralRole = (word: string) => word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1));

// Lower-case words inside names: "Marieke de Vries", "Erik ten Hag", "Royal College of Nursing".
const NAME_JOINERS = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'al',
  'of',
  'ten',
  'ter',
]);

/** True for an apostrophe token closing a plural possessive: the "’" of "teachers’ union". */
export function isPluralPossessive(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  const prev = tokens[at - 1];
  return (
    !!t &&
    !!prev &&
    t.kind === 'quote' &&
    (t.text === '’' || t.text === "'") &&
    t.start === prev.end &&
    prev.kind === 'word' &&
    prev.lower.endsWith('s') &&
    tokens[at + 1]?.kind === 'word'
  );
}

const BODY_JOINERS = new Set(['for', 'on']);

// "Institute for the Study of War", "Committee on Foreign Relations": a body's name joins its head to its field.
// Returns how many words join the head at `head` to the name word after them, or 0.
function bodyJoinAfter(tokens: Token[], head: number): number {
  const h = tokens[head];
  const joiner = tokens[head + 1];
  if (!h || !joiner || !BODY_JOINERS.has(joiner.text) || !ORG_WORDS.has(h.text)) return 0;
  const article = tokens[head + 2]?.text === 'the' ? 1 : 0;
  return isNameWord(tokens[head + 2 + article]) ? 1 + article : 0;
}

/** Start of the name run ending at token `last` (capitalised words, with joiners between them). */
export function nameRunStart(tokens: Token[], last: number, limit: number): number {
  let first = last;
  while (first - 1 >= limit && first > last - 8) {
    const t = tokens[first - 1];
    if (isNameWord(t)) first--;
    else if (t && NAME_JOINERS.has(t.text) && isNameWord(tokens[first - 2]) && first - 2 >= limit) first -= 2;
    else if (
      t &&
      NAME_JOINERS.has(t.text) &&
      NAME_JOINERS.has(tokens[first - 2]?.text ?? '') &&
      isNameWord(tokens[first - 3]) &&
      first - 3 >= limit
    )
      first -= 3;
    // "the Northfield Supporters’ Trust": a plural possessive inside an organisation's name.
    else if (isPluralPossessive(tokens, first - 1) && first - 2 >= limit && isNameWord(tokens[first - 2]))
      first -= 2;
    else if (first - 2 >= limit && t?.text !== 'the' && bodyJoinAfter(tokens, first - 2) === 1) first -= 2;
    else if (first - 3 >= limit && t?.text === 'the' && bodyJoinAfter(tokens, first - 3) === 2) first -= 3;
    else break;
  }
  return first;
}

/** End of the name run starting at token `first`, the mirror of {@link nameRunStart}. */
export function nameRunEnd(tokens: Token[], first: number, limit: number): number {
  let end = first + 1;
  while (end < limit && end < first + 8) {
    const t = tokens[end];
    if (isNameWord(t)) end++;
    else if (t && NAME_JOINERS.has(t.text) && isNameWord(tokens[end + 1]) && end + 1 < limit) end += 2;
    // "Jan van der Berg", "Ana de la Cruz": two particles in a row.
    else if (
      t &&
      NAME_JOINERS.has(t.text) &&
      NAME_JOINERS.has(tokens[end + 1]?.text ?? '') &&
      isNameWord(tokens[end + 2]) &&
      end + 2 < limit
    )
      end += 3;
    else {
      const joined = bodyJoinAfter(tokens, end - 1);
      if (joined > 0 && end + joined < limit) end += joined + 1;
      else break;
    }
  }
  return end;
}

function nameRunBack(tokens: Token[], last: number, limit: number): SpeakerPhrase {
  return nameInRun(tokens, nameRunStart(tokens, last, limit), last + 1);
}

function rolePhraseBack(tokens: Token[], head: number, limit: number): SpeakerPhrase {
  // "the state elections board", "the attorney general’s office": any plain words back to a determiner.
  for (let j = head - 1; j >= limit && j >= head - 4; j--) {
    const t = tokens[j]!;
    if (isPluralPossessive(tokens, j)) continue; // "the teachers’ union"
    // A cue word is allowed here ("the state elections board"): the walk only succeeds if it reaches a determiner.
    if (t.quote >= 0 || t.kind !== 'word' || STOP.has(t.lower)) break;
    if (OPENERS.has(t.lower)) {
      const kind = ORG_HEADS.has(tokens[head]!.lower) ? 'organization' : 'group';
      return { first: j, end: head + 1, kind };
    }
  }
  let first = head;
  while (first - 1 >= limit && first > head - 5) {
    const t = tokens[first - 1]!;
    if (t.quote >= 0 || t.kind !== 'word') break;
    const w = t.lower;
    if (DETERMINERS.has(w) || ROLE_NOUNS.has(w) || isNameWord(t)) first--;
    else break;
  }
  // "Gov. Ron DeSantis's office", "Grassley's spokesman": whose office or spokesman is part of who speaks.
  const owner = tokens[first - 1];
  if (first - 1 >= limit && owner && isCapitalized(owner) && isPossessive(owner.text) && owner.quote < 0) {
    first = nameRunStart(tokens, first - 1, limit);
  }
  const kind = ORG_HEADS.has(tokens[head]!.lower) ? 'organization' : 'group';
  return { first, end: head + 1, kind };
}

// A lower-case word of a role before a name: "speaker", "strategist", "the", "former" (not "that" or a verb).
function roleWord(t: Token): boolean {
  if (t.quote >= 0 || t.kind !== 'word' || STOP.has(t.lower) || CUE_FORMS.has(t.lower)) return false;
  return (
    ROLE_NOUNS.has(t.lower) || DETERMINERS.has(t.lower) || (t.text.length > 5 && AGENT_ENDING.test(t.text))
  );
}
const isModifier = (t: Token) =>
  t.kind === 'word' &&
  t.quote < 0 &&
  !STOP.has(t.lower) &&
  !CUE_FORMS.has(t.lower) &&
  !t.lower.endsWith('ed');
const AGENT_ENDING = /^[a-z]+(?:er|or|ist|ian|ant|ent)$/;

// "who's thinking about running": a contracted relative opens a clause like "who".
const RELATIVE_CONTRACTIONS = new Set(['who’s', "who's", 'who’d', "who'd"]);
const BRACKET_REACH = 20;

// The token before a bracketed tag that ends at `k` ("Sen. Bernie Sanders (I-Vt.)"), or `k` when none does.
function beforeBrackets(tokens: Token[], k: number, limit: number): number {
  if (tokens[k]?.text !== ')') return k;
  let j = k - 1;
  while (j > limit && j > k - BRACKET_REACH && tokens[j]!.text !== '(') j--;
  return tokens[j]?.text === '(' && j - 1 >= limit ? j - 1 : k;
}

/** Finds the subject naming the speaker just before token `at` (a cue), looking no further back than `limit`. */
export function subjectBefore(
  tokens: Token[],
  at: number,
  limit: number,
  cue?: CueMatch,
): SpeakerPhrase | null {
  let i = at - 1;
  let skipped = 0;
  // "As my grandfather used to say", "as she likes to say": a habit of saying, said by the subject before it.
  if (lower(tokens[i]) === 'to' && HABITS.has(lower(tokens[i - 1])) && i - 2 >= limit) i -= 2;
  while (i >= limit && skipped < 3 && (BETWEEN.has(lower(tokens[i])) || isLyAdverb(tokens[i]!.text))) {
    i--;
    skipped++;
  }
  // "The White House on Tuesday said", "Hale late Monday said": a time between subject and cue is neither.
  i = beforeTimePhrase(tokens, i, limit);
  if (i < limit) return null;
  // "Sen. Bernie Sanders (I-Vt.) said", "Kasich (who has 25 delegates) said": brackets stand between name and cue.
  i = beforeBrackets(tokens, i, limit);
  // "Sen. Jack Reed (D-R.I.), said": a comma after the party tag closes it, not an appositive.
  if (tokens[i]?.text === ',' && tokens[i - 1]?.text === ')') {
    const tagged = beforeBrackets(tokens, i - 1, limit);
    const named = tagged < i - 1 ? phraseEndingAt(tokens, tagged, limit) : null;
    if (named?.kind === 'person') return named;
  }
  const t = tokens[i]!;
  if (t.quote >= 0) return null;
  const w = t.lower;
  if (PRONOUNS.has(w)) return { first: i, end: i + 1, kind: 'pronoun' };
  if (w === 'who' || w === 'which' || RELATIVE_CONTRACTIONS.has(w)) {
    let j = i - 1;
    if (tokens[j]?.text === ',') j--;
    return j >= limit ? phraseEndingAt(tokens, j, limit) : null;
  }
  if (t.text === ',') {
    // Appositive: "Dmitry Peskov, the Kremlin spokesman, said" and longer ones with clauses of their own
    // ("Elward Edd, an official at the housing authority, which has a backlog, said"): the speaker is the
    // name before the first comma of the run that opens the clause.
    let inner: SpeakerPhrase | null = null;
    for (let j = i - 1; j >= limit && j > i - MAX_APPOSITIVE; j--) {
      const u = tokens[j]!;
      if (isPluralPossessive(tokens, j)) continue;
      if (u.quote >= 0 || u.kind === 'quote' || u.kind === 'break' || u.text === ';') break;
      // "Sen. Rand Paul, R-Ky., told": a period before a comma or a letter closes an abbreviation, not a sentence.
      if (u.text === '.' && tokens[j + 1]?.text !== ',' && tokens[j + 1]?.kind !== 'word') break;
      if (u.text !== ',') continue;
      if (!inner) inner = phraseEndingAt(tokens, i - 1, j + 1);
      // "The official, who spoke on condition of anonymity, said": a relative clause after the comma is an aside
      // on the noun before it, whatever its kind; so are a participle ("Officials, speaking on condition of
      // anonymity because …, said", "The coach, asked about the injury, said") and an adverbial ("The mayor, in an
      // interview with The New York Times, said"), and that noun may be any common noun. A name inside the aside
      // ("…, which is run by Hamas,") is not the subject.
      const after = tokens[j + 1];
      const described =
        ASIDE_OPENERS.has(lower(after)) ||
        RELATIVE_CONTRACTIONS.has(lower(after)) ||
        (!!after && after.text === after.lower && /^[a-z]{3,}(?:ing|ed)$/.test(after.text));
      // "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said": the name stands before its party tag.
      const named = beforeBrackets(tokens, j - 1, limit);
      const outer =
        named < limit
          ? null
          : (phraseEndingAt(tokens, named, limit) ??
            // "George Pilling, 74, whose house flooded, said": an age is no subject; the walk goes on to the name.
            (described && !isDigitWord(tokens[named]) ? genericBefore(tokens, named, limit, cue) : null));
      if (outer && (outer.kind === 'person' || outer.kind === 'organization' || described)) {
        let b = outer.first - 1;
        // "Former House speaker Newt Gingrich, a Trump ally, said": a role and its modifiers before the name.
        while (
          b >= limit &&
          (isCapitalized(tokens[b]) ||
            TITLES.has(tokens[b]!.text) ||
            roleWord(tokens[b]!) ||
            // "Former port commissioner Jack Doyle": a plain word modifying the role after it.
            (roleWord(tokens[b + 1]!) && isModifier(tokens[b]!)))
        )
          b--;
        const before = b >= limit ? tokens[b] : undefined;
        if (!before || before.kind !== 'word' || THAT_AND_BUT.has(before.lower)) {
          return outer;
        }
      }
    }
    return inner;
  }
  if (isDash(tokens, i)) {
    // "The department — in a written statement — said": the subject stands before the dashed aside. Typed text
    // writes the dash as two hyphens ("The justice -- who has been in a scuffle -- said").
    for (let j = i - (tokens[i]!.text === '-' ? 2 : 1); j > limit && j > i - MAX_APPOSITIVE; j--) {
      const u = tokens[j]!;
      if (u.kind === 'break' || u.text === '.' || u.text === ';') break;
      if (isDash(tokens, j)) {
        let k = j - (u.text === '-' ? 2 : 1);
        if (isDigitWord(tokens[k]) && tokens[k - 1]?.text === ',') k -= 2;
        return phraseEndingAt(tokens, k, limit) ?? genericBefore(tokens, k, limit, cue);
      }
    }
    return null;
  }
  if (w === 'and' || w === 'but') return clauseSubject(tokens, limit, i);
  return phraseEndingAt(tokens, i, limit) ?? genericBefore(tokens, i, limit, cue);
}

// Words that cannot be part of a speaker noun phrase: they mark a clause or verb phrase boundary.
const STRONG = new Set([
  'say',
  'tell',
  'write',
  'argue',
  'claim',
  'insist',
  'warn',
  'believe',
  'think',
  'add',
  'note',
]);
// Words that open a noun phrase: the walk back stops after them, and they cannot be its head.
const OPENERS = new Set(
  'the a an his her its their our my your these those some any no every each both either neither all this'.split(
    ' ',
  ),
);
const STOP = new Set(
  `in on at to for with by from about into over after before than as like is was were are be been being has have
  had do does did will would can could should may might must and or but so because if when while although that
  which who whom whose where him her them it me us not there this what how why then also just only said told`.split(
    /\s+/,
  ),
);

/** Any short noun phrase ending at token `i` that starts at a clause boundary: "the gambling tycoon". */
function genericBefore(tokens: Token[], i: number, limit: number, cue?: CueMatch): SpeakerPhrase | null {
  // Present-tense forms double as plural nouns ("hints", "grants"): only a past-tense cue takes a bare phrase.
  if (cue && !cue.entry.past && !STRONG.has(cue.entry.lemma)) return null;
  let first = i + 1;
  while (first - 1 >= limit && first > i - 6) {
    const t = tokens[first - 1]!;
    if (t.quote >= 0 || t.kind !== 'word' || STOP.has(t.lower)) break;
    // "the note says", "a statement said": before a verb of saying, a cue word right after a determiner is the
    // head noun of the subject.
    const head = first - 1 === i && OPENERS.has(lower(tokens[i - 1])) && !!cue && STRONG.has(cue.entry.lemma);
    if (CUE_FORMS.has(t.lower) && !head) break;
    first--;
    if (OPENERS.has(t.lower)) break;
  }
  if (OPENERS.has(tokens[i]!.lower)) return null;
  if (first > i) return null;
  const before = tokens[first - 1];
  const atBoundary = first === limit || !before || before.kind !== 'word' || CLAUSE_OPENERS.has(before.lower);
  if (!atBoundary || tokens[i]!.text.endsWith('ly') || tokens[i]!.text.endsWith('ing')) return null;
  return { first, end: i + 1, kind: 'group' };
}

/** The subject opening the clause that ends before `at` ("Reid caucused … and says …"). */
export function clauseSubject(tokens: Token[], limit: number, at: number): SpeakerPhrase | null {
  let k = limit;
  while (k < at && (tokens[k]!.kind !== 'word' || CLAUSE_LINKS.has(tokens[k]!.lower))) k++;
  for (let j = k; j < at && j < k + 8; j++) {
    const t = tokens[j]!;
    if (t.text === ',' && j > k) return appositiveSubject(tokens, k, j, at);
    if (t.kind !== 'word' || t.quote >= 0) return null;
    // "Trump and Putin both agreed": a compound subject is not one speaker.
    if (t.lower === 'and' && j > k) return null;
    if (STOP.has(t.lower) || t.text.endsWith('ed')) {
      return j > k ? (phraseEndingAt(tokens, j - 1, k) ?? genericBefore(tokens, j - 1, k)) : null;
    }
    if (PRONOUNS.has(t.lower)) return j === k ? { first: j, end: j + 1, kind: 'pronoun' } : null;
  }
  return null;
}

// "The operator, Eastquay Holdings, said … and warned …": the name in the appositive is the subject, as it is
// for the first verb; `comma` opens the appositive, which must close before the clause's verb.
function appositiveSubject(tokens: Token[], k: number, comma: number, at: number): SpeakerPhrase | null {
  for (let m = comma + 2; m < at && m <= comma + 6; m++) {
    const t = tokens[m]!;
    if (t.text === ',') {
      const verb = tokens[m + 1];
      // "Gary Emineth, a former state party chairman, became a delegate and said …": a lower-case word after
      // the appositive is the clause's verb, regular or not.
      if (!verb || verb.kind !== 'word' || verb.quote >= 0 || verb.text !== verb.lower) return null;
      // A name before the appositive is the subject ("Gary Emineth, a former chairman,"); else the appositive
      // names it ("The operator, Eastquay Holdings,").
      const head = phraseEndingAt(tokens, comma - 1, k);
      if (head?.kind === 'person' || head?.kind === 'organization') return head;
      return phraseEndingAt(tokens, m - 1, comma + 1) ?? head;
    }
    if (t.kind !== 'word' || t.quote >= 0) return null;
  }
  return null;
}

// "a spokesman for the port", "an official at the airport": a role and what it serves, a plain noun.
function roleOfPlace(tokens: Token[], i: number, limit: number): SpeakerPhrase | null {
  let p = i - 1;
  if (DETERMINERS.has(lower(tokens[p]))) p--;
  if (p - 1 < limit || !PREPOSITIONS.has(lower(tokens[p])) || !ROLE_NOUNS.has(lower(tokens[p - 1])))
    return null;
  const t = tokens[i]!;
  if (t.kind !== 'word' || t.quote >= 0 || STOP.has(t.lower) || CUE_FORMS.has(t.lower)) return null;
  return { first: rolePhraseBack(tokens, p - 1, limit).first, end: i + 1, kind: 'group' };
}

function phraseEndingAt(tokens: Token[], i: number, limit: number): SpeakerPhrase | null {
  const t = tokens[i];
  if (!t || t.quote >= 0 || t.kind !== 'word') return null;
  const w = t.lower;
  if (PRONOUNS.has(w)) return { first: i, end: i + 1, kind: 'pronoun' };
  let phrase: SpeakerPhrase | null = null;
  if (isNameWord(t)) phrase = nameRunBack(tokens, i, limit);
  else if (ROLE_NOUNS.has(w)) phrase = rolePhraseBack(tokens, i, limit);
  if (!phrase) return roleOfPlace(tokens, i, limit);
  // "a source close to Drayton", "sources familiar with the talks": the speaker is the source, not the name.
  let q = phrase.first - 1;
  if (DETERMINERS.has(lower(tokens[q]))) q--;
  if (CLOSE_TO.has(lower(tokens[q - 1]) + ' ' + lower(tokens[q])) && ROLE_NOUNS.has(lower(tokens[q - 2]))) {
    const outer = rolePhraseBack(tokens, q - 2, limit);
    return { first: outer.first, end: phrase.end, kind: 'group' };
  }
  // "a spokesman for the ministry", "Joel Pollak of Breitbart California", "aides to the mayor": the speaker is
  // the first noun phrase.
  let p = phrase.first - 1;
  if (DETERMINERS.has(lower(tokens[p]))) p--;
  // "the family of one of the injured workers": a quantifier and its "of" stand between the head and its noun.
  if (lower(tokens[p]) === 'of' && QUANTIFIERS.has(lower(tokens[p - 1])) && lower(tokens[p - 2]) === 'of')
    p -= 2;
  const to = lower(tokens[p]) === 'to' && ROLE_NOUNS.has(lower(tokens[p - 1]));
  if (p - 1 >= limit && (PREPOSITIONS.has(lower(tokens[p])) || to)) {
    const head = tokens[p - 1];
    // "Aides to the mayor say": a role noun opening the sentence is capitalised, and still a role.
    if (head && ROLE_NOUNS.has(head.lower) && p - 1 === limit) {
      return { first: p - 1, end: phrase.end, kind: 'group' };
    }
    if (isNameWord(head)) {
      const outer = nameRunBack(tokens, p - 1, limit);
      // "Secretary of State Marcus Dell": a title before "of" is part of the name's title, not another person.
      if (outer.kind === 'person' && !TITLES.has(tokens[outer.end - 1]!.text)) return outer;
    } else if (head && ROLE_NOUNS.has(head.lower)) {
      return { first: rolePhraseBack(tokens, p - 1, limit).first, end: phrase.end, kind: 'group' };
    }
  }
  return phrase;
}
