import { describe, expect, it } from 'vitest';
import type { Judgement } from '../types.ts';
import { conflictsOnPage } from './on-page.ts';
import { saidClaim } from './test-claims.ts';

const trump = saidClaim(
  'Russia and Ukraine will immediately start negotiations toward a ceasefire.',
  'Donald Trump',
  'ledger',
);
const ushakov = saidClaim(
  'Russia and Ukraine did not discuss negotiations toward a ceasefire.',
  'Yuri Ushakov',
  'ledger',
);
const again = saidClaim(
  'Negotiations toward a ceasefire between Russia and Ukraine start now.',
  'Donald Trump',
  'ledger',
);

describe('conflictsOnPage', () => {
  it('pairs quotes of different speakers only, both ways, marked on this page', () => {
    const judge = (): Judgement => ({
      relation: 'conflict',
      score: 0.8,
      reasons: [{ code: 'negation', text: 'One says they will, the other that they did not.', a: '', b: '' }],
    });
    const found = conflictsOnPage([trump, ushakov, again], { judge });
    expect(found.conflicts.get(0)?.map((c) => c.claimId)).toEqual([ushakov.id]);
    expect(found.conflicts.get(1)?.map((c) => c.claimId)).toEqual([trump.id, again.id]);
    expect(found.conflicts.get(1)?.every((c) => c.onThisPage)).toBe(true);
  });

  it('draws no dispute without a reason, and lists other accounts apart', () => {
    const silent = (): Judgement => ({ relation: 'conflict', score: 0.9, reasons: [] });
    const none = conflictsOnPage([trump, ushakov], { judge: silent });
    expect(none.conflicts.size + none.otherAccounts.size).toBe(0);
    const other = (): Judgement & { tier: 'other-account' } => ({
      relation: 'neutral',
      score: 0.3,
      reasons: [],
      tier: 'other-account',
    });
    const listed = conflictsOnPage([trump, ushakov], { judge: other });
    expect(listed.conflicts.size).toBe(0);
    expect(listed.otherAccounts.get(0)?.map((c) => c.claimId)).toEqual([ushakov.id]);
  });
});
