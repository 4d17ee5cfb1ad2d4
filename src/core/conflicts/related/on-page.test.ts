import { describe, expect, it } from 'vitest';
import type { Judgement } from '../types.ts';
import { accountsOnPage } from './on-page.ts';
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

describe('accountsOnPage', () => {
  it('pairs quotes of different speakers only, both ways, as other accounts on this page', () => {
    const judge = (): Judgement => ({
      relation: 'conflict',
      score: 0.8,
      reasons: [{ code: 'negation', text: 'One says they will, the other that they did not.', a: '', b: '' }],
    });
    const found = accountsOnPage([trump, ushakov, again], { judge });
    expect(found.get(0)?.map((c) => c.claimId)).toEqual([ushakov.id]);
    expect(found.get(1)?.map((c) => c.claimId)).toEqual([trump.id, again.id]);
    expect(found.get(1)?.every((c) => c.onThisPage)).toBe(true);
  });

  it('drops what the judge would dispute without a reason, and keeps what it calls another account', () => {
    const silent = (): Judgement => ({ relation: 'conflict', score: 0.9, reasons: [] });
    expect(accountsOnPage([trump, ushakov], { judge: silent }).size).toBe(0);
    const other = (): Judgement & { tier: 'other-account' } => ({
      relation: 'neutral',
      score: 0.3,
      reasons: [],
      tier: 'other-account',
    });
    const listed = accountsOnPage([trump, ushakov], { judge: other });
    expect(listed.get(0)?.map((c) => c.claimId)).toEqual([ushakov.id]);
  });
});
