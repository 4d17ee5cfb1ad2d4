import { inflections } from '../claims/index.ts';
import type { ClaimWord } from '../claims/index.ts';
import antonymData from './data/antonyms.json';
import lexiconData from './data/lexicon.json';
import wordnetData from './data/wordnet.json';

function buildAntonyms(pairs: readonly (readonly string[])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    const set = map.get(x) ?? new Set<string>();
    set.add(y);
    map.set(x, set);
  };
  for (const [x, y] of pairs) {
    if (!x || !y) continue;
    for (const sx of inflections(x)) {
      for (const sy of inflections(y)) {
        link(sx, sy);
        link(sy, sx);
      }
    }
  }
  return map;
}

// The hand-written pairs, and WordNet's opposites of news copy's deeds (scripts/wordnet-tables.ts).
const antonyms = buildAntonyms([...antonymData.pairs, ...wordnetData.antonyms]);

/** The stems opposite in meaning to a stem ("rise" → fall, drop, declin), from the shipped antonym list. */
export function antonymsOf(stemmed: string): ReadonlySet<string> {
  return antonyms.get(stemmed) ?? new Set<string>();
}

const refuting = lexiconData.refuting.map((phrase) => phrase.split(' '));

/** A refuting word or phrase found in a claim ("hoax", "not true"), with the words it spans. */
export interface RefutingHit {
  text: string;
  start: number;
  end: number;
}

/** Words and phrases that dispute a claim ("hoax", "fake", "denies", "not true"), as found in a claim's words. */
export function findRefuting(words: readonly ClaimWord[]): RefutingHit[] {
  const hits: RefutingHit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const phrase of refuting) {
      const last = words[i + phrase.length - 1];
      const first = words[i];
      if (!first || !last) continue;
      if (phrase.every((p, k) => words[i + k]?.lower === p)) {
        hits.push({ text: phrase.join(' '), start: first.start, end: last.end });
      }
    }
  }
  return hits;
}
