import { charBits, LETTER, UPPER } from '../text/char-class.ts';
import type { Sentence } from '../text/sentences.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import { CUE_FORMS } from './cue-lexicon.ts';
import { cueAt, type CueMatch } from './cue-match.ts';
import { sentenceSubject } from './direct.ts';
import { cueOf, emitSpan, type Work } from './emit.ts';
import { phraseAfter, sourceAfter } from './speaker-after.ts';
import { appositiveName, appositiveRoleEnd, postposedSpeaker } from './speaker-postposed.ts';
import { isPluralPossessive, subjectBefore, type SpeakerPhrase } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';
import { TITLES } from './speaker-words.ts';
import { FIRST_NAME_GENDER } from './first-names.ts';
import { partsText } from './parts-text.ts';
import { trailerSpeaker } from './trailer-speaker.ts';
import { judgesReport, withholdsDetail } from './writer-aside.ts';
import { afterTimePhrase } from './time-phrase.ts';
import { afterDateline } from './dateline.ts';
import { quotedAsSpeaker, relaysSaying } from './quoted-as.ts';
import type { Quote, Speaker } from './types.ts';

const DASHES = new Set(['—', '–', '-']);
const TERMINALS = new Set(['.', '!', '?', '…', ';']);
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
const ADDRESSEE_WORDS = 4;
const ADDRESSEE_REACH = 12;
// After these, a cue names the content that follows ("said on Monday that …").
const ADVERBIAL_STARTS = new Set([
  'for',
  'to',
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'last',
  'this',
  'earlier',
  'later',
]);

const lower = (t: Token | undefined) => (t ? t.lower : '');

const ELIDED_SUBJECT = new Set(['and', 'but']);
// Present forms of verbs of saying that are verbs after "and" or "but", never nouns: "and says", "but insists".
const SAYS_FORMS = new Set(
  'says tells argues insists warns adds notes explains contends acknowledges admits predicts asserts maintains'.split(
    ' ',
  ),
);
const CONTRASTS = new Set(['but', 'while', 'whereas', 'although', 'though']);

// A subject then a verb of saying with a clause or quote after it: "the Kremlin insisted that", "… while Maine
// Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they …".
const REPORT_SUBJECT_REACH = 10;
function reportFollows(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit && k < from + REPORT_SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return false;
    // "…, but said his campaign had found it": the subject left out, a past cue and a clause of its own.
    if (k === from) {
      const own = cueAt(tokens, k, limit);
      const next = own ? tokens[own.end] : undefined;
      // "… and says he introduced legislation": a present form of a verb of saying is a verb here too.
      const saying =
        !!own &&
        (own.entry.past || SAYS_FORMS.has(t.lower) || presentSaying(tokens, own)) &&
        own.entry.stance !== 'hedge' &&
        own.entry.frame !== 'o';
      if (saying && next && (next.lower === 'that' || CLAUSE_STARTERS.has(next.lower))) return true;
      continue;
    }
    const cue = cueAt(tokens, k, limit);
    if (cue && (cue.entry.past || t.lower.endsWith('s'))) {
      const next = tokens[cue.end];
      // "…, while other voters said they had not heard …": a subject pronoun opens the new report's clause, when
      // a plain subject stands before the verb of saying.
      if (next && SUBJECT_PRONOUNS.has(next.lower) && next.quote < 0 && plainSubject(tokens, from, k)) {
        return VERB_LEMMAS.has(cue.entry.lemma) || cue.entry.lemma === 'add';
      }
      // "…, but the Kremlin said the talks were useful": an article or a possessive opens the clause the same way.
      const clause =
        !!next &&
        next.quote < 0 &&
        CLAUSE_STARTERS.has(next.lower) &&
        !SUBJECT_PRONOUNS.has(next.lower) &&
        cue.entry.frame !== 'o';
      return (
        clause || next?.lower === 'that' || next?.text === ',' || next?.text === ':' || next?.kind === 'quote'
      );
    }
  }
  return false;
}

// "says he …", "saying that …": a present or participle form of a verb of saying with a clause after it.
function presentSaying(tokens: Token[], cue: CueMatch): boolean {
  const form = tokens[cue.first]!.lower;
  if (cue.end - cue.first !== 1 || !(form.endsWith('s') || form.endsWith('ing'))) return false;
  if (cue.entry.stance === 'hedge' || cue.entry.frame === 'o') return false;
  const next = tokens[cue.end];
  return !!next && next.quote < 0 && (next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower));
}

// A subject pronoun, at most two adverbs, then a cue followed by "that" or the opening of a clause.
function pronounReport(tokens: Token[], at: number, limit: number): boolean {
  if (!SUBJECT_PRONOUNS.has(lower(tokens[at]))) return false;
  for (let k = at + 1; k < limit && k <= at + 3; k++) {
    const cue = cueAt(tokens, k, limit);
    if (cue) {
      const next = tokens[cue.end];
      const opens = next?.lower === 'that' || (!!next && CLAUSE_STARTERS.has(next.lower));
      return (cue.entry.past || tokens[k]!.lower.endsWith('s')) && !!next && next.quote < 0 && opens;
    }
    if (tokens[k]!.kind !== 'word' || !/ly$|^also$|^then$|^later$/.test(tokens[k]!.lower)) return false;
  }
  return false;
}

// Words that cannot stand inside a short subject: "text of the law showed it", "emails that the agency said it".
const NOT_IN_SUBJECT = new Set('that which who of in on at to for with by from'.split(' '));

function plainSubject(tokens: Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if (NOT_IN_SUBJECT.has(tokens[k]!.lower)) return false;
  return true;
}

const CLOSING_SUBJECT_WORDS = 5;

// True when the words from `from` are a short subject and a cue that end the sentence: ", polls show."
function closingAttribution(tokens: Token[], from: number, end: number): boolean {
  // Only a comma near the sentence's end can open one; this runs at every comma of a report.
  if (end - from > CLOSING_SUBJECT_WORDS + 2) return false;
  for (let k = from + 1; k < end && k <= from + CLOSING_SUBJECT_WORDS; k++) {
    if (tokens[k - 1]!.kind !== 'word' || tokens[k - 1]!.quote >= 0) return false;
    const cue = cueAt(tokens, k, end);
    if (cue) return cue.end === end || (cue.end === end - 1 && TERMINALS.has(tokens[cue.end]!.text));
  }
  return false;
}

/** End (exclusive token index) of a reported clause starting at `from`: the sentence end, `;`, or a new cue. */
export function clauseEnd(tokens: Token[], from: number, sentence: Sentence): number {
  let end = sentence.end;
  for (let i = from; i < sentence.end; i++) {
    const t = tokens[i]!;
    // "… and “people from China love me,” he also accuses …": the comma inside the closing mark ends the clause.
    if (
      t.kind === 'quote' &&
      i > from &&
      tokens[i - 1]!.text === ',' &&
      pronounReport(tokens, i + 1, sentence.end)
    )
      return i + 1;
    if (t.quote >= 0) continue;
    if (t.text === ';') return i;
    // "…would soon rebound and praised efforts by …", "condemned the attack and said …": a second verb of
    // saying starts a new report.
    // "… and says he introduced legislation", "… and saying he could not answer": so does a present or a participle
    // of saying followed by a clause of its own.
    if (t.lower === 'and' && i > from) {
      const next = cueAt(tokens, i + 1, sentence.end);
      if (next?.entry.past) return i;
      if (next && presentSaying(tokens, next)) return i;
      // "He says the response was to break them up and says he introduced a bill": a second report of its own.
      if (reportFollows(tokens, i + 1, sentence.end)) return tokens[i - 1]!.text === ',' ? i - 1 : i;
    }
    // "… but did not elaborate": the writer on what the speaker withheld, with or without a comma.
    if (CONTRASTS.has(t.lower) && i > from + 1 && withholdsDetail(tokens, i + 1)) {
      return tokens[i - 1]!.text === ',' ? i - 1 : i;
    }
    // "…, but the Kremlin insisted that …": a new subject and its cue start a second report.
    if (CONTRASTS.has(t.lower) && i > from + 1 && reportFollows(tokens, i + 1, sentence.end)) {
      return tokens[i - 1]!.text === ',' ? i - 1 : i;
    }
    // "…, he also accuses it of …": a pronoun and a cue with a clause of its own after a comma start a new report.
    if (t.text === ',' && i > from && pronounReport(tokens, i + 1, sentence.end)) return i;
    if (t.text === ',' && i > from) {
      // "…, without giving names", "…, he did not elaborate": the writer on what the speaker withheld (after a
      // contrast, "…, but did not elaborate", the contrast's own check above ends the clause at this comma).
      if (withholdsDetail(tokens, i + 1)) return i;
      // "…, a claim that could not be independently verified": the writer on the report.
      if (judgesReport(tokens, i + 1)) return i;
      // "Many people think the economy is in a recession, polls show.": the attribution of the whole sentence.
      if (closingAttribution(tokens, i + 1, sentence.end)) return i;
      const next = cueAt(tokens, i + 1, sentence.end);
      // "…, said the Khan family deserved better": a new attribution after a comma closes the clause.
      if (
        next &&
        (next.entry.lemma === 'according to' || next.entry.past || lower(tokens[i + 1]).endsWith('ing'))
      )
        return i;
    }
  }
  while (end > from && tokens[end - 1]!.quote < 0 && TERMINALS.has(tokens[end - 1]!.text)) end--;
  return end;
}

const SOURCE_PHRASE_REACH = 6;

// End of the noun phrase naming a source, a few plain words past the name it resolves to, when a comma closes it.
function sourcePhraseEnd(tokens: Token[], end: number, limit: number): number {
  let k = end;
  while (k < limit && k < end + SOURCE_PHRASE_REACH && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0)
    k++;
  return tokens[k]?.text === ',' ? k : end;
}

/** Start of the reported clause after a cue: skips an addressee or a short adverbial up to "that". */
function clauseStart(tokens: Token[], cue: CueMatch, sentence: Sentence): number {
  let k = cue.end;
  // "told analysts on a conference call that …", "said at an all-hands meeting that …", "said Tuesday morning that …"
  if (cue.entry.frame === 't' || ADVERBIAL_STARTS.has(lower(tokens[k])) || WEEKDAYS.has(lower(tokens[k]))) {
    // "told The Post and Courier newspaper of Charleston on Saturday that …", "wrote to Sanders’ Senate office that".
    for (
      let j = k;
      j < sentence.end &&
      j < k + ADDRESSEE_REACH &&
      ((tokens[j]!.kind === 'word' && tokens[j]!.quote < 0) || isPluralPossessive(tokens, j));
      j++
    ) {
      if (tokens[j]!.lower === 'that') return j + 1;
    }
    if (cue.entry.frame === 't') {
      let j = k;
      while (
        j < sentence.end &&
        j < k + ADDRESSEE_WORDS &&
        tokens[j]!.kind === 'word' &&
        tokens[j]!.quote < 0
      )
        j++;
      k = tokens[j]?.text === ',' || tokens[j]?.text === ':' ? j : k + 1;
    }
  }
  // "said Monday the economy was strong": the day is when it was said, not what.
  const timed = afterTimePhrase(tokens, k);
  if (
    timed > k &&
    timed < sentence.end - 2 &&
    (tokens[timed]!.kind === 'word' || tokens[timed]!.text === ',')
  )
    k = timed;
  while (k < sentence.end && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  if (lower(tokens[k]) === 'that') k++;
  return k;
}

// The clause before ", officials said." reaches back to the sentence start or the previous attribution.
function clauseBefore(tokens: Token[], floor: number, before: number): [number, number] {
  let end = before;
  while (end > floor && (tokens[end - 1]!.text === ',' || tokens[end - 1]!.text === '—')) end--;
  let start = floor;
  while (start < end && tokens[start]!.kind === 'punct') start++;
  return [afterDateline(tokens, start, end), end];
}

const isLowerWord = (t: Token) => (charBits(t.text.charCodeAt(0)) & (LETTER | UPPER)) === LETTER;

const MODIFIER_REACH = 8;

// "…, port officials said", "…, the Kremlin said", "…, Algerian foreign affairs ministry spokesman Benali Cherif
// Abdelaziz said": a comma before the subject, past its modifiers.
function commaBefore(tokens: Token[], first: number, floor: number): number {
  for (let k = first - 1; k >= floor && k >= first - MODIFIER_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === '—') return k;
    if (TITLES.has(t.text)) continue; // "…, Ms. Gedrich said."
    if (t.kind !== 'word' || t.quote >= 0 || t.lower === 'that' || RELATIVES.has(t.lower)) return -1;
    // "…, though they declined to say when": a clause of its own, no speaker set after what they said.
    if (SUBORDINATORS.has(t.lower) || CONJUNCTIONS.has(t.lower)) return -1;
    // Lower-case modifiers reach four words back; a capitalised run ("Algerian foreign affairs ministry") further.
    if (isLowerWord(t) && k < first - 4) return -1;
  }
  return -1;
}

const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'us', 'me', 'reporters', 'journalists']);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

// "…, a school spokesman told The Wall Street Journal.", "…, the president told her.": after a comma-led
// trailer, "told" and its addressee end the sentence or lead only to an adverbial.
function toldTrailer(tokens: Token[], cue: CueMatch, sentence: Sentence): boolean {
  if (cue.entry.frame !== 't') return false;
  let j = cue.end;
  if (OBJECT_PRONOUNS.has(lower(tokens[j]))) j++;
  else {
    const definite = lower(tokens[j]) === 'the';
    if (definite) j++;
    const start = j;
    while (j < sentence.end && j < start + 6 && tokens[j]!.quote < 0 && isCapitalized(tokens[j]!)) j++;
    // "…, he told the court in his filing.": a common noun after "the" is an addressee too.
    if (j === start && definite && tokens[j]?.kind === 'word' && tokens[j]!.quote < 0) j++;
    if (j === start) return false;
  }
  const next = tokens[j];
  if (!next || j >= sentence.end) return true;
  if (next.quote >= 0) return false;
  if (TERMINALS.has(next.text) || next.text === ',') return endsAfter(tokens, j, sentence);
  return (ADVERBIAL_STARTS.has(next.lower) || WEEKDAYS.has(next.lower)) && endsAfter(tokens, j, sentence);
}

// "…, port officials said": the lower-case modifiers after the comma belong to the subject; a title does not.
function widen(tokens: Token[], phrase: SpeakerPhrase, comma: number): SpeakerPhrase {
  return comma + 1 < phrase.first && !TITLES.has(tokens[comma + 1]!.text)
    ? { ...phrase, first: comma + 1 }
    : phrase;
}

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', '’s']);

// Words that may stand between a form of "be" and its participle: "was also asked", "was first asked", "should be
// very, very worried".
const PASSIVE_GAP = new Set([
  'also',
  'not',
  'never',
  'very',
  'so',
  'too',
  'first',
  'later',
  'again',
  'ever',
  ',',
]);
const MAX_PASSIVE_GAP = 4;
const BELIEF_STATES = new Set(['convince', 'worry', 'concern', 'persuade']);

// "who is said to have pressed for …", "the results of which will be announced", "applicants are asked", "She is
// assured of …": a passive cue names no speaker as its subject ("by" and its source are read elsewhere). "’s" is
// only "is" before "said": "she’s announced" is "she has announced".
function isPassive(tokens: Token[], cue: CueMatch): boolean {
  if (!cue.entry.past) return false;
  // "is convinced that …", "was worried that …": a state of belief, its holder the subject.
  if (BELIEF_STATES.has(cue.entry.lemma) && lower(tokens[cue.end]) === 'that') return false;
  let k = cue.first - 1;
  while (
    k > cue.first - 1 - MAX_PASSIVE_GAP &&
    tokens[k] &&
    (PASSIVE_GAP.has(tokens[k]!.lower) || /^[a-z]+ly$/.test(tokens[k]!.text))
  )
    k--;
  const before = tokens[k];
  if (!before) return false;
  return BE_FORMS.has(before.lower) && (before.lower !== '’s' || cue.entry.lemma === 'say');
}

const WITHHELD_ADVERBS = new Set(['yet', 'immediately', 'publicly', 'specifically', 'directly', 'always']);
const REFUSALS = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing']);
const NEGATIONS = new Set(['not', "n't", 'never']);

// "declined to say whether …", "would not say when …": a report withheld reports nothing.
function isWithheld(tokens: Token[], cue: CueMatch): boolean {
  // "It will not yet say whether …": an adverb may stand between the negation and the cue.
  const skip = WITHHELD_ADVERBS.has(lower(tokens[cue.first - 1])) ? 1 : 0;
  const before = lower(tokens[cue.first - 1 - skip]);
  // "Only time will tell": no one tells.
  if (before === 'will' && lower(tokens[cue.first - 2 - skip]) === 'time') return true;
  if (before === 'to') return REFUSALS.has(lower(tokens[cue.first - 2 - skip]));
  return NEGATIONS.has(before) || /n[’']t$/.test(before);
}

const RELATIVES = new Set(['who', 'which']);

// True when a relative clause with a verb of its own is still open before `to`: "People who have worked with
// Caldwell on the harbour board argue" (not "during which Trump asserted", where Trump is that clause's subject).
function insideRelative(tokens: Token[], from: number, to: number): boolean {
  let open = false;
  let verb = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (RELATIVES.has(t.lower)) [open, verb] = [k > from, false];
    else if (t.text === ',') open = false;
    else if (open && (CLAUSE_VERBS.has(t.lower) || isPastForm(t, false))) verb = true;
  }
  return open && verb;
}

function isRelative(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RELATIVES.has(tokens[k]!.lower)) return true;
  return false;
}

const LONG_SUBJECT_CUES = new Set(['say', 'tell']);
const MAX_LONG_SUBJECT = 16;

// "One in four voters in a poll last year said …", "A report published Wednesday said …": a subject too long
// for the phrase rules, taken whole when it opens the sentence and holds no verb of saying or quotation.
function longSubject(tokens: Token[], floor: number, cue: CueMatch): SpeakerPhrase | null {
  if (!LONG_SUBJECT_CUES.has(cue.entry.lemma) || tokens[cue.end]?.kind !== 'word') return null;
  // "declined to say whether …": an infinitive has no subject of its own; "cut the ribbon and said": the subject
  // is left out, and the sentence's own is the speaker.
  if (lower(tokens[cue.first - 1]) === 'to' || ELIDED_SUBJECT.has(lower(tokens[cue.first - 1]))) return null;
  let first = floor;
  while (first < cue.first && (tokens[first]!.kind !== 'word' || CONJUNCTIONS.has(tokens[first]!.lower)))
    first++;
  if (cue.first - first < 2 || cue.first - first > MAX_LONG_SUBJECT) return null;
  for (let k = first; k < cue.first; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.kind === 'quote' || t.lower === 'that' || (t.kind === 'punct' && t.text !== ','))
      return null;
  }
  if (tokens[cue.first - 1]!.kind !== 'word') return null;
  return { first, end: cue.first, kind: 'group' };
}

// Where a subject may open inside a sentence: after a leading clause and its comma ("While the industry cannot
// block it all, people who have battled online threats say …") or after a conjunction ("… but protest organizers
// in Cleveland say …").
const SUBJECT_OPENERS = new Set(['but', 'yet', 'so', 'while', 'whereas', 'although', 'though', 'even']);
// A verb of the subject's own clause, unless a relative pronoun opened that clause ("people who have battled …").
const CLAUSE_VERBS = new Set(
  'is was are were has have had will would can could should may might must did does do cannot'.split(' '),
);
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

// "prevailed", "distanced": a lower-case past form is the verb of a clause of its own.
// "Courted by most of the candidates, …": opening the sentence, a past form is capitalised.
const isPastForm = (t: Token, opening: boolean) =>
  t.text.length > 4 && t.lower.endsWith('ed') && (opening || isLowerWord(t));

// True when tokens [first, end) read as one noun phrase with at most a relative clause of its own.
function nounPhraseSpan(tokens: Token[], first: number, end: number): boolean {
  let relative = false;
  for (let k = first; k < end; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.kind === 'quote' || t.lower === 'that' || (t.kind === 'punct' && t.text !== ','))
      return false;
    if (t.kind !== 'word') continue;
    if (RELATIVE_OPENERS.has(t.lower)) relative = k > first;
    // "Trump and Putin both agreed": a compound subject is not one speaker.
    else if (!relative && (t.lower === 'and' || t.lower === 'both')) return false;
    // A present form of a cue word is a noun here ("The state admitted", "The report said"); a past form a verb.
    else if (
      !relative &&
      (CLAUSE_VERBS.has(t.lower) || CUE_FORMS.get(t.lower)?.past || isPastForm(t, k === first))
    )
      return false;
  }
  return true;
}

// Verbs of saying whose present forms are seldom nouns.
const VERB_LEMMAS = new Set(
  'say tell argue insist suggest warn acknowledge contend believe think explain predict concede assert'.split(
    ' ',
  ),
);

// Words that open an adverbial before the subject ("After the vote on Tuesday, officials say"), not the subject.
const ADVERBIAL_OPENERS = new Set(
  'after before in on at during for with since when as despite unlike like by from under over amid'.split(
    ' ',
  ),
);

// "Aides to Clinton argue …", "… but protest organizers in Cleveland say …", "people who have battled other online
// threats warn …": a subject too long for the phrase rules, taken whole when it opens the sentence or the clause
// of the cue and holds no verb of its own outside a relative clause, no verb of saying and no quotation.
function clauseOpeningSubject(tokens: Token[], floor: number, cue: CueMatch): SpeakerPhrase | null {
  if (cue.entry.frame !== 'b' && cue.entry.frame !== 't') return null;
  // Only a verb form takes a subject this loose: "remarks", "state", "hope", "warning" are nouns as often.
  const form = tokens[cue.first]!.lower;
  if (
    cue.end - cue.first > 1 ||
    form.endsWith('ing') ||
    !(cue.entry.past || VERB_LEMMAS.has(cue.entry.lemma))
  )
    return null;
  // "This call appeared significant": a verb of seeming or wanting reports nothing of its subject's.
  if (cue.entry.stance === 'hedge' && !VERB_LEMMAS.has(cue.entry.lemma)) return null;
  const before = tokens[cue.first - 1];
  // "took to Twitter to say": an infinitive has no subject of its own.
  if (tokens[cue.end]?.kind !== 'word' || before?.kind !== 'word' || before.lower === 'to') return null;
  let best: SpeakerPhrase | null = null;
  // Candidate starts, nearest first: after a comma or a conjunction, or the sentence start. A comma may close a
  // leading clause ("While the industry cannot block it all, people who … say") or sit inside the subject.
  for (let k = cue.first - 1; k >= floor && k >= cue.first - MAX_LONG_SUBJECT - 1; k--) {
    const t = tokens[k]!;
    const opener = t.text === ',' || SUBJECT_OPENERS.has(t.lower);
    if (!opener && k !== floor) continue;
    let first = opener ? k + 1 : k;
    while (first < cue.first && (tokens[first]!.kind !== 'word' || SUBJECT_OPENERS.has(tokens[first]!.lower)))
      first++;
    if (cue.first - first < 2) continue;
    if (RELATIVE_OPENERS.has(tokens[first]!.lower) || !nounPhraseSpan(tokens, first, cue.first)) break;
    if (best && ADVERBIAL_OPENERS.has(tokens[first]!.lower)) break;
    best = { first, end: cue.first, kind: 'group' };
    if (t.text !== ',') break;
  }
  return best;
}

const DOCUMENTS = new Set([
  'study',
  'report',
  'survey',
  'paper',
  'analysis',
  'review',
  'audit',
  'poll',
  'ruling',
]);

// "A study published on Wednesday in the journal Sleep Medicine found that …": a document that opens the sentence,
// with a participle after it, is the subject, not the last name before the cue.
function documentSubject(tokens: Token[], floor: number, cue: CueMatch): SpeakerPhrase | null {
  let first = floor;
  while (first < cue.first && tokens[first]!.kind !== 'word') first++;
  let noun = DETERMINER_OPENERS.has(lower(tokens[first])) ? first + 1 : first;
  // "A Harlow Courier poll released on Sunday showed …": a name or two before the document's noun.
  for (let k = 0; k < 3 && isCapitalized(tokens[noun]!) && !DOCUMENTS.has(lower(tokens[noun])); k++) noun++;
  const participle = tokens[noun + 1];
  if (noun + 1 >= cue.first || !DOCUMENTS.has(lower(tokens[noun])) || !participle) return null;
  if (!/^[a-z]+ed$/.test(participle.text) || cue.first - first > MAX_LONG_SUBJECT) return null;
  for (let k = noun; k < cue.first; k++) if (tokens[k]!.quote >= 0 || tokens[k]!.text === ',') return null;
  return { first, end: noun + 1, kind: 'group' };
}

const DETERMINER_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'another', 'its', 'their']);

// Words that open a reported clause straight after a cue: "…, Intel said the event was cancelled."
const CLAUSE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
]);

// True when nothing but a short adverbial follows the cue: "…, officials said on Monday."
function endsAfter(tokens: Token[], from: number, sentence: Sentence): boolean {
  let words = 0;
  // "…, Hennessey said, and …": a comma straight after the cue closes the attribution.

  for (let i = from; i < sentence.end; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.kind === 'quote') return false;
    if (t.kind === 'word') {
      if (lower(t) === 'that') return false;
      // "…, residents said during nearly three hours of public comment."
      if (++words > (ADVERBIAL_STARTS.has(lower(tokens[from])) ? 9 : 4)) return false;
    } else if (TERMINALS.has(t.text)) return true;
    // "In a speech last July, he said:" closing its paragraph: the colon opens what was said, set as a block.
    else if (t.text === ':' && (!tokens[i + 1] || tokens[i + 1]!.kind === 'break')) return false;
    else if (t.text === ',' && i > from) return cueAt(tokens, i + 1, sentence.end) !== null || words <= 4;
  }
  return true;
}

/** Finds reported speech in one sentence: "X said (that) …", "…, X said.", "According to X, …". */
export function findIndirectQuotes(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens } = work;
  let floor = sentence.first;
  let lastSpeaker: Speaker | null = null;
  for (let i = sentence.first; i < sentence.end; i++) {
    if (work.used[i] || tokens[i]!.quote >= 0) continue;
    const cue = cueAt(tokens, i, sentence.end);
    if (!cue || isPassive(tokens, cue) || isWithheld(tokens, cue) || relaysSaying(tokens, cue, sentence.end))
      continue;
    let phrase: SpeakerPhrase | null = null;
    let range: [number, number] | null = null;
    let tail: [number, number] | null = null;
    let late: SpeakerPhrase | null = null;
    if (cue.entry.lemma === 'according to') {
      phrase = sourceAfter(tokens, cue.end, sentence.end);
      if (!phrase) continue;
      let opening = true;
      for (let k = floor; k < cue.first && opening; k++) {
        opening = tokens[k]!.kind !== 'word' || CONJUNCTIONS.has(tokens[k]!.lower);
      }
      // The source's noun phrase may run on past the name it resolves to: "according to the Sanders aide, …".
      let close = sourcePhraseEnd(tokens, phrase.end, sentence.end);
      // "according to the regional governor, Oleh Syniehubov.": the name in apposition is the source.
      const named = phrase.kind === 'person' ? null : appositiveName(tokens, close, sentence.end);
      if (named) [phrase, close] = [named, named.end];
      // "according to Oleh Syniehubov, the regional governor.": the role in apposition is no part of the report.
      else if (phrase.kind === 'person' && appositiveRoleEnd(tokens, close, sentence.end) > 0)
        close = appositiveRoleEnd(tokens, close, sentence.end);
      range = opening
        ? [close + (tokens[close]?.text === ',' ? 1 : 0), clauseEnd(tokens, close + 1, sentence)]
        : clauseBefore(tokens, floor, cue.first);
      // "Over the long term, according to the budget office, the deficit rises": both sides are the content.
      if (!opening && tokens[cue.first - 1]?.text === ',' && tokens[close]?.text === ',') {
        const after = clauseEnd(tokens, close + 1, sentence);
        if (after - close > 2) tail = [close + 1, after];
        // "Now, according to the poll, some are swinging": a lone adverb before is no part of its own.
        if (tail && range[1] - range[0] < 2) [range, tail] = [tail, null];
      }
    } else {
      phrase =
        quotedAsSpeaker(tokens, cue, floor) ??
        documentSubject(tokens, floor, cue) ??
        subjectBefore(tokens, cue.first, floor, cue) ??
        clauseOpeningSubject(tokens, floor, cue) ??
        longSubject(tokens, floor, cue);
      // "People who have worked with Caldwell on the harbour board argue …": a name inside the subject's relative
      // clause is not the subject.
      if (phrase && phrase.end === cue.first && insideRelative(tokens, floor, phrase.first)) {
        phrase = clauseOpeningSubject(tokens, floor, cue) ?? phrase;
      }
      const afterComma = tokens[cue.first - 1]?.text === ',';
      // "…, saying …" and "… – saying …": a participle after a comma or a dash continues the sentence's subject.
      const participle =
        (afterComma || DASHES.has(tokens[cue.first - 1]?.text ?? '')) &&
        tokens[cue.first]!.text.endsWith('ing');
      // "X, a Republican who has refused to endorse Y, said …": a relative clause holds no attributed content
      // before its own cue, so only a clause after the cue can be reported.
      const relative = phrase !== null && isRelative(tokens, phrase.end, cue.first);
      const comma = phrase && !relative ? commaBefore(tokens, phrase.first, floor) : -1;
      // "he said he’s not worried": a contracted pronoun opens a clause as the pronoun does.
      const clauseNext =
        CLAUSE_STARTERS.has(lower(tokens[cue.end]).replace(/[’'](?:s|re|ll|d|ve|m)$/, '')) &&
        tokens[cue.end]!.quote < 0;
      if (phrase && comma >= 0 && toldTrailer(tokens, cue, sentence)) {
        phrase = widen(tokens, phrase, comma);
        range = clauseBefore(tokens, floor, comma);
      } else if (phrase && comma >= 0 && !clauseNext && endsAfter(tokens, cue.end, sentence)) {
        phrase = widen(tokens, phrase, comma);
        range = clauseBefore(tokens, floor, comma);
      } else if (phrase && comma >= 0 && comma > floor + 1 && tokens[cue.end]?.text === ',') {
        // "The plan, Tanzer said, is a model": the clause runs on both sides of the attribution.
        phrase = widen(tokens, phrase, comma);
        range = clauseBefore(tokens, floor, comma);
        const after = clauseEnd(tokens, cue.end + 1, sentence);
        // "…, two of the people said, speaking on condition of anonymity": a participle after the attribution
        // describes its speaker; only a clause is the rest of the report.
        const aside = /^[a-z]+ing$/.test(tokens[cue.end + 1]?.text ?? '');
        if (after - cue.end > 2 && !aside) tail = [cue.end + 1, after];
      } else if (
        !phrase &&
        afterComma &&
        !participle &&
        cue.entry.past &&
        cue.entry.frame !== 'o' &&
        (late = postposedSpeaker(tokens, cue.end, sentence.end))
      ) {
        // "…, said the company's chief executive, John J. Ferriola."
        phrase = late;
        range = clauseBefore(tokens, floor, cue.first);
      } else if (
        !phrase &&
        afterComma &&
        endsAfter(tokens, cue.end, sentence) &&
        // "…, referring to the two resorts.": a participle with no speaker after it reports what follows.
        !(participle && !phraseAfter(tokens, cue.end, sentence.end))
      ) {
        phrase = phraseAfter(tokens, cue.end, sentence.end); // "…, said the minister."
        if (phrase) range = clauseBefore(tokens, floor, cue.first);
      } else if (
        phrase ||
        participle ||
        // "Gov. Rick Scott (R) blasted Congress and said the state …": with no report read before it, a past cue
        // after "and" takes the subject of the sentence.
        ((lastSpeaker || cue.entry.past || SAYS_FORMS.has(tokens[cue.first]!.lower)) &&
          ELIDED_SUBJECT.has(lower(tokens[cue.first - 1])))
      ) {
        // "Conway rejected the idea … and said that …": a second verb whose subject is left out is the last speaker's.
        if (!phrase && !lastSpeaker) phrase = sentenceSubject(work, sentence, cue.first);
        // `“…,” Ramos said, referring to …`: the participle continues the trailer of a quote in this sentence.
        if (!phrase && !lastSpeaker && work.direct)
          lastSpeaker = trailerSpeaker(work.direct, tokens[sentence.first]!.start, tokens[cue.first]!.start);
        const start = clauseStart(tokens, cue, sentence);
        if (cue.entry.frame === 'q' && start === cue.end) continue;
        range = [start, subordinateEnd(tokens, floor, start, clauseEnd(tokens, start, sentence))];
      }
    }
    if (!range || range[1] - range[0] < 2) continue;
    // "An official, who asked not to be named, said that …": content that opens with a verb of saying of its own
    // belongs to that verb; the first cue took the wrong words for its addressee.
    if (range[0] > cue.first && cueAt(tokens, range[0], sentence.end)?.entry.past) continue;
    // "Carson admitted that …, but said his campaign had found it": the left-out subject is the last speaker.
    if (lastSpeaker && ELIDED_SUBJECT.has(lower(tokens[cue.first - 1]))) phrase = null;
    const speaker: Speaker | null = phrase
      ? sameBody(tokens, phrase, lastSpeaker, resolveSpeaker(ctx, phrase))
      : lastSpeaker;
    if (!speaker) continue;
    for (let k = cue.first; k < cue.end; k++) work.used[k] = 1;
    const quote = emitSpan(work, range[0], range[1], cueOf(work, cue), speaker);
    if (quote) {
      lastSpeaker = speaker;
      if (tail) addTail(work, quote, tail);
    }
    i = cue.end - 1;
    if (range[0] < cue.first) floor = cue.end;
  }
}

// Nouns that name a company or a body by what it is: "the utility", "the company", "the agency".
const BODY_NOUNS = new Set(
  'company utility firm bank airline carrier operator agency network broadcaster retailer insurer publisher'.split(
    ' ',
  ),
);

// "Sierra Pacific Power said …, and the utility denied that …": "the utility" after a named body's report in the
// same sentence is that body, named as before (a person's name, with a known first name, is no body).
function sameBody(tokens: Token[], phrase: SpeakerPhrase, last: Speaker | null, speaker: Speaker): Speaker {
  if (!last || last.kind === 'unknown' || last.kind === 'group' || phrase.end - phrase.first !== 2)
    return speaker;
  if (lower(tokens[phrase.first]) !== 'the' || !BODY_NOUNS.has(lower(tokens[phrase.first + 1])))
    return speaker;
  const words = last.name.split(' ');
  if (words.length < 2 || FIRST_NAME_GENDER.has(words[0]!)) return speaker;
  return { name: last.name, kind: 'organization', mention: speaker.mention };
}

const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'because',
  'if',
  'when',
  'since',
  'whereas',
  'after',
]);

// "While Ramos said that journalists cannot take sides, he appears …": a report inside a leading subordinate clause
// ends at the comma that closes that clause, before the main clause's subject.
function subordinateEnd(tokens: Token[], floor: number, start: number, end: number): number {
  let first = floor;
  while (first < start && tokens[first]!.kind !== 'word') first++;
  if (!SUBORDINATORS.has(lower(tokens[first]))) return end;
  for (let k = start + 1; k < end - 1; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text !== ',') continue;
    const next = tokens[k + 1]!;
    if (SUBJECT_PRONOUNS.has(next.lower)) return k;
    // "When Marsh said the pier, the boardwalk and the harbour would close": a comma inside a list closes nothing.
    if ((CLAUSE_STARTERS.has(next.lower) || isCapitalized(next)) && !listGoesOn(tokens, k + 1, end)) return k;
  }
  return end;
}

// True when an "and" or "or" comes before the next comma: the comma at `from` - 1 separates items of a list.
function listGoesOn(tokens: Token[], from: number, end: number): boolean {
  for (let k = from; k < end && tokens[k]!.text !== ','; k++) {
    if (tokens[k]!.lower === 'and' || tokens[k]!.lower === 'or') return true;
  }
  return false;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);

// The second half of a clause split by its attribution becomes the quote's second part.
function addTail(work: Work, quote: Quote, [first, end]: [number, number]): void {
  const start = work.tokens[first]!.start;
  const stop = work.tokens[end - 1]!.end;
  quote.parts = [
    { start: quote.start, end: quote.end },
    { start, end: stop },
  ];
  quote.end = stop;
  quote.text = partsText(work.text, quote.parts);
}
