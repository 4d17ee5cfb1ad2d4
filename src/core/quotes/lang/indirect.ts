import type { Sentence } from '../../text/sentences.ts';
import type { Cue, Speaker } from '../types.ts';
import { cueAt, cueOfHit, sourceAt } from './cues.ts';
import { attributionAt } from './direct.ts';
import { phraseAt, subjectBefore } from './phrases.ts';
import { impliedSpeaker, resolvePhrase } from './speakers.ts';
import { emitParts, isTerminal, kindOf, type LangWork } from './work.ts';

const MIN_CLAUSE_WORDS = 4;

/** "que", "dass", and French "qu'il" with its elided pronoun. */
export function isComplementizer(w: LangWork, k: number): boolean {
  const t = w.tokens[k];
  return !!t && t.kind === 'word' && (w.pack.complementizers.has(t.lower) || /^qu['’]/.test(t.lower));
}
const ADDRESSEE_WORDS = 5;
const TRAILER_TOKENS = 16;

function words(w: LangWork, first: number, end: number): number {
  let n = 0;
  for (let i = first; i < end; i++) if (w.tokens[i]!.kind === 'word') n++;
  return n;
}

// The clause without its final terminal, commas and spaces.
function clauseEnd(w: LangWork, first: number, end: number): number {
  let e = end;
  while (
    e > first &&
    (isTerminal(w, e - 1) || w.tokens[e - 1]!.text === ',' || w.tokens[e - 1]!.text === ':')
  )
    e--;
  return e;
}

function emit(w: LangWork, first: number, end: number, cue: Cue, speaker: Speaker | null): boolean {
  const stop = clauseEnd(w, first, end);
  if (!speaker || speaker.kind === 'unknown' || words(w, first, stop) < MIN_CLAUSE_WORDS) return false;
  const kind = kindOf(w, first, stop);
  // A clause that is one quoted region was read as a direct quote already.
  if (kind === 'direct') return false;
  const span = { start: w.tokens[first]!.start, end: w.tokens[stop - 1]!.end };
  return emitParts(w, [span], kind, cue, speaker) !== null;
}

// "Selon le ministère, …" / "Laut Polizei wurden …" / "…, selon le ministère."
function sourced(w: LangWork, s: Sentence): boolean {
  for (let k = s.first; k < s.end && k < s.first + 3; k++) {
    const source = sourceAt(w, k);
    if (!source) continue;
    const phrase = phraseAt(w, source.end, s.end);
    if (!phrase) return false;
    const from = w.tokens[phrase.end]?.text === ',' ? phrase.end + 1 : phrase.end;
    return emit(w, from, s.end, cueOfHit(w, source), resolvePhrase(w, w.speakers, phrase));
  }
  for (let k = s.first + MIN_CLAUSE_WORDS; k < s.end; k++) {
    if (w.tokens[k]!.text !== ',') continue;
    const source = sourceAt(w, k + 1);
    if (!source) continue;
    const phrase = phraseAt(w, source.end, s.end);
    if (phrase && isTerminal(w, phrase.end))
      return emit(w, s.first, k, cueOfHit(w, source), resolvePhrase(w, w.speakers, phrase));
  }
  return false;
}

// "Dem Ministerium zufolge …": a source before its postposition.
function postSourced(w: LangWork, s: Sentence): boolean {
  for (let k = s.first + 1; k < s.end && k < s.first + 8; k++) {
    const word = w.pack.postSources.get(w.tokens[k]!.lower);
    if (!word) continue;
    const phrase = subjectBefore(w, k, s.first);
    if (!phrase) return false;
    const cue = cueOfHit(w, { first: k, end: k + 1, word });
    return emit(w, k + 1, s.end, cue, resolvePhrase(w, w.speakers, phrase));
  }
  return false;
}

// "X a déclaré que …", "X negó que …", "Am Montag sagte Merz, dass …".
function thatClause(w: LangWork, s: Sentence): boolean {
  for (let c = s.first; c < s.end; c++) {
    const hit = cueAt(w, c, s.end);
    if (!hit) continue;
    let k = hit.end;
    const stop = Math.min(s.end, k + ADDRESSEE_WORDS);
    while (k < stop && !isComplementizer(w, k)) k++;
    if (k >= stop || w.tokens[k]!.quote >= 0) {
      c = hit.end - 1;
      continue;
    }
    let speaker: Speaker | null = null;
    const before = hit.inverted ? null : subjectBefore(w, hit.first, s.first);
    if (before) speaker = resolvePhrase(w, w.speakers, before);
    else if (!hit.inverted) {
      const after = phraseAt(w, hit.end, k);
      speaker = after ? resolvePhrase(w, w.speakers, after) : impliedSpeaker(w.speakers, c);
    } else {
      const found = attributionAt(w, c, k);
      speaker = found?.speaker ?? null;
    }
    // "qu'il" keeps its pronoun in the clause.
    const from = w.pack.complementizers.has(w.tokens[k]!.lower) ? k + 1 : k;
    return emit(w, from, s.end, cueOfHit(w, hit), speaker);
  }
  return false;
}

// "Die Lage sei ernst, sagte Merz." / "La reforma es necesaria, dijo el ministro."
function trailing(w: LangWork, s: Sentence): boolean {
  for (let k = s.end - 2; k > s.first + MIN_CLAUSE_WORDS; k--) {
    if (w.tokens[k]!.text !== ',') continue;
    const found = attributionAt(w, k + 1, s.end);
    if (found && isTerminal(w, found.end)) return emit(w, s.first, k, found.cue, found.speaker);
    // ", kritisierte der Sprecher der Grünen, Kassem Taher Saleh.": the attribution may hold a comma itself.
    if (s.end - k > TRAILER_TOKENS) return false;
  }
  return false;
}

/** Finds reported speech in one sentence: source prepositions, that-clauses and trailing attributions. */
export function findIndirect(w: LangWork, s: Sentence): void {
  for (let i = s.first; i < s.end; i++) if (w.tokens[i]!.kind === 'quote') return trailingMixed(w, s);
  if (sourced(w, s) || postSourced(w, s) || thatClause(w, s)) return;
  trailing(w, s);
}

// A sentence with quote marks: reported speech with a quoted fragment ("Die Regierung betreibe „Symbolpolitik“,
// kritisierte …"); a clause that is all quote was read as a direct quote.
function trailingMixed(w: LangWork, s: Sentence): void {
  if (sourced(w, s) || thatClause(w, s)) return;
  trailing(w, s);
}
