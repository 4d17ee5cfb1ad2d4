import { describe, expect, it } from 'vitest';
import { SEARCH } from './candidate-source.ts';
import { orderPostings } from './gather.ts';

describe('orderPostings', () => {
  it('puts claims sharing the rarest keys first, a shared name above a shared word, ties by id', () => {
    const ordered = orderPostings(
      [
        { field: 'terms', ids: ['a', 'b', 'c', 'd'] },
        { field: 'terms', ids: ['b', 'c'] },
        { field: 'entities', ids: ['c', 'd'] },
      ],
      1000,
    );
    expect(ordered).toEqual(['c', 'd', 'b', 'a']);
  });

  it('counts a key too common to rank by only when no rarer key found anything, and then its first ids', () => {
    const common = Array.from({ length: SEARCH.perKey + 1 }, (_, i) => `id${String(i).padStart(4, '0')}`);
    expect(
      orderPostings(
        [
          { field: 'terms', ids: common },
          { field: 'terms', ids: ['rare'] },
        ],
        10_000,
      ),
    ).toEqual(['rare']);
    const alone = orderPostings([{ field: 'terms', ids: common }], 10_000);
    expect(alone).toHaveLength(SEARCH.perKey);
    expect(alone[0]).toBe('id0000');
  });
});
