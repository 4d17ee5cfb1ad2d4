import type { Claim } from '../core/claims/claim.ts';
import { keysFor } from '../core/claims/make-claim.ts';

/** A claim as the CLI's claim files give it: text, and optionally speaker, outlet, article URL and date. */
export interface ClaimLine {
  id: string;
  text: string;
  speaker?: string | null;
  /** The outlet's name. */
  source?: string;
  url?: string;
  /** ISO date of the article the claim came from. */
  date?: string;
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * The claim the extension would hold for a line: the same retrieval keys (`keysFor`), the outlet and domain of its
 * URL, its date as the article's. Lines carry no cue, so the claim is a plain statement.
 */
export function claimOfLine(line: ClaimLine): Claim {
  const speaker = line.speaker ?? null;
  const domain = hostOf(line.url);
  return {
    id: line.id,
    text: line.text,
    speaker: speaker ? { name: speaker, kind: /^the\s/i.test(speaker) ? 'organization' : 'person' } : null,
    cue: null,
    kind: 'statement',
    source: {
      outlet: line.source ?? domain,
      domain,
      url: line.url ?? '',
      ...(line.date ? { published: line.date } : {}),
    },
    collected: 0,
    origin: 'import',
    keys: keysFor(line.text, speaker, undefined, line.date),
  };
}
