import type { RelatedClaimView } from '../../shared/report.ts';
import { el } from './shadow-host.ts';

function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** One claim from elsewhere: what was said, by whom, where, and why it conflicts; all as text. */
export function relatedClaim(claim: RelatedClaimView): HTMLElement {
  const item = el('div', 'other');
  const said = el('div');
  said.append(el('q', undefined, claim.text));
  item.append(said);
  const where = el('div', 'reason');
  const who = claim.speaker ?? 'unattributed';
  where.append(`${who} · `);
  const href = safeHref(claim.url);
  if (claim.onThisPage) where.append('on this page');
  else if (href) {
    const link = el('a', undefined, claim.outlet || claim.domain);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    where.append(link);
  } else where.append(claim.outlet);
  if (claim.published) where.append(` · ${claim.published.slice(0, 10)}`);
  item.append(where);
  for (const reason of claim.reasons.slice(0, 2)) item.append(el('div', 'reason', reason.text));
  return item;
}
