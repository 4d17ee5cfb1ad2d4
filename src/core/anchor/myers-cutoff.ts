/**
 * Myers' block matcher with Ukkonen's cut-off: only the blocks that can still stay within the error bound are
 * computed, so a 2,000-character quote with 80 allowed errors costs about 4 blocks a character, not 63.
 */
import type { CompiledPattern } from './myers.ts';

/** Advances block `b` by one text character; returns the horizontal delta leaving its last row. */
function advanceBlock(
  pv: Int32Array,
  mv: Int32Array,
  eqs: Int32Array,
  b: number,
  high: number,
  hin: number,
): number {
  const p = pv[b] ?? 0;
  const m = mv[b] ?? 0;
  const hinNegative = hin < 0 ? 1 : 0;
  const eq = (eqs[b] ?? 0) | hinNegative;
  const xv = eq | m;
  const xh = (((eq & p) + p) ^ p) | eq;
  let ph = m | ~(xh | p);
  let mh = p & xh;
  const hout = ph & high ? 1 : mh & high ? -1 : 0;
  ph = (ph << 1) | (hin > 0 ? 1 : 0);
  mh = (mh << 1) | hinNegative;
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return hout;
}

/**
 * Like a forward, free-start `scanDistances`, but exact only up to `maxErrors`: `out[i]` is the least distance of
 * a match ending just after index `from + i` when that is at most `maxErrors`, and `maxErrors + 1` otherwise.
 */
export function scanWithinErrors(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
): Int32Array {
  const { blocks, lastMask, masks, length } = pattern;
  const last = blocks - 1;
  const count = Math.max(0, to - from);
  const out = new Int32Array(count).fill(maxErrors + 1);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const none = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  const highOf = (b: number): number => (b === last ? lastMask : 1 << 31);
  // Blocks 0..y are active; each score is the distance at the block's last row (its row number at the start).
  let y = Math.min(last, Math.max(0, Math.ceil(maxErrors / 32) - 1));
  for (let b = 0; b <= last; b++) score[b] = b === last ? length : (b + 1) * 32;
  for (let step = 0; step < count; step++) {
    const eqs = masks.get(text.charCodeAt(from + step)) ?? none;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(pv, mv, eqs, b, highOf(b), carry);
      score[b] = (score[b] ?? 0) + carry;
    }
    const next = (eqs[y + 1] ?? 0) & 1;
    if ((score[y] ?? 0) - carry <= maxErrors && y < last && (next || carry < 0)) {
      // The band reaches the next block: start it fresh, as if all its cells were at their worst.
      y++;
      pv[y] = -1;
      mv[y] = 0;
      const rows = y === last ? length - 32 * last : 32;
      score[y] = (score[y - 1] ?? 0) + rows - carry + advanceBlock(pv, mv, eqs, y, highOf(y), carry);
    } else {
      while (y > 0 && (score[y] ?? 0) >= maxErrors + 32) y--;
    }
    if (y === last && (score[y] ?? Infinity) <= maxErrors) out[step] = score[y] ?? maxErrors + 1;
  }
  return out;
}
