import { describe, expect, it } from 'vitest';
import { SEARCH } from './candidate-source.ts';
import { MemorySource } from './memory-source.ts';
import { rankRelatedClaims } from './find-related.ts';
import { saidClaim } from './test-claims.ts';

describe('MemorySource', () => {
  it('answers from the rare keys when every claim shares the common ones', async () => {
    const source = new MemorySource();
    for (let i = 0; i < SEARCH.perKey * 2; i++) {
      source.add(
        saidClaim(
          `The ministry said talks on grain exports were going well ${i % 7}`,
          'the ministry',
          'wire',
          {
            path: `n${i}`,
          },
        ),
      );
    }
    const yes = saidClaim('Zorblatt Industries agreed to sell the Quorvex plant', 'a spokesman', 'post', {
      path: 'a',
    });
    const no = saidClaim(
      'Zorblatt Industries denied it would sell the Quorvex plant',
      'a spokesman',
      'post',
      {
        path: 'b',
      },
    );
    source.add(yes);
    source.add(no);
    const query = saidClaim('Zorblatt Industries will sell the Quorvex plant', 'the ministry', 'ledger');
    const search = await source.search({ keys: query.keys });
    expect(search.candidates.map((c) => c.claim.id).sort()).toEqual([yes.id, no.id].sort());
    const ranked = await rankRelatedClaims(source, query, { rankAll: true });
    expect(
      ranked
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual([yes.id, no.id].sort());
  });

  it('keeps one claim per id, as the store keeps one record', () => {
    const source = new MemorySource();
    const claim = saidClaim('The talks went very well.', 'Donald Trump', 'ledger');
    source.add(claim);
    source.add(claim);
    expect(source.size).toBe(1);
  });
});
