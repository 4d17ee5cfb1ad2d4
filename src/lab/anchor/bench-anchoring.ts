import type { ClaimSelectors } from '../../core/claims/index.ts';
import { anchorSelectors, type AnchorMethod } from '../../core/anchor/anchor-selectors.ts';
import { describeSelection } from '../../core/anchor/describe-selection.ts';
import { normalizeText } from '../../core/anchor/normalize-text.ts';
import { changeRandomWords, mutatePage, pickSelection } from './page-mutator.ts';
import { mulberry32 } from './seeded-random.ts';

/** What one run of the re-anchoring benchmark measured. */
export interface AnchoringBench {
  words: number;
  highlights: number;
  /** Milliseconds to re-anchor every highlight on the changed page, normalisation included. */
  totalMs: number;
  found: number;
  byMethod: Record<AnchorMethod, number>;
}

/**
 * Saves `count` highlights on `page`, changes the page a little (paragraphs or ads inserted, sentences deleted,
 * whitespace changed, and ten words changed at random, so some highlights need the fuzzy step), then times
 * re-anchoring them all on the changed page, normalisation included, as the content script does on a revisit.
 */
export function benchAnchoring(page: string, count = 100, seed = 1): AnchoringBench {
  const random = mulberry32(seed);
  const saved: ClaimSelectors[] = [];
  let text = page;
  for (let i = 0; i < count; i++) {
    const { start, end } = pickSelection(random, page);
    saved.push(describeSelection(page, start, end));
  }
  // One revision of the page for all highlights: track the first highlight, edit freely around the others.
  const first = saved[0]?.[1] ?? { start: 0, end: 0 };
  text = mutatePage(random, { text, start: first.start, end: first.end }, [], 2).text;
  text = changeRandomWords(random, text, 10);
  const byMethod: Record<AnchorMethod, number> = { position: 0, quote: 0, fuzzy: 0 };
  let found = 0;
  const began = performance.now();
  const prepared = normalizeText(text);
  for (const selectors of saved) {
    const anchor = anchorSelectors(prepared, selectors);
    if (anchor) {
      found++;
      byMethod[anchor.method]++;
    }
  }
  const totalMs = performance.now() - began;
  return { words: page.split(/\s+/).filter(Boolean).length, highlights: count, totalMs, found, byMethod };
}
