import { describe, expect, it } from 'vitest';
import { SeenItems } from './seen-items.ts';

describe('SeenItems', () => {
  it('remembers ids as short hashes and survives a round trip through storage', () => {
    const seen = new SeenItems();
    seen.add('https://news.example/2025/05/19/a-very-long-article-address-that-goes-on.html');
    const stored = seen.toJSON();
    expect(stored[0]!.length).toBeLessThan(16);
    const again = new SeenItems(stored);
    expect(again.has('https://news.example/2025/05/19/a-very-long-article-address-that-goes-on.html')).toBe(
      true,
    );
    expect(again.has('another')).toBe(false);
  });

  it('forgets the oldest ids past the cap', () => {
    const seen = new SeenItems([], 3);
    for (const id of ['a', 'b', 'c', 'd']) seen.add(id);
    expect(['a', 'b', 'c', 'd'].map((id) => seen.has(id))).toEqual([false, true, true, true]);
  });

  it('ignores stored junk', () => {
    expect(new SeenItems([1, null, 'x'.repeat(100), 'ok']).toJSON()).toEqual(['ok']);
    expect(new SeenItems('nonsense').toJSON()).toEqual([]);
  });
});
