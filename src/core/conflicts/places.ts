import table from './data/places.json';

/** One named place of the gazetteer: the indexes of the places it lies within, and whether any lies within it. */
interface Place {
  within: number[];
  holds: boolean;
}

const places: Place[] = table.places.map((row) => ({
  within: (row.split('>')[1] ?? '').split(',').filter(Boolean).map(Number),
  holds: false,
}));
const byName = new Map<string, number[]>();
table.places.forEach((row, i) => {
  for (const name of (row.split('>')[0] ?? '').split('|')) byName.set(name, [...(byName.get(name) ?? []), i]);
  for (const p of places[i]?.within ?? []) {
    const parent = places[p];
    if (parent) parent.holds = true;
  }
});

/** Every place a place lies within, itself included (bounded: the table is a shallow tree). */
function around(i: number): Set<number> {
  const seen = new Set<number>([i]);
  const todo = [i];
  while (todo.length > 0 && seen.size < 64) {
    for (const p of places[todo.pop() ?? -1]?.within ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        todo.push(p);
      }
    }
  }
  return seen;
}

/** The gazetteer's places a name may be ("odessa": the Ukrainian port and the Texan town), by a claim's name key. */
function senses(key: string): number[] {
  return byName.get(key.replace(/^the /, '')) ?? [];
}

/** True when the gazetteer knows a name as a place ("Istanbul", "NY", "Scottish"). */
export function isKnownPlace(key: string): boolean {
  return senses(key).length > 0;
}

/**
 * True when two names are surely two places apart: both known, each with a known whereabouts (lying within
 * another, or holding one), and neither lying within the other in any of their senses. "NY" and "Manhattan", or
 * "Michigan" and "Ann Arbor", are one place told at two scales; "Ayr", whose country the table does not give,
 * cannot be told apart from "Scottish".
 */
export function twoPlacesApart(p: string, q: string): boolean {
  const sp = located(p);
  const sq = located(q);
  if (sp.length === 0 || sq.length === 0) return false;
  const aroundP = sp.map(around);
  const aroundQ = sq.map(around);
  return !sp.some((i, a) => sq.some((j, b) => aroundP[a]!.has(j) || aroundQ[b]!.has(i)));
}

/** The senses of a name whose whereabouts the table knows: lying within another place, or holding one. */
function located(key: string): number[] {
  return senses(key).filter((i) => (places[i]?.within.length ?? 0) > 0 || places[i]?.holds);
}
