import type { Token } from '../text/tokenize.ts';
import { CUE_FORMS, MAX_CUE_WORDS, type CueEntry } from './cue-lexicon.ts';

/** A cue found in the text: token range [first, end) and its lexicon entry. */
export interface CueMatch {
  first: number;
  end: number;
  entry: CueEntry;
}

const FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_FORMS.keys()].map((k) => k.split(' ')[0]!));

/** Matches the longest cue starting at token `i` (outside quotes, not past `limit`), or null. */
export function cueAt(tokens: Token[], i: number, limit: number): CueMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.quote >= 0) return null;
  let key = t.lower;
  if (!FIRST_WORDS.has(key)) return null;
  // A capitalised cue word inside a sentence is part of a name: "United States", "World Report".
  if (key !== t.text && tokens[i - 1]?.kind === 'word' && t.text !== 'I') return null;
  let best: CueMatch | null = null;
  const single = CUE_FORMS.get(key);
  if (single) best = { first: i, end: i + 1, entry: single };
  for (let j = i + 1; j < limit && j < i + MAX_CUE_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind !== 'word' || u.quote >= 0) break;
    key += ' ' + u.lower;
    const entry = CUE_FORMS.get(key);
    if (entry) best = { first: i, end: j + 1, entry };
  }
  return best;
}
