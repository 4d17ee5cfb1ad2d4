import type { Claim } from '../../claims/index.ts';
import { makeClaim } from '../../claims/index.ts';

/** A claim said by `speaker` in an article of `outlet`, made as the extension makes one from a page's quote. */
export function saidClaim(
  text: string,
  speaker: string,
  outlet: string,
  options: { path?: string; published?: string } = {},
): Claim {
  const url = `https://${outlet}.test/${options.path ?? '2025/call'}`;
  return makeClaim(
    {
      text,
      speaker: { name: speaker, kind: speaker.startsWith('the ') ? 'organization' : 'person' },
      cue: { text: 'said', lemma: 'say', stance: 'assert' },
      kind: 'direct',
      source: { outlet, domain: `${outlet}.test`, url, published: options.published ?? '2025-05-20' },
      origin: 'page',
    },
    1_750_000_000_000,
  );
}
