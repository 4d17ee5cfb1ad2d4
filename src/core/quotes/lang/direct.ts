import type { QuotedRegion } from '../../text/quote-pairs.ts';
import type { Cue, Quote, Span, Speaker } from '../types.ts';
import { cueAt, cueOfHit, sourceAt, type CueHit } from './cues.ts';
import { phraseAt, subjectBefore, type Phrase } from './phrases.ts';
import { impliedSpeaker, resolvePhrase } from './speakers.ts';
import { emitParts, isTerminal, type LangWork } from './work.ts';

/** Who a quoted region is attributed to, by which cue, and the tokens of an incise to leave out of it. */
interface Attribution {
  cue: Cue;
  speaker: Speaker;
  incise?: { first: number; end: number };
}

const DASHES = new Set(['—', '–', '-', '―']);
const TRAILER_WINDOW = 25;

function speakerOf(w: LangWork, hit: CueHit, phrase: Phrase | null, at: number): Speaker | null {
  if (phrase) return resolvePhrase(w, w.speakers, phrase);
  if (hit.inverted) {
    const first = hit.first;
    const fake: Phrase = {
      first,
      end: first + 1,
      kind: 'pronoun',
      nameFirst: first,
      nameEnd: first + 1,
      gender: hit.inverted.gender,
      role: null,
    };
    if (hit.inverted.plural) return null;
    const s = resolvePhrase(w, w.speakers, fake);
    return s.kind === 'person' ? s : null;
  }
  // A dropped subject ("«…», dijo.", "«…», afirmó en rueda de prensa"): only where nothing but an adverbial follows.
  const next = w.tokens[hit.end];
  if (next && next.kind === 'word' && !ADVERBIAL_STARTS.has(next.lower)) return null;
  return impliedSpeaker(w.speakers, at);
}

// Prepositions that start an adverbial after a cue whose subject is dropped, in all four languages.
const ADVERBIAL_STARTS = new Set(
  'en con a ante tras durante desde sobre em com ao à na no nos nas após à au aux dans devant lors après sur pendant depuis avant bei in im am vor nach auf gegenüber'.split(
    ' ',
  ),
);

/** End of the stretch after token `from` that may hold an attribution: the sentence end or the next quote. */
function stretchEnd(w: LangWork, from: number): number {
  let k = from;
  while (
    k < w.tokens.length &&
    k < from + TRAILER_WINDOW &&
    !isTerminal(w, k) &&
    w.tokens[k]!.kind !== 'quote'
  )
    k++;
  return k;
}

/**
 * An attribution that starts at token `k` and ends before `limit`: "a-t-il dit", "dijo el ministro",
 * "sagte Merz", "so Merz", "selon le ministre", "le ministre a déclaré", "hat Merz gesagt".
 */
export function attributionAt(w: LangWork, k: number, limit: number): (Attribution & { end: number }) | null {
  const { tokens, pack } = w;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || k >= limit) return null;
  const source = sourceAt(w, k);
  if (source) {
    const phrase = phraseAt(w, source.end, limit);
    return phrase
      ? { cue: cueOfHit(w, source), speaker: resolvePhrase(w, w.speakers, phrase), end: phrase.end }
      : null;
  }
  const only = pack.trailerOnly.get(t.lower);
  if (only) {
    const phrase = phraseAt(w, k + 1, limit);
    if (phrase)
      return {
        cue: cueOfHit(w, { first: k, end: k + 1, word: only }),
        speaker: resolvePhrase(w, w.speakers, phrase),
        end: phrase.end,
      };
  }
  const hit = cueAt(w, k, limit);
  if (hit) {
    const phrase = hit.inverted ? null : phraseAt(w, hit.end, limit);
    const speaker = speakerOf(w, hit, phrase, k);
    return speaker ? { cue: cueOfHit(w, hit), speaker, end: phrase ? phrase.end : hit.end } : null;
  }
  // German perfect: "hat Merz gesagt".
  if (pack.auxiliaries.has(t.lower)) {
    const phrase = phraseAt(w, k + 1, limit);
    const participle = phrase ? cueAt(w, phrase.end, limit) : null;
    if (phrase && participle) {
      const cue = cueOfHit(w, { first: participle.first, end: participle.end, word: participle.word });
      return { cue, speaker: resolvePhrase(w, w.speakers, phrase), end: participle.end };
    }
  }
  // Subject first: "…», le ministre a déclaré."
  const phrase = phraseAt(w, k, limit);
  if (!phrase) return null;
  let j = phrase.end;
  while (j < limit && tokens[j]!.kind === 'word' && pack.between.has(tokens[j]!.lower)) j++;
  const after = cueAt(w, j, limit);
  if (!after) return null;
  return { cue: cueOfHit(w, after), speaker: resolvePhrase(w, w.speakers, phrase), end: after.end };
}

// `« … », a-t-il dit.` / `„…“, sagte Merz.` / `"…", dijo.`
function trailer(w: LangWork, region: QuotedRegion): Attribution | null {
  if (region.close < 0) return null;
  let k = region.close + 1;
  while (w.tokens[k] && (w.tokens[k]!.text === ',' || DASHES.has(w.tokens[k]!.text))) k++;
  return attributionAt(w, k, stretchEnd(w, k));
}

// `Jean Dupont a déclaré : « … »` / `Dazu sagte Merz: „…“` / `Según el ministro, «…»` / `Il a affirmé que « … »`.
function lead(w: LangWork, region: QuotedRegion, floor: number): Attribution | null {
  const { tokens, pack } = w;
  let j = region.open - 1;
  const mark = tokens[j];
  if (!mark) return null;
  let allowed: number;
  if (mark.text === ':') allowed = 8;
  else if (mark.text === ',') allowed = 3;
  else if (mark.kind === 'word' && pack.complementizers.has(mark.lower)) allowed = 0;
  else return null;
  j--;
  for (let c = j; c >= floor && c >= j - 12; c--) {
    const source = sourceAt(w, c);
    if (source) {
      const phrase = phraseAt(w, source.end, j + 1);
      if (phrase && phrase.end === j + 1)
        return { cue: cueOfHit(w, source), speaker: resolvePhrase(w, w.speakers, phrase) };
      continue;
    }
    // "a affirmé" is read from its auxiliary.
    const hit = cueAt(w, c - 1, j + 1)?.end === c + 1 ? cueAt(w, c - 1, j + 1) : cueAt(w, c, j + 1);
    if (!hit) continue;
    let phrase: Phrase | null = null;
    let gapFrom = hit.end;
    if (!hit.inverted) {
      phrase = subjectBefore(w, hit.first, floor);
      // Verb second: "Am Montag sagte Merz: „…“", "declaró el ministro: «…»".
      if (!phrase) {
        const after = phraseAt(w, hit.end, j + 1);
        if (after) {
          phrase = after;
          gapFrom = after.end;
        }
      }
    }
    let gap = 0;
    for (let k = gapFrom; k <= j; k++)
      if (tokens[k]!.kind === 'word' && !pack.complementizers.has(tokens[k]!.lower)) gap++;
    if (gap > allowed) return null;
    const speaker = speakerOf(w, hit, phrase, c);
    // A verb with no speaker of its own ("la consideró insuficiente") may follow the cue that has one.
    if (speaker) return { cue: cueOfHit(w, hit), speaker };
  }
  return mark.text === ':' ? opener(w, floor, j) : null;
}

// "Pour Julie Marchand, consultante, le problème est ailleurs : « … »": a view attributed at the sentence's start.
function opener(w: LangWork, floor: number, last: number): Attribution | null {
  const t = w.tokens[floor];
  const word = t && t.kind === 'word' ? w.pack.openers.get(t.lower) : undefined;
  if (!word) return null;
  const phrase = phraseAt(w, floor + 1, last + 1);
  if (!phrase || phrase.kind === 'pronoun' || w.tokens[phrase.end]?.text !== ',') return null;
  return {
    cue: cueOfHit(w, { first: floor, end: floor + 1, word }),
    speaker: resolvePhrase(w, w.speakers, phrase),
  };
}

// `« Nous ne céderons pas, a-t-il déclaré, sur ce point »` / `«No cederemos —dijo el ministro—, porque…»`.
function incise(w: LangWork, region: QuotedRegion): Attribution | null {
  const { tokens } = w;
  const end = region.close >= 0 ? region.close : tokens.length;
  const q = tokens[region.open + 1]?.quote ?? -1;
  for (let p = region.open + 2; p < end - 1; p++) {
    const t = tokens[p]!;
    if (t.kind === 'break') break;
    if (t.text !== ',' && !DASHES.has(t.text)) continue;
    // The incise runs to the next comma, dash or sentence end inside the quote.
    let stop = p + 1;
    while (
      stop < end &&
      stop < p + 10 &&
      tokens[stop]!.text !== ',' &&
      !DASHES.has(tokens[stop]!.text) &&
      !isTerminal(w, stop)
    )
      stop++;
    if (stop >= end || stop === p + 1) continue;
    for (let k = p + 1; k < stop; k++) tokens[k]!.quote = -1;
    const hit = cueAt(w, p + 1, stop);
    const found =
      hit && (hit.inverted || w.pack.lang !== 'fr' || phraseAt(w, hit.end, stop))
        ? attributionAt(w, p + 1, stop)
        : null;
    if (found && found.end === stop)
      return {
        cue: found.cue,
        speaker: found.speaker,
        incise: {
          first: p,
          end: stop + (tokens[stop]!.text === ',' || DASHES.has(tokens[stop]!.text) ? 1 : 0),
        },
      };
    for (let k = p + 1; k < stop; k++) tokens[k]!.quote = q;
  }
  return null;
}

function contentWords(w: LangWork, region: QuotedRegion): number {
  let n = 0;
  const end = region.close >= 0 ? region.close : w.tokens.length;
  for (let i = region.open + 1; i < end && n < 4; i++) {
    const t = w.tokens[i]!;
    if (t.kind === 'break' && region.close < 0) break;
    if (t.kind === 'word') n++;
  }
  return n;
}

// The region's content, with an incise cut out of it.
function partsOf(w: LangWork, region: QuotedRegion, cut?: { first: number; end: number }): Span[] {
  if (!cut) return region.parts;
  const from = w.tokens[cut.first]!.start;
  const to = w.tokens[cut.end - 1]!.end;
  return region.parts.flatMap((p) =>
    p.end <= from || p.start >= to
      ? [p]
      : [
          { start: p.start, end: from },
          { start: to, end: p.end },
        ],
  );
}

/** Finds the direct quotes: each quoted region with an attribution after it, inside it or before it. */
export function findDirect(w: LangWork): void {
  const { tokens, regions } = w;
  let previous: { quote: Quote; paragraph: number; region: number } | null = null;
  let floor = 0;
  regions.forEach((region, ri) => {
    const words = contentWords(w, region);
    const start = floor;
    floor = (region.close >= 0 ? region.close : region.open) + 1;
    if (words < 2 || (region.single && words < 3) || looksLikeTitle(w, region)) return;
    let sentenceStart = region.open;
    while (sentenceStart > start && !isTerminal(w, sentenceStart - 1)) sentenceStart--;
    const paragraph = w.paragraphOf[region.open]!;
    const found = trailer(w, region) ?? incise(w, region) ?? lead(w, region, sentenceStart);
    let cue: Cue;
    let speaker: Speaker;
    if (found) {
      ({ cue, speaker } = found);
    } else {
      const opensParagraph = region.open === 0 || tokens[region.open - 1]!.kind === 'break';
      const follows = previous && previous.region === ri - 1 && previous.paragraph === paragraph;
      // A quoted paragraph with no cue goes on with the previous speaker, as news style does; a line of dialogue
      // opened by a dash is a new turn, often the interviewer's.
      const dash = DASHES.has(w.text.charAt(tokens[region.open]!.start));
      if (dash && !(previous && previous.region === ri - 1 && previous.paragraph === paragraph)) return;
      if (!previous || !(follows || (opensParagraph && paragraph - previous.paragraph <= 1))) return;
      cue = previous.quote.cue;
      speaker = { ...previous.quote.speaker, mention: null };
    }
    if (speaker.kind === 'unknown') return;
    const quote = emitParts(w, partsOf(w, region, found?.incise), 'direct', cue, speaker);
    const lastParagraph = w.paragraphOf[region.close >= 0 ? region.close : region.open]!;
    if (quote) previous = { quote, paragraph: lastParagraph, region: ri };
  });
}

// "Ocean Letters", "Betis Grande": capitalised words with no closing punctuation name a work, not a statement.
function looksLikeTitle(w: LangWork, region: QuotedRegion): boolean {
  if (region.close < 0 || region.parts.length > 1) return false;
  let words = 0;
  for (let i = region.open + 1; i < region.close; i++) {
    const t = w.tokens[i]!;
    if (t.kind !== 'word') return false;
    const minor = w.pack.particles.has(t.lower) || w.pack.determiners.has(t.lower);
    if (!minor && !/^\p{Lu}/u.test(t.text)) return false;
    words++;
  }
  return words >= 1 && words <= 8;
}
