import type { Sentence } from '../text/sentences.ts';
import type { Token } from '../text/tokenize.ts';
import { cueOf, emitSpan, type Work } from './emit.ts';
import { clauseEnd } from './indirect.ts';
import { phraseAfter } from './speaker-after.ts';
import { isCapitalized } from '../text/tokenize.ts';
import {
  isNameWord,
  isPluralPossessive,
  nameInRun,
  nameRunStart,
  type SpeakerPhrase,
} from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';
import { ROLE_NOUNS } from './speaker-words.ts';
import type { Stance } from './types.ts';

// A nominal cue: the noun, the word that opens its content, and its stance. "that" takes a clause
// ("his claim that …"); a preposition takes a noun phrase ("her criticism of the plan").
type Opener = 'that' | 'of' | 'for' | 'to';
// Each noun kept here was checked for precision on annotated news: "support for", "call for" and "opposition to"
// name positions far more often than reported speech, so they are left out.
export const NOUNS: ReadonlyMap<string, [Opener[], Stance]> = new Map<string, [Opener[], Stance]>([
  ['claim', [['that'], 'assert']],
  ['charges', [['that'], 'hedge']],
  ['notion', [['that'], 'hedge']],
  ['idea', [['that'], 'hedge']],
  ['speculation', [['that'], 'hedge']],
  ['reports', [['that'], 'hedge']],
  ['rumors', [['that'], 'hedge']],
  ['suggestions', [['that'], 'hedge']],
  ['concerns', [['that'], 'hedge']],
  ['fears', [['that'], 'hedge']],
  ['claims', [['that'], 'assert']],
  ['assertion', [['that'], 'assert']],
  ['assertions', [['that'], 'assert']],
  ['argument', [['that'], 'assert']],
  ['contention', [['that'], 'assert']],
  ['insistence', [['that'], 'assert']],
  ['suggestion', [['that'], 'hedge']],
  ['warning', [['that'], 'assert']],
  ['warnings', [['that'], 'assert']],
  ['view', [['that'], 'hedge']],
  ['belief', [['that'], 'hedge']],
  ['allegation', [['that'], 'assert']],
  ['allegations', [['that'], 'assert']],
  ['charge', [['that'], 'assert']],
  ['prediction', [['that'], 'hedge']],
  ['promise', [['that', 'to'], 'assert']],
  ['vow', [['that', 'to'], 'assert']],
  ['threat', [['to'], 'assert']],
  ['denial', [['that'], 'deny']],
  ['criticism', [['of', 'that'], 'assert']],
  ['calls', [['for'], 'assert']],
]);

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
// Words that end a noun-phrase content: a verb after the phrase, or a clause link.
const PHRASE_STOPS = new Set(
  'is was are were has have had will would could can may might should did does do and but while as because since which who after before when if'.split(
    ' ',
  ),
);
const MAX_PHRASE = 25;

const isPossessiveWord = (t: Token | undefined) =>
  !!t && t.kind === 'word' && (t.text.endsWith('’s') || t.text.endsWith("'s"));

// The possessor before a nominal cue: "his", "Mr. Trump's", "Sanders’"; null when the noun has none.
function possessorBefore(tokens: Token[], at: number, floor: number): SpeakerPhrase | null {
  const t = tokens[at];
  if (!t || at < floor) return null;
  if (t.kind === 'word' && POSSESSIVE_PRONOUNS.has(t.lower))
    return { first: at, end: at + 1, kind: 'pronoun' };
  if (isPossessiveWord(t) && t.quote < 0) {
    if (isNameWord({ ...t, text: t.text.slice(0, -2) }))
      return nameInRun(tokens, nameRunStart(tokens, at, floor), at + 1);
    return null;
  }
  if (isPluralPossessive(tokens, at) && at - 1 >= floor) {
    const owner = tokens[at - 1]!;
    if (isNameWord(owner)) return nameInRun(tokens, nameRunStart(tokens, at - 1, floor), at);
    if (ROLE_NOUNS.has(owner.lower)) return { first: at - 1, end: at, kind: 'group' };
  }
  return null;
}

// The source in "claims by <source> that": a few plain words up to "that", read as a name when they are one.
function sourceBeforeThat(tokens: Token[], at: number, limit: number): SpeakerPhrase | null {
  for (let k = at; k < limit && k < at + 7; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return null;
    if (t.lower !== 'that') continue;
    if (k === at) return null;
    const named = phraseAfter(tokens, at, k);
    if (named && named.end === k) return named;
    return isCapitalized(tokens[k - 1]) ? null : { first: at, end: k, kind: 'group' };
  }
  return null;
}

// End of a noun-phrase content starting at `from`: the next comma, terminal, dash or verb-like stop word.
function phraseEnd(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && k < from + MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.quote < 0 && t.kind === 'punct') break;
    if (t.kind === 'word' && t.quote < 0 && PHRASE_STOPS.has(t.lower)) break;
    k++;
  }
  return k;
}

/** Finds reported content behind a possessed nominal cue: "Mr. Trump's claim that …", "her criticism of …". */
export function findNominalQuotes(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens } = work;
  for (let i = sentence.first + 1; i < sentence.end - 2; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quote >= 0 || work.used[i]) continue;
    if (t.lower === 'view' && inView(work, ctx, sentence, i)) continue;
    const noun = NOUNS.get(t.lower);
    if (!noun) continue;
    let next = tokens[i + 1]!;
    let phrase = possessorBefore(tokens, i - 1, sentence.first);
    let after = i + 1;
    // "claims by intelligence agencies that …", "criticism from rivals that …": the source follows the noun.
    if (!phrase && (next.lower === 'by' || next.lower === 'from')) {
      phrase = sourceBeforeThat(tokens, i + 2, sentence.end);
      if (!phrase) continue;
      after = phrase.end;
      next = tokens[after]!;
    }
    const opener = next.lower as Opener;
    if (!noun[0].includes(opener) || next.quote >= 0) continue;
    if (!phrase) continue;
    // "his promise to build a wall": the infinitive is the content, "to" included, as annotators mark it.
    const from = opener === 'to' && noun[1] !== 'deny' ? after : after + 1;
    const end = opener === 'that' ? clauseEnd(tokens, from, sentence) : phraseEnd(tokens, from, sentence.end);
    if (end - from < 2) continue;
    const cue = cueOf(work, {
      first: i,
      end: i + 1,
      entry: { lemma: t.lower, stance: noun[1], frame: 'b' },
    });
    work.used[i] = 1;
    emitSpan(work, from, end, cue, resolveSpeaker(ctx, phrase));
    i = end - 1;
  }
}

// "In Bolton's view, the failure is across the board" / "…, in my view.": the clause beside the phrase is what
// the possessor holds. Returns true when a quote was emitted.
function inView(work: Work, ctx: SpeakerContext, sentence: Sentence, i: number): boolean {
  const { tokens } = work;
  const phrase = possessorBefore(tokens, i - 1, sentence.first);
  const open = phrase ? phrase.first - 1 : -1;
  if (!phrase || tokens[open]?.lower !== 'in') return false;
  let range: [number, number];
  if (open === sentence.first && tokens[i + 1]?.text === ',') {
    range = [i + 2, clauseEnd(tokens, i + 2, sentence)];
  } else if (tokens[open - 1]?.text === ',') {
    let start = sentence.first;
    while (start < open && tokens[start]!.kind === 'punct') start++;
    range = [start, open - 1];
  } else return false;
  if (range[1] - range[0] < 3) return false;
  const cue = cueOf(work, {
    first: open,
    end: i + 1,
    entry: { lemma: 'in view', stance: 'hedge', frame: 'b' },
  });
  work.used[i] = 1;
  emitSpan(work, range[0], range[1], cue, resolveSpeaker(ctx, phrase));
  return true;
}
