import type { Token } from '../text/tokenize.ts';
import { CUE_FORMS, MAX_CUE_WORDS, type CueEntry } from './cue-lexicon.ts';

/** A cue found in the text: token range [first, end) and its lexicon entry. */
export interface CueMatch {
  first: number;
  end: number;
  entry: CueEntry;
}

const FIRST_WORDS: ReadonlySet<string> = new Set([...CUE_FORMS.keys()].map((k) => k.split(' ')[0]!));

// Every word sequence that begins a multiword cue, so the look-ahead stops as soon as no cue can follow: most
// cue words ("said") begin none, and building and hashing longer keys was the matcher's main cost.
const PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const key of CUE_FORMS.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    // Proper prefixes (which may continue) and the whole multiword cue (which may match).
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
})();

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
  if (!PREFIXES.has(key)) return best;
  for (let j = i + 1; j < limit && j < i + MAX_CUE_WORDS; j++) {
    const u = tokens[j]!;
    if (u.kind !== 'word' || u.quote >= 0) break;
    key += ' ' + u.lower;
    if (!PREFIXES.has(key)) break;
    const entry = CUE_FORMS.get(key);
    if (entry) best = { first: i, end: j + 1, entry };
  }
  return best;
}
