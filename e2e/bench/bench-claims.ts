import { syntheticClaims } from '../../src/cli/bench/conflicts-corpus.ts';
import { jsonlHeaderLine } from '../../src/core/claims/interchange/jsonl.ts';
import type { ClaimLine } from '../../src/cli/claim-line.ts';

/** The corpus generator's outlet ids are `outlet<k>`; readers see a name, the store keys on the domain. */
function outletName(source: string): string {
  return source.replace(/^outlet/, 'Outlet ');
}

/**
 * One synthetic claim as a line of Counterclaim's claim file, shaped like a claim collected from a page: speaker,
 * cue, outlet, headline, date and W3C selectors. Id and keys are left out, so the import computes both exactly as
 * it does for any claim file (keys are never trusted from a file anyway).
 */
export function claimLineOf(claim: ClaimLine, index: number): string {
  const speaker = claim.speaker ?? 'Unknown';
  const source = claim.source ?? 'outlet0';
  const url = claim.url ?? `https://${source}.test/a/${index}`;
  const published = claim.date ?? '2025-05-01';
  const headline = claim.text.split(' ').slice(0, 8).join(' ');
  const start = 400 + (index % 7) * 250;
  return `${JSON.stringify({
    text: claim.text,
    speaker: { name: speaker, kind: speaker.startsWith('the ') ? 'organization' : 'person' },
    cue: { text: 'said', lemma: 'say', stance: 'assert' },
    kind: 'direct',
    source: { outlet: outletName(source), domain: `${source}.test`, url, headline, published },
    collected: Date.parse(published) + index,
    origin: 'page',
    selectors: [
      {
        type: 'TextQuoteSelector',
        exact: claim.text,
        prefix: 'officials told reporters that ',
        suffix: ', according to a statement',
      },
      { type: 'TextPositionSelector', start, end: start + claim.text.length },
    ],
  })}\n`;
}

/**
 * `count` synthetic news-like claims (the conflicts bench's corpus) as claim files of at most `batch` claims
 * each, header line included, ready for one 'import-claims' message per file.
 */
export function* claimFiles(
  count: number,
  batch: number,
  seed = 1,
): Generator<{ text: string; claims: number }> {
  let lines: string[] = [];
  let index = 0;
  const file = () => ({
    text: jsonlHeaderLine(Date.UTC(2025, 5, 1), lines.length) + lines.join(''),
    claims: lines.length,
  });
  for (const claim of syntheticClaims(count, seed)) {
    lines.push(claimLineOf(claim, index++));
    if (lines.length === batch) {
      yield file();
      lines = [];
    }
  }
  if (lines.length > 0) yield file();
}

/** A 'check-selection' request, as the content script sends it for a reader's selection on an article. */
export interface SelectionCheck {
  text: string;
  context: string;
  page: {
    url: string;
    canonicalUrl: string;
    outlet: string;
    domain: string;
    headline: string;
    published: string;
    authors: string[];
  };
}

/**
 * `count` selections to check against the store: claims from the same generator with another seed, so they share
 * speakers, places, topics and tags with the stored claims, on an article of an outlet not in the store.
 */
export function selectionChecks(count: number, seed = 7): SelectionCheck[] {
  return [...syntheticClaims(count, seed)].map((claim, i) => {
    const url = `https://reader.test/2025/05/story-${i}`;
    return {
      text: claim.text,
      // The sentence around the selection, as the content script sends it: the speaker is read from it.
      context: `"${claim.text}," ${claim.speaker ?? 'an official'} said on Monday.`,
      page: {
        url,
        canonicalUrl: url,
        outlet: 'Reader Daily',
        domain: 'reader.test',
        headline: claim.text.slice(0, 80),
        published: '2025-05-15',
        authors: [],
      },
    };
  });
}
