/** One pointer of a WordNet synset: its kind ("!" antonym, "@i" instance of, "#p" part of), target and words. */
export interface SynsetPointer {
  symbol: string;
  offset: string;
  pos: string;
  /** The word in the target synset a lexical pointer names (1-based), 0 when it joins whole synsets. */
  target: number;
}

/** A synset as the build scripts read it: its lexicographer file, its words and its pointers. */
export interface Synset {
  lex: string;
  words: string[];
  pointers: SynsetPointer[];
}

/**
 * Reads one line of a WordNet `data.*` file (see wndb(5)): offset, lexicographer file, type, the hex count of
 * words each with its lex id, then the count of pointers, four fields each. Markers such as "(a)" are dropped.
 */
export function parseSynset(line: string): { offset: string; synset: Synset } {
  const f = line.split(' ');
  const count = parseInt(f[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) => (f[4 + i * 2] ?? '').replace(/\(.*\)$/, ''));
  let k = 4 + count * 2;
  const total = Number(f[k]);
  k++;
  const pointers: SynsetPointer[] = [];
  for (let p = 0; p < total; p++, k += 4) {
    const target = parseInt((f[k + 3] ?? '0000').slice(2), 16);
    pointers.push({ symbol: f[k] ?? '', offset: f[k + 1] ?? '', pos: f[k + 2] ?? '', target });
  }
  return { offset: f[0] ?? '', synset: { lex: f[1] ?? '', words, pointers } };
}
