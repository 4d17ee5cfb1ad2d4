import type { Claim } from '../../core/claims/index.ts';
import { claimId } from '../../core/claims/index.ts';
import { mulberry32 } from '../../lab/anchor/seeded-random.ts';

/** A small deterministic random number generator (mulberry32), so every bench run stores the same claims. */
export const seededRandom = mulberry32;

const VOCABULARY = 30_000;
const ENTITIES = 3_000;
const OUTLETS = 40;

/** One synthetic article's worth of claims, shaped like real ones: ~25 words, skewed term use, selectors. */
export interface SyntheticPage {
  page: {
    url: string;
    outlet: string;
    domain: string;
    headline: string;
    published: string;
    quoteCount: number;
  };
  claims: Claim[];
}

/**
 * Synthetic pages of claims for benchmarks: word and entity frequencies are skewed (a few common, most rare) as
 * in news text, so index postings have the long tail the candidate query meets in use.
 */
export function* syntheticPages(total: number, perPage: number, seed = 1): Generator<SyntheticPage> {
  const random = seededRandom(seed);
  const pick = (size: number, skew: number) => Math.floor(size * random() ** skew);
  const start = Date.UTC(2025, 0, 1);
  for (let made = 0, n = 0; made < total; n++) {
    const outlet = `outlet${n % OUTLETS}`;
    const domain = `${outlet}.test`;
    const url = `https://${domain}/2025/story-${n}`;
    const published = new Date(start + n * 60_000).toISOString();
    const count = Math.min(perPage, total - made);
    const claims: Claim[] = [];
    for (let i = 0; i < count; i++) {
      const words = Array.from({ length: 18 + pick(15, 1) }, () => `w${pick(VOCABULARY, 3).toString(36)}`);
      const text = words.join(' ');
      const speaker = `Speaker ${pick(ENTITIES, 2)}`;
      const entities = [speaker.toLowerCase().replace(' ', '_'), `e${pick(ENTITIES, 2)}`];
      claims.push({
        id: claimId(url, text, speaker),
        text,
        speaker: { name: speaker, kind: 'person' },
        cue: { text: 'said', lemma: 'say', stance: 'assert' },
        kind: 'direct',
        source: { outlet, domain, url, headline: `Story ${n} about ${words[0]}`, published },
        collected: start + n * 60_000 + i,
        origin: 'page',
        // Normalisation caps terms at 24 per claim (KEY_LIMITS); the bench indexes as many.
        keys: {
          terms: [...new Set(words)].slice(0, 24),
          entities,
          numbers: i % 4 === 0 ? [`${pick(1000, 1)}`] : [],
        },
        selectors: [
          { type: 'TextQuoteSelector', exact: text, prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) },
          { type: 'TextPositionSelector', start: i * 400, end: i * 400 + text.length },
        ],
      });
    }
    made += count;
    yield { page: { url, outlet, domain, headline: `Story ${n}`, published, quoteCount: count }, claims };
  }
}
