import type { RelatedClaimView } from '../../shared/report.ts';
import { relatedClaimLines } from '../../shared/ui/related-claim.ts';
import { el } from './shadow-host.ts';

/** One claim from elsewhere: what was said, by whom, where, and why it conflicts; all as text. */
export function relatedClaim(claim: RelatedClaimView): HTMLElement {
  const lines = relatedClaimLines(claim, 400, 2);
  const item = el('div', 'other');
  const said = el('div');
  said.append(el('q', undefined, lines.said));
  item.append(said);
  const where = el('div', 'reason');
  where.append(`${lines.who} · `);
  if (lines.onThisPage) where.append('on this page');
  else if (lines.href) {
    const link = el('a', undefined, lines.outlet);
    link.href = lines.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    where.append(link);
  } else where.append(lines.outlet);
  if (lines.day) where.append(` · ${lines.day}`);
  item.append(where);
  for (const reason of lines.reasons) item.append(el('div', 'reason', reason));
  return item;
}
