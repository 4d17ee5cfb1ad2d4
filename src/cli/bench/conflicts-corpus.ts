import { mulberry32 } from '../../lab/anchor/seeded-random.ts';
import type { IdentifiedClaimLine } from '../claim-line.ts';

// Small vocabularies for synthetic news claims: enough variety that inverted lists look like real ones.
const PEOPLE = [
  'Anna Berg',
  'Carlos Diaz',
  'Mei Chen',
  'Omar Haddad',
  'Lena Novak',
  'Raj Patel',
  'Sofia Rossi',
  'Tom Walker',
  'Yuki Sato',
  'Ivan Petrov',
];
const ORGS = [
  'the Kremlin',
  'the White House',
  'the ministry',
  'the central bank',
  'the union',
  'the company',
  'the council',
  'the army',
  'the court',
  'the agency',
];
const PLACES = [
  'Geneva',
  'Istanbul',
  'Nairobi',
  'Lima',
  'Oslo',
  'Hanoi',
  'Warsaw',
  'Cairo',
  'Quito',
  'Manila',
  'Vienna',
  'Doha',
];
const VERBS = [
  'agreed to',
  'refused to',
  'plans to',
  'will',
  'could',
  'has begun to',
  'did not',
  'promised to',
  'declined to',
  'voted to',
];
const ACTIONS = [
  'start talks on',
  'sign a deal on',
  'cut spending on',
  'raise taxes on',
  'ban imports of',
  'open an inquiry into',
  'release data on',
  'end the dispute over',
  'invest in',
  'review',
];
const TOPICS = [
  'a ceasefire',
  'grain exports',
  'the pipeline',
  'fuel prices',
  'the border',
  'vaccine supplies',
  'steel tariffs',
  'the election',
  'water rights',
  'the prisoner exchange',
  'rail links',
  'fishing quotas',
  'the budget',
  'climate targets',
  'mining permits',
];
const TAILS = [
  'next week',
  'on Monday',
  'over the weekend',
  'this year',
  'by March',
  'after the summit',
  'within days',
  '',
];
const NOUNS = ['individuals', 'workers', 'soldiers', 'tonnes', 'barrels', 'families', 'jobs', 'flights'];

// Seeded (mulberry32), so every run builds the same corpus.
const random = mulberry32;

/** Generates `count` synthetic news-like claims with speakers, sources, URLs and dates. */
export function* syntheticClaims(count: number, seed = 1): Generator<IdentifiedClaimLine> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const speaker = next() < 0.5 ? pick(PEOPLE) : pick(ORGS);
    const number = next() < 0.3 ? ` involving ${1 + Math.floor(next() * 500)} ${pick(NOUNS)}` : '';
    // A rare tag word per claim makes the vocabulary grow with the corpus, as real vocabularies do.
    const tag = `project${Math.floor(next() * Math.max(100, count / 20))}`;
    const text =
      `${pick(ORGS)} ${pick(VERBS)} ${pick(ACTIONS)} ${pick(TOPICS)} in ${pick(PLACES)}${number} ${pick(TAILS)} under ${tag}`.trim();
    const day = 1 + Math.floor(next() * 28);
    yield {
      id: `c${i}`,
      text: text.charAt(0).toUpperCase() + text.slice(1),
      speaker,
      source: `outlet${i % 50}`,
      url: `https://outlet${i % 50}.test/a/${Math.floor(i / 5)}`,
      date: `2025-05-${String(day).padStart(2, '0')}`,
    };
  }
}
