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

/**
 * Fits Platt scaling to raw scores and gold outcomes (1 conflict, 0 not) by gradient descent on log loss;
 * deterministic. Out-of-fold scores only, or the fit learns the stories it is then measured on.
 */
export function fitCalibration(raw: readonly number[], gold: readonly (0 | 1)[]): Calibration {
  let scale = 1;
  let shift = 0;
  const xs = raw.map(logit);
  for (let step = 0; step < 2000; step++) {
    let gs = 0;
    let gb = 0;
    xs.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(scale * x + shift)));
      const g = p - (gold[i] ?? 0);
      gs += g * x;
      gb += g;
    });
    scale -= (0.5 * gs) / Math.max(1, xs.length);
    shift -= (0.5 * gb) / Math.max(1, xs.length);
  }
  return { scale: Math.round(scale * 1000) / 1000, shift: Math.round(shift * 1000) / 1000 };
}
