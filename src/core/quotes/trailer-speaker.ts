import type { Quote, Speaker } from './types.ts';

/**
 * The speaker of the direct quote whose cue ends last before offset `at` and starts at or after `floor`
 * (`“…,” Ramos said, referring to …`), found by binary search over direct quotes in text order.
 */
export function trailerSpeaker(direct: readonly Quote[], floor: number, at: number): Speaker | null {
  let lo = 0;
  let hi = direct.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (direct[mid]!.cue.end <= at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) {
    const q = direct[k]!;
    if (q.cue.start >= floor && q.cue.end <= at) return q.speaker;
  }
  return null;
}
