import type { RelatedClaimView } from '../report.ts';

/** Orders conflicting claims for the reader: trusted outlets first, then by score, then the newest. */
export function rankConflicts(conflicts: readonly RelatedClaimView[]): RelatedClaimView[] {
  const time = (c: RelatedClaimView) => (c.published ? Date.parse(c.published) || 0 : 0);
  return [...conflicts].sort(
    (a, b) => Number(b.trusted) - Number(a.trusted) || b.score - a.score || time(b) - time(a),
  );
}
