import { describe, expect, it } from 'vitest';
import { newItems } from './new-items.ts';

describe('newItems', () => {
  it('keeps unseen items in feed order, each id once', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'b' }, { id: 'd' }];
    expect(newItems(items, new Set(['c'])).map((i) => i.id)).toEqual(['a', 'b', 'd']);
  });

  it('returns nothing when everything was seen', () => {
    expect(newItems([{ id: 'a' }], { has: () => true })).toEqual([]);
  });
});
