import { describe, expect, it } from 'vitest';
import { calibrate } from './calibrate.ts';
import { DISPUTED, judgeClaims } from './judge.ts';
import { defaultModel } from './model.ts';

describe('calibrate', () => {
  const calibration = { bias: -1, weights: { learned: 2, refuting: 1.5 } };

  it('is the logistic of the weighted evidence', () => {
    const p = calibrate(
      new Map([
        ['learned', 0.5],
        ['refuting', 1],
      ]),
      calibration,
    );
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-(-1 + 2 * 0.5 + 1.5))), 10);
  });

  it('ignores evidence it has no weight for, page words included', () => {
    const p = calibrate(
      new Map([
        ['constructor', 5],
        ['__proto__', 5],
      ]),
      calibration,
    );
    expect(p).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });
});

describe('the shipped judge', () => {
  it('ships a calibration learned with the model', () => {
    expect(defaultModel.calibration).toBeDefined();
    expect(Object.keys(defaultModel.calibration?.weights ?? {})).toContain('learned');
  });

  it('marks a refuted report disputed only above the threshold, with the refuting word as its reason', () => {
    const j = judgeClaims(
      'A man kept a burger for twenty years',
      'The twenty-year-old burger story was a hoax, the man admits',
    );
    expect(j.reasons.map((r) => r.code)).toContain('refuting-word');
    expect(j.tier === 'disputed').toBe(j.score >= DISPUTED);
    expect(j.tier).not.toBe('none');
  });

  it('does not read "another death hoax" as another event', () => {
    const j = judgeClaims('The actor died at his home', 'The actor is the victim of another death hoax');
    expect(j.trace).not.toContain('another-event');
    expect(j.reasons.map((r) => r.code)).toContain('refuting-word');
  });

  it('does not read a claim that debunks the rumours it names as a hedge', () => {
    const j = judgeClaims(
      'The militant leader was killed',
      'Rumours of the militant leader being killed debunked',
    );
    expect(j.trace).not.toContain('hedged');
  });
});
