import { inflections } from '../claims/index.ts';
import type { NormalizedClaim } from '../claims/index.ts';
import synonymData from './data/synonyms.json';
import wordnetData from './data/wordnet.json';

function buildMeanings(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  groups.forEach((group, index) => {
    // A word may sit in several groups ("launch" starts things and lifts off): it keeps every meaning.
    for (const key of group.flatMap((word) => inflections(word.toLowerCase()))) {
      const set = map.get(key) ?? new Set<string>();
      set.add(`#${index}`);
      map.set(key, set);
    }
  });
  return map;
}

// The hand-written groups, and WordNet's first-sense synonyms among news copy's deeds (scripts/wordnet-tables.ts).
const meanings = buildMeanings([...synonymData.groups, ...wordnetData.synonyms]);

/** The meanings of a stem: its synonym groups from the shipped list, or the stem itself when it has none. */
export function meaningsOf(stemmed: string): ReadonlySet<string> {
  return meanings.get(stemmed) ?? new Set([stemmed]);
}

/** True when two stems are the same word or share a meaning ("plant" and "factory", "shut" and "close"). */
export function sameMeaning(x: string, y: string): boolean {
  if (x === y) return true;
  const mx = meaningsOf(x);
  for (const m of meaningsOf(y)) if (mx.has(m)) return true;
  return false;
}

/** The stems of `a` that `b` says too, in the same word or a word of the same meaning. */
export function sharedMeanings(a: NormalizedClaim, b: NormalizedClaim): Set<string> {
  const inB = new Set<string>();
  for (const t of b.terms) for (const m of meaningsOf(t)) inB.add(m);
  return new Set(a.terms.filter((t) => [...meaningsOf(t)].some((m) => inB.has(m))));
}

/** Share of the shorter claim's terms the two claims say alike (same word or same meaning). */
export function meaningOverlap(a: NormalizedClaim, b: NormalizedClaim): number {
  const shared = Math.min(sharedMeanings(a, b).size, sharedMeanings(b, a).size);
  return shared / Math.max(1, Math.min(a.terms.length, b.terms.length));
}

const stemsByMeaning = new Map<string, Set<string>>();
for (const [stemmed, groups] of meanings)
  for (const m of groups) stemsByMeaning.set(m, (stemsByMeaning.get(m) ?? new Set()).add(stemmed));

/** Other stems of the same meaning as a stem ("negoti" → "talk", "discuss"), the stem itself left out. */
export function synonymStems(stemmed: string): string[] {
  const out = new Set<string>();
  for (const m of meanings.get(stemmed) ?? []) for (const s of stemsByMeaning.get(m) ?? []) out.add(s);
  out.delete(stemmed);
  return [...out];
}

/** A query's terms followed by the other stems of their meanings, each once, so a search finds either wording. */
export function withSynonyms(terms: readonly string[]): string[] {
  return [...new Set([...terms, ...terms.flatMap(synonymStems)])];
}
