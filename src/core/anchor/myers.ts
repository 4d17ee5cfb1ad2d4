/**
 * Myers' bit-parallel approximate string matching (1999), in Hyyrö's block form so patterns longer than 32
 * characters work: each text character costs one step per 32-character block of the pattern. One block step,
 * two scans: `scanDistances` gives exact distances (either direction, free or anchored start);
 * `scanWithinErrors` adds Ukkonen's cut-off, computing only the blocks that can still stay within an error
 * bound, so a 2,000-character quote with 80 allowed errors costs about 4 blocks a character, not 63.
 */

/** A pattern prepared for bit-parallel matching: per character, a bit mask of where it occurs, per block. */
export interface CompiledPattern {
  length: number;
  blocks: number;
  /** Bit of the pattern's last character within the last block. */
  lastMask: number;
  masks: Map<number, Int32Array>;
}

/** Prepares a pattern for `scanDistances`. */
export function compilePattern(pattern: string): CompiledPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32));
  const masks = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Int32Array(blocks);
      masks.set(code, mask);
    }
    mask[i >> 5] = (mask[i >> 5] ?? 0) | (1 << (i & 31));
  }
  const lastMask = pattern.length === 0 ? 0 : 1 << ((pattern.length - 1) & 31);
  return { length: pattern.length, blocks, lastMask, masks };
}

const zeroMasks: Int32Array[] = [];

/** A shared all-zero mask for characters absent from the pattern (never written to). */
function zeros(blocks: number): Int32Array {
  return (zeroMasks[blocks] ??= new Int32Array(blocks));
}

/** How a scan walks the text and where the pattern may begin. */
export interface ScanOptions {
  /** Walk from `to - 1` down to `from`; compile the pattern reversed for this. */
  reverse?: boolean;
  /** The match must begin at the first character walked (for finding a match's start from its known end). */
  anchored?: boolean;
}

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
  // The addition may carry past bit 31; `^` truncates to 32 bits, which is exactly what the algorithm wants.
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
 * Edit distances of the pattern against the text between `from` and `to`. Walking forward, `out[i]` is the
 * least distance of a match ending just after index `from + i`; walking in reverse, of a match starting at
 * index `to - 1 - i`. The cost is (to - from) × blocks steps.
 */
export function scanDistances(
  pattern: CompiledPattern,
  text: string,
  from: number,
  to: number,
  options: ScanOptions = {},
): Int32Array {
  const { blocks, lastMask, masks } = pattern;
  const count = Math.max(0, to - from);
  const out = new Int32Array(count);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const none = zeros(blocks);
  // Free start: the top row of the matrix is all zeros, so nothing flows in; anchored: it grows by one a column.
  const topDelta = options.anchored ? 1 : 0;
  let score = pattern.length;
  for (let step = 0; step < count; step++) {
    const at = options.reverse ? to - 1 - step : from + step;
    const eqs = masks.get(text.charCodeAt(at)) ?? none;
    let hin = topDelta;
    for (let b = 0; b < blocks; b++)
      hin = advanceBlock(pv, mv, eqs, b, b === blocks - 1 ? lastMask : 1 << 31, hin);
    score += hin;
    out[step] = score;
  }
  return out;
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
