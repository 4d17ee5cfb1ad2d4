import type { Claim, ClaimOrigin } from '../../core/claims/index.ts';
import { claimId } from '../../core/claims/index.ts';

/** A claim for store tests: `text` said by `speaker` on `url`, with keys given or derived from the words. */
export function testClaim(
  text: string,
  options: {
    url?: string;
    speaker?: string;
    origin?: ClaimOrigin;
    collected?: number;
    published?: string;
    entities?: string[];
  } = {},
): Claim {
  const url = options.url ?? 'https://ledger.test/2025/call';
  const speaker = options.speaker ?? 'Donald Trump';
  const domain = new URL(url).hostname;
  return {
    id: claimId(url, text, speaker),
    text,
    speaker: { name: speaker, kind: 'person' },
    cue: { text: 'said', lemma: 'say', stance: 'assert' },
    kind: 'direct',
    source: {
      outlet: domain.split('.')[0] ?? domain,
      domain,
      url,
      headline: 'Two accounts of one call',
      ...(options.published ? { published: options.published } : {}),
    },
    collected: options.collected ?? 1_750_000_000_000,
    origin: options.origin ?? 'page',
    keys: {
      terms: [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])],
      entities: options.entities ?? [speaker.toLowerCase().replace(/\s+/g, '_')],
      numbers: [],
    },
  };
}

/** The page input for claims found on `url`. */
export function testPage(url = 'https://ledger.test/2025/call') {
  const domain = new URL(url).hostname;
  return { url, outlet: domain.split('.')[0] ?? domain, domain, headline: 'Two accounts of one call' };
}
