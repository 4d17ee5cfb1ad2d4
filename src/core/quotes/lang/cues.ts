import type { Cue } from '../types.ts';
import type { CueWord, Gender } from './pack.ts';
import type { Reader } from './phrases.ts';

/** A cue in the text: tokens [first, end), its word, and the pronoun an inverted form carries ("dit-il"). */
export interface CueHit {
  first: number;
  end: number;
  word: CueWord;
  /** For "a-t-elle déclaré", "affirme-t-il": the subject inside the cue. */
  inverted: { gender: Gender | null; plural: boolean } | null;
}

// French inversion: "dit-il", "a-t-elle", "affirment-ils".
const INVERTED = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/;

/** The cue starting at token `i` (not inside a quote), with a compound past's auxiliary, or null. */
export function cueAt(r: Reader, i: number, limit: number): CueHit | null {
  const t = r.tokens[i];
  if (!t || t.kind !== 'word' || t.quote >= 0 || i >= limit) return null;
  const { cues, auxiliaries } = r.pack;
  const direct = cues.get(t.lower);
  if (direct) return { first: i, end: i + 1, word: direct, inverted: null };
  const next = r.tokens[i + 1];
  const nextCue =
    next && next.kind === 'word' && next.quote < 0 && i + 1 < limit ? cues.get(next.lower) : undefined;
  if (auxiliaries.has(t.lower) && nextCue) return { first: i, end: i + 2, word: nextCue, inverted: null };
  if (r.pack.lang !== 'fr') return null;
  const m = INVERTED.exec(t.lower);
  if (!m) return null;
  const pronoun = m[2]!;
  const inverted = {
    gender: pronoun === 'il' ? ('male' as const) : pronoun === 'elle' ? ('female' as const) : null,
    plural: pronoun.endsWith('s') || pronoun === 'on',
  };
  const verb = cues.get(m[1]!);
  if (verb) return { first: i, end: i + 1, word: verb, inverted };
  if (auxiliaries.has(m[1]!) && nextCue) return { first: i, end: i + 2, word: nextCue, inverted };
  return null;
}

/** A source preposition at `i` ("selon", "según", "de acuerdo con", "laut"): its tokens and word. */
export function sourceAt(r: Reader, i: number): { first: number; end: number; word: CueWord } | null {
  let key = '';
  for (let j = i; j < i + 3; j++) {
    const t = r.tokens[j];
    if (!t || t.kind !== 'word' || t.quote >= 0) return null;
    key = key ? `${key} ${t.lower}` : t.lower;
    const word = r.pack.sources.get(key);
    if (word) return { first: i, end: j + 1, word };
  }
  return null;
}

/** The public cue of a hit: its text and offsets in the original text. */
export function cueOfHit(r: Reader, hit: { first: number; end: number; word: CueWord }): Cue {
  const start = r.tokens[hit.first]!.start;
  const end = r.tokens[hit.end - 1]!.end;
  return { start, end, text: r.text.slice(start, end), lemma: hit.word.lemma, stance: hit.word.stance };
}
