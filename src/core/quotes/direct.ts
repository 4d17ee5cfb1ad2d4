import type { Sentence } from '../text/sentences.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import type { QuotedRegion } from '../text/quote-pairs.ts';
import { colonSource } from './colon-source.ts';
import { dashSource } from './dash-source.ts';
import { afterDateline } from './dateline.ts';
import { cueAt, type CueMatch } from './cue-match.ts';
import { appendRegion, cueOf, emitRegion, emitSpan, type Work } from './emit.ts';
import { phraseAfter, sourceAfter } from './speaker-after.ts';
import { postposedSpeaker } from './speaker-postposed.ts';
import { isPluralPossessive, subjectBefore, type SpeakerPhrase } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';
import { ROLE_NOUNS } from './speaker-words.ts';
import type { Cue, Quote, Speaker } from './types.ts';

interface Attribution {
  cue: CueMatch;
  phrase: SpeakerPhrase | null;
  /** The cue is followed by words that name a speaker this reading cannot parse: nobody else's words to borrow. */
  unread?: boolean;
}

// Long enough for a name with an appositive clause between the quote and its cue.
const TRAILER_WINDOW = 30;
const LEAD_GAP = 5;

// `"…," Ushakov noted.` / `"…," said Ushakov.` / `"…," the aide told reporters.`
function trailerAttribution(work: Work, region: QuotedRegion, limit: number): Attribution | null {
  const { tokens } = work;
  let i = region.close + 1;
  while (i < limit && (tokens[i]!.text === ',' || tokens[i]!.text === '—' || tokens[i]!.text === '-')) i++;
  const first = i;
  for (let j = first; j < limit && j < first + TRAILER_WINDOW; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      // `"…," Ms. Ruiz, who ran in 2014, said` and `"…," state Sen. Jason Holsman (D) said`.
      if ((t.text === ',' || t.text === '(' || t.text === ')') && j > first) continue;
      // `"…," Jeff Weaver, Sanders' campaign manager, said`: a plural possessive's apostrophe is no quote mark.
      if (isPluralPossessive(tokens, j)) continue;
      return null;
    }
    // `"gathering the facts" and would not rush …, but the Kremlin insisted`: the sentence goes on with a
    // clause of its own, and a cue after it belongs to another report.
    if (t.lower === 'but' || (j === first && t.lower === 'and')) return null;
    const cue = cueAt(tokens, j, limit);
    if (!cue) continue;
    // `… the “king of debt,” noting that Trump’s tax cuts …`: a participle with a clause of its own after the
    // quote goes on with the sentence; it does not attribute the quoted words.
    if (j === first && t.lower.endsWith('ing') && tokens[cue.end]?.kind === 'word') return null;
    if (cue.entry.lemma === 'according to' || j === first) {
      const phrase =
        cue.entry.lemma === 'according to'
          ? sourceAfter(tokens, cue.end, limit)
          : speakerAfterCue(tokens, cue, limit);
      if (phrase) return { cue, phrase };
      // `"…," said one of the firefighters.`: someone is named, though not in a form read here.
      return j === first ? { cue, phrase, unread: tokens[cue.end]?.kind === 'word' } : null;
    }
    const phrase = subjectBefore(tokens, j, first, cue);
    return phrase ? { cue, phrase } : null;
  }
  return null;
}

// `"…," said the city's police chief, Tom Reyes.`: the name in apposition is the speaker, read as a postposed
// subject is; `"…," said Ushakov, who …` and `"…," said the aide` as a plain phrase.
function speakerAfterCue(tokens: Token[], cue: CueMatch, limit: number): SpeakerPhrase | null {
  const late = cue.entry.frame !== 'o' ? postposedSpeaker(tokens, cue.end, limit) : null;
  return late ?? phraseAfter(tokens, cue.end, limit);
}

const COLON_REACH = 24;

// `Trump said: "…"` / `He told reporters, "…"` / `…, adding: "…"`; content words between cue and quote disqualify.
function leadAttribution(work: Work, region: QuotedRegion, floor: number): Attribution | null {
  const { tokens } = work;
  // "Lind summed up the season in the tunnel after the defeat: “…”": a colon lets the clause before it be long.
  const colon = tokens[region.open - 1]?.text === ':';
  const reach = colon ? COLON_REACH : LEAD_GAP + 6;
  for (let j = region.open - 1; j >= floor && j >= region.open - 1 - reach; j--) {
    const cue = cueAt(tokens, j, region.open);
    if (!cue) continue;
    const last = region.open > cue.end ? tokens[region.open - 1]!.text : undefined;
    if (last !== undefined && last !== ',' && last !== ':' && last !== 'that') return null;
    let wordGap = 0;
    for (let k = cue.end; k < region.open; k++) {
      if (tokens[k]!.kind === 'word' && tokens[k]!.text !== 'that') wordGap++;
    }
    // `told reporters at the White House, "…"`, `said in a memo to staff: "…"`, `said on Monday, "…"`.
    const allowed =
      last === ':' ? COLON_REACH : cue.entry.frame === 't' ? LEAD_GAP + 1 : last === ',' ? 3 : 0;
    if (wordGap > allowed) return null;
    const phrase =
      cue.entry.lemma === 'according to'
        ? sourceAfter(tokens, cue.end, region.open)
        : subjectBefore(tokens, cue.first, floor, cue);
    return { cue, phrase };
  }
  return null;
}

// Verbs that follow a subject: "Mr. Obama revised his plans in October, saying …", "Trump has delivered a
// defense of New York values, saying …". A lower-case past form or an auxiliary ends the subject.
const FINITE_AFTER_SUBJECT = new Set(
  'has have had is was are were will would can could did does do should may might must'.split(' '),
);
const SUBJECT_REACH = 12;
const VERB_REACH = 24;

function isFiniteVerb(t: Token): boolean {
  if (t.kind !== 'word' || t.quote >= 0) return false;
  if (FINITE_AFTER_SUBJECT.has(t.text)) return true;
  return t.text.length > 4 && t.text.endsWith('ed') && t.text === t.lower;
}

/**
 * Subject at the start of a sentence, inherited by participle cues ("…, adding: "…"", "…, saying …"): the subject
 * of its first cue, or else of its first finite verb, before token `before`.
 */
export function sentenceSubject(work: Work, sentence: Sentence, before = sentence.end): SpeakerPhrase | null {
  const { tokens } = work;
  const end = Math.min(sentence.end, before);
  let named = true;
  // "He’s comparing the measures to … and says …": a contracted pronoun opening the sentence is its subject.
  if (CONTRACTED_SUBJECT.test(tokens[sentence.first]?.lower ?? '')) {
    return { first: sentence.first, end: sentence.first + 1, kind: 'pronoun' };
  }
  for (let j = sentence.first; j < end && j < sentence.first + VERB_REACH; j++) {
    const cue = j < sentence.first + SUBJECT_REACH ? cueAt(tokens, j, sentence.end) : null;
    if (cue) return subjectBefore(tokens, cue.first, sentence.first);
    if (j > sentence.first && isFiniteVerb(tokens[j]!)) return subjectBefore(tokens, j, sentence.first);
    // "Carly Fiorina threw her support behind Cruz, saying …": the first lower-case word after a name that opens
    // the sentence is its verb, whatever its form.
    const t = tokens[j]!;
    if (named && j > sentence.first && t.kind === 'word' && t.quote < 0 && !isCapitalized(t)) {
      const phrase = subjectBefore(tokens, j, sentence.first);
      if (phrase && phrase.kind === 'person') return phrase;
    }
    // "The mayor cut the ribbon and said …": a determiner and a role noun open the sentence as its subject.
    if (
      j === sentence.first + 2 &&
      t.kind === 'word' &&
      !isCapitalized(t) &&
      roleOpening(tokens, sentence.first)
    ) {
      return subjectBefore(tokens, j, sentence.first);
    }
    named &&= t.kind === 'word' && t.quote < 0 && isCapitalized(t);
  }
  return null;
}

const CONTRACTED_SUBJECT = /^(?:he|she|they|we)[’'](?:s|re|d|ll|ve)$/;

const roleOpening = (tokens: Token[], first: number) =>
  (tokens[first]!.lower === 'the' || tokens[first]!.lower === 'a') &&
  ROLE_NOUNS.has(tokens[first + 1]?.lower ?? '');

/** Finds direct quotes and their speakers, region by region, in text order. */
export function findDirectQuotes(work: Work, ctx: SpeakerContext, sentences: Sentence[]): void {
  const { tokens, regions } = work;
  let previous: { quote: Quote; paragraph: number; region: number; cueAt: number } | null = null;
  regions.forEach((region, ri) => {
    const contentWords = countWords(work, region);
    if (region.single && contentWords < 3) return;
    const openSentence = sentences[ctx.sentenceOf[region.open] ?? 0]!;
    const closeAt = region.close >= 0 ? region.close : region.open;
    const closeSentence = sentences[ctx.sentenceOf[closeAt] ?? 0]!;
    const next = regions[ri + 1];
    const limit = Math.min(closeSentence.end, next ? next.open : tokens.length);
    const prevClose = ri > 0 ? regions[ri - 1]!.close : -1;
    const floor = Math.max(openSentence.first, prevClose + 1);
    let found: Attribution | null = null;
    if (region.close >= 0) found = trailerAttribution(work, region, limit);
    const trailer = found;
    if (!found && region.close >= 0 && region.close + 1 === closeSentence.end) {
      found = nextSentenceTrailer(
        work,
        region,
        sentences[(ctx.sentenceOf[closeAt] ?? 0) + 1],
        closeSentence,
        next,
      );
    }
    if (!found)
      found =
        leadAttribution(work, region, floor) ??
        colonSource(tokens, region) ??
        (region.close >= 0 ? dashSource(tokens, region, next ? next.open : tokens.length) : null);
    // `saying that “bombastic comments” do more harm than good`: the quoted words open a clause that goes on, a
    // mixed quote the reader of reported speech takes whole.
    if (found && found !== trailer && clauseGoesOn(work, region, closeSentence)) return;
    const opensParagraph = region.open === openSentence.first;
    if (!found && opensParagraph && tokens[region.open - 2]?.text === ':') {
      const before = sentences[ctx.sentenceOf[region.open - 2] ?? 0]!;
      found = leadAttribution(work, { ...region, open: region.open - 1 }, before.first);
    }
    if (contentWords < 2 && !(found && endsWithPunctuation(work, region))) return;
    if (looksLikeTitle(work, region)) return;
    const samePlace = previous && previous.paragraph === openSentence.paragraph && previous.region === ri - 1;
    // `She said the team had repeated it “because nobody believed it.”`: a fragment inside a sentence of its own
    // with its own cue belongs to that sentence's report, not to the quote before.
    // `“…,” Peskov said, adding that Moscow was ready “at any moment.”`: so also after the quote before, when a cue
    // other than that quote's own stands between them.
    const ownReport =
      !!samePlace &&
      !found &&
      !opensParagraph &&
      hasCueBefore(work, Math.max(floor, openSentence.first), region.open, previous?.quote.cue);
    if (samePlace && previous && !ownReport && (!found || previous.cueAt === found.cue.first)) {
      // `"…," he said, "…"` and `"…," he said. "…"`: one quote in several parts, as wire copy writes it.
      appendRegion(work, previous.quote, region);
      previous.region = ri;
      return;
    }
    let cue: Cue;
    let speaker: Speaker;
    if (found) {
      const phrase = found.phrase ?? sentenceSubject(work, openSentence);
      const borrowed = found.unread ? unknownSpeaker : (previous?.quote.speaker ?? unknownSpeaker);
      speaker = phrase ? resolveSpeaker(ctx, phrase) : borrowed;
      for (let k = found.cue.first; k < found.cue.end; k++) work.used[k] = 1;
      cue = cueOf(work, found.cue);
    } else if (
      opensParagraph &&
      previous &&
      (openSentence.paragraph - previous.paragraph <= 1 ||
        captionBetween(work, sentences, ctx.sentenceOf[region.open] ?? 0, previous.paragraph))
    ) {
      // A quoted paragraph with no cue continues the previous speaker, as news style does, also past a photo
      // caption the page set between them.
      cue = previous.quote.cue;
      speaker = { ...previous.quote.speaker, mention: null };
    } else {
      return;
    }
    const clause =
      trailer && found === trailer && openSentence === closeSentence
        ? mixedClause(
            work,
            region,
            trailer,
            reportedSince(work, openSentence)
              ? floor
              : afterDateline(tokens, openSentence.first, region.open),
          )
        : null;
    const quote = clause
      ? emitSpan(work, clause[0], clause[1], cue, speaker)!
      : emitRegion(work, region, cue, speaker);
    previous = { quote, paragraph: closeSentence.paragraph, region: ri, cueAt: found ? found.cue.first : -1 };
  });
}

const MIXED_LEAD_WORDS = 2;

// True when a quote introduced by "that" (or straight after its cue) is followed by plain words of the same clause.
function clauseGoesOn(work: Work, region: QuotedRegion, sentence: Sentence): boolean {
  const { tokens } = work;
  const lead = tokens[region.open - 1];
  if (region.close < 0 || !lead || (lead.lower !== 'that' && lead.kind !== 'word')) return false;
  let words = 0;
  for (let k = region.close + 1; k < sentence.end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.quote >= 0 || (t.kind === 'punct' && t.text !== ',')) break;
    if (t.text === ',') break;
    if (t.kind === 'word') words++;
  }
  return words >= MIXED_LEAD_WORDS;
}

// True when a quote was already reported in this sentence: a later mixed clause starts after it.
function reportedSince(work: Work, sentence: Sentence): boolean {
  const last = work.quotes[work.quotes.length - 1];
  return !!last && last.end > work.tokens[sentence.first]!.start;
}

// `Democrats had “put the biggest crack” yet in the glass ceiling, she said in a video message.`: plain words of
// the sentence before the quoted words, or between them and a comma-led attribution, make the whole clause the
// quote, a mixed one. Returns its token range, up to that comma, or null for a quote that stands alone
// (`“…,” she said.`), runs over several sentences, or follows a lead of its own (`Okonjo said: “…”`).
function mixedClause(
  work: Work,
  region: QuotedRegion,
  found: Attribution,
  first: number,
): [number, number] | null {
  const { tokens } = work;
  if (region.parts.length > 1 || !found.phrase) return null;
  const subject = Math.min(found.phrase.first, found.cue.first);
  if (subject <= region.close) return null;
  let end = subject;
  while (end > region.close + 1 && tokens[end - 1]!.kind === 'punct') end--;
  let between = 0;
  for (let k = region.close + 1; k < end; k++) if (tokens[k]!.kind === 'word') between++;
  if (tokens[subject - 1]?.text !== ',') between = 0;
  while (first < region.open && tokens[first]!.kind !== 'word') first++;
  const lead = tokens[region.open - 1];
  if (lead && (lead.text === ':' || lead.text === ',' || lead.lower === 'that')) return null;
  let before = 0;
  for (let k = first; k < region.open; k++) {
    const t = tokens[k]!;
    if (t.kind === 'break') return null;
    if (t.kind === 'word' && t.quote < 0) before++;
  }
  if (before < MIXED_LEAD_WORDS && between === 0) return null;
  return before >= MIXED_LEAD_WORDS ? [first, end] : [region.open, end];
}

function hasCueBefore(work: Work, first: number, open: number, besides?: Cue): boolean {
  if (work.tokens[first]?.kind === 'quote') return false;
  for (let k = first; k < open; k++) {
    if (cueAt(work.tokens, k, open) && work.tokens[k]!.start !== besides?.start) return true;
  }
  return false;
}

const CAPTION_LEADS = new Set(['photo', 'image', 'caption', 'pictured', 'video', 'credit', 'illustration']);

// True when the only paragraph between an earlier paragraph and sentence `si` is a photo caption: "Photo: …", or
// a line ending in a credit in brackets ("… (Northwire/Ines Calder)").
function captionBetween(work: Work, sentences: Sentence[], si: number, earlier: number): boolean {
  const paragraph = sentences[si]!.paragraph;
  if (paragraph - earlier !== 2) return false;
  let first = si - 1;
  while (first > 0 && sentences[first - 1]!.paragraph === paragraph - 1) first--;
  const at = sentences[first]!.first;
  const lead = work.tokens[at];
  const end = work.tokens[sentences[si - 1]!.end - 1];
  const labelled = !!lead && CAPTION_LEADS.has(lead.lower) && work.tokens[at + 1]?.text === ':';
  return labelled || end?.text === ')';
}

const TRAILER_TAIL_WORDS = 6;

// `''Can we win Illinois?'' Mr. Manafort asked.`: a question or exclamation mark before a capitalised name ends
// the sentence, so the attribution stands alone in the next one; it counts when little follows its cue.
function nextSentenceTrailer(
  work: Work,
  region: QuotedRegion,
  after: Sentence | undefined,
  sentence: Sentence,
  next: QuotedRegion | undefined,
): Attribution | null {
  if (!after || after.paragraph !== sentence.paragraph) return null;
  const limit = Math.min(after.end, next ? next.open : after.end);
  const found = trailerAttribution(work, region, limit);
  if (!found || !found.phrase) return null;
  let words = 0;
  for (let k = found.cue.end; k < after.end; k++) {
    const t = work.tokens[k]!;
    if (t.kind === 'quote' || t.quote >= 0 || t.lower === 'that') return null;
    if (t.kind === 'word' && ++words > TRAILER_TAIL_WORDS) return null;
  }
  return found;
}

const unknownSpeaker: Speaker = { name: 'unknown', kind: 'unknown', mention: null };

function countWords(work: Work, region: QuotedRegion): number {
  let n = 0;
  const end = region.close >= 0 ? region.close : work.tokens.length;
  for (let i = region.open + 1; i < end && n < 3; i++) {
    const t = work.tokens[i]!;
    if (t.kind === 'break' && region.close < 0) break;
    if (t.kind === 'word') n++;
  }
  return n;
}

function endsWithPunctuation(work: Work, region: QuotedRegion): boolean {
  const last = work.tokens[region.close - 1];
  return !!last && (last.text === ',' || last.text === '!' || last.text === '?' || last.text === '.');
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
]);

// "Year of Focus", "War and Peace": capitalised words with no closing punctuation name a work, not a statement.
function looksLikeTitle(work: Work, region: QuotedRegion): boolean {
  if (region.close < 0 || region.parts.length > 1) return false;
  let words = 0;
  for (let i = region.open + 1; i < region.close; i++) {
    const t = work.tokens[i]!;
    if (t.kind !== 'word') {
      if (t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
      continue;
    }
    if (!isCapitalized(t) && !MINOR_WORDS.has(t.text)) return false;
    words++;
  }
  return words >= 1 && words <= 8;
}
