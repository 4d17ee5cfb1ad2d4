import type { ClaimWord } from '../claims/index.ts';
import lexicon from './data/stance-lexicon.json';

/** The word groups a stance is read from: refuting, denying, doubting, "alive and well", negators, hedges, affirming. */
export type StanceGroup = keyof typeof lexicon;

interface Phrase {
  group: StanceGroup;
  words: string[];
  text: string;
}

// Phrases indexed by their first word, so matching a claim costs one map lookup per word.
const byFirst = new Map<string, Phrase[]>();
for (const [group, list] of Object.entries(lexicon) as [StanceGroup, string[]][]) {
  for (const raw of list) {
    const text = raw.replace(/,/g, '').trim();
    const words = text.split(' ');
    const first = words[0];
    if (!first) continue;
    const entry = byFirst.get(first) ?? [];
    entry.push({ group, words, text });
    byFirst.set(first, entry);
  }
}

/** A stance word or phrase found in a claim, with its group and the character span it covers. */
export interface StanceHit {
  group: StanceGroup;
  text: string;
  start: number;
  end: number;
}

/** The word form the lexicon is written in: lower case, with every "n't" folded to one negator. */
export function lexiconForm(word: ClaimWord): string {
  return word.lower.endsWith("n't") ? "n't" : word.lower;
}

/** Every stance word or phrase of the shipped lexicon that occurs in a claim (each phrase once). */
export function findStanceWords(words: readonly ClaimWord[]): StanceHit[] {
  const forms = words.map(lexiconForm);
  const hits: StanceHit[] = [];
  const seen = new Set<string>();
  forms.forEach((form, i) => {
    for (const phrase of byFirst.get(form) ?? []) {
      if (seen.has(phrase.text)) continue;
      if (!phrase.words.every((w, k) => forms[i + k] === w)) continue;
      seen.add(phrase.text);
      const first = words[i];
      const last = words[i + phrase.words.length - 1];
      if (first && last)
        hits.push({ group: phrase.group, text: phrase.text, start: first.start, end: last.end });
    }
  });
  return hits;
}
