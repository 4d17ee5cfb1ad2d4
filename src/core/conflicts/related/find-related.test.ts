import { describe, expect, it } from 'vitest';
import type { Judgement } from '../types.ts';
import { findRelated } from './find-related.ts';
import { MemorySource } from './memory-source.ts';
import { saidClaim } from './test-claims.ts';

const trump = saidClaim(
  'Moscow agreed to immediately start negotiations toward a ceasefire.',
  'Donald Trump',
  'ledger',
);
const kremlin = saidClaim(
  'There was no discussion of a ceasefire timeline in the call.',
  'the Kremlin',
  'wire',
);
const samePage = saidClaim('No negotiations toward a ceasefire were agreed.', 'the Kremlin', 'ledger');
const old = saidClaim('Negotiations toward a ceasefire were not agreed.', 'the Kremlin', 'post', {
  published: '2024-01-01',
});
const frog = saidClaim('A new species of frog lives in the cloud forest.', 'a biologist', 'post', {
  path: 'frog',
});

function sourceOf(...claims: ReturnType<typeof saidClaim>[]): MemorySource {
  const source = new MemorySource();
  for (const claim of claims) source.add(claim);
  return source;
}

describe('findRelated', () => {
  it('finds another outlet’s dispute with its reasons, never the claim’s own page nor news outside the window', async () => {
    const related = await findRelated(sourceOf(trump, kremlin, samePage, old, frog), trump);
    const ids = related.conflicts.map((c) => c.claimId);
    expect(ids).toEqual([kremlin.id]);
    expect(related.conflicts[0]?.reasons.length).toBeGreaterThan(0);
    expect(related.conflicts[0]).toMatchObject({ speaker: 'the Kremlin', outlet: 'wire', onThisPage: false });
  });

  it('sends what the judge calls another account to "Other accounts", and never marks it', async () => {
    const judge = (): Judgement & { tier: 'other-account' } => ({
      relation: 'neutral',
      score: 0.4,
      reasons: [],
      tier: 'other-account',
    });
    const related = await findRelated(sourceOf(trump, kremlin), trump, { judge });
    expect(related.conflicts).toEqual([]);
    expect(related.otherAccounts.map((c) => c.claimId)).toEqual([kremlin.id]);
  });

  it('says beside a claim in another language that only numbers, dates and names were compared', async () => {
    const inFrench = { ...kremlin, lang: 'fr' };
    const found = (await findRelated(sourceOf(inFrench), { ...trump, lang: 'en' })).conflicts;
    expect(found[0]?.reasons.map((r) => r.code)).toContain('languages');
    const same = (await findRelated(sourceOf(inFrench), { ...trump, lang: 'fr' })).conflicts;
    expect(same.flatMap((c) => c.reasons.map((r) => r.code))).not.toContain('languages');
  });

  it('never disputes on the language note alone', async () => {
    const judge = (): Judgement => ({ relation: 'conflict', score: 0.9, reasons: [] });
    const related = await findRelated(
      sourceOf({ ...kremlin, lang: 'fr' }),
      { ...trump, lang: 'en' },
      { judge },
    );
    expect(related.conflicts).toEqual([]);
  });

  it('shows no dispute the judge gives no reason for', async () => {
    const judge = (): Judgement => ({ relation: 'conflict', score: 0.9, reasons: [] });
    const related = await findRelated(sourceOf(trump, kremlin), trump, { judge });
    expect(related.conflicts).toEqual([]);
    expect(related.otherAccounts).toEqual([]);
  });

  it('leaves out ignored outlets and puts trusted ones first', async () => {
    const post = saidClaim('The ceasefire timeline was not covered in the talks.', 'Yuri Ushakov', 'post');
    const source = sourceOf(trump, kremlin, post);
    const ignored = await findRelated(source, trump, {
      trustOf: (url) => (url.includes('wire.test') ? 'ignored' : 'neutral'),
    });
    expect(ignored.conflicts.map((c) => c.outlet)).not.toContain('wire');
    const trusted = await findRelated(source, trump, {
      trustOf: (url) => (url.includes('post.test') ? 'trusted' : 'neutral'),
    });
    expect(trusted.conflicts[0]).toMatchObject({ outlet: 'post', trusted: true });
  });

  it('finds a dispute that shares no word with the claim, only a meaning', async () => {
    const vatican = saidClaim(
      'The negotiations between the two governments would be hosted by the Vatican.',
      'the president',
      'ledger',
    );
    const istanbul = saidClaim(
      'Istanbul remains the venue for direct talks between the two delegations.',
      'a Kremlin aide',
      'tribune',
    );
    const related = await findRelated(sourceOf(vatican, istanbul), vatican);
    expect(related.conflicts.map((c) => c.claimId)).toEqual([istanbul.id]);
  });
});
