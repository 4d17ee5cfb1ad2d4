import type { Calibration } from './types.ts';

const EPS = 1e-4;

function logit(p: number): number {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
}

/** Maps a raw conflict score to a calibrated probability with Platt scaling; the identity without one. */
export function calibrate(raw: number, c?: Calibration): number {
  if (!c) return raw;
  return 1 / (1 + Math.exp(-(c.scale * logit(raw) + c.shift)));
}
