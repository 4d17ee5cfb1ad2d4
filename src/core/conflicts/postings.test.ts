import { describe, expect, it } from 'vitest';
import { IntList, Interner, TopK } from './postings.ts';

describe('IntList', () => {
  it('grows past its first buffer and keeps every value in order', () => {
    const list = new IntList(2);
    for (let i = 0; i < 100; i++) list.push(i * 3);
    expect(list.length).toBe(100);
    expect(list.view()[0]).toBe(0);
    expect(list.view()[99]).toBe(297);
  });
});

describe('Interner', () => {
  it('gives dense ids and finds only strings already seen', () => {
    const keys = new Interner();
    expect(keys.intern('t:ceasefir')).toBe(0);
    expect(keys.intern('e:kremlin')).toBe(1);
    expect(keys.intern('t:ceasefir')).toBe(0);
    expect(keys.find('e:kremlin')).toBe(1);
    expect(keys.find('t:frog')).toBe(-1);
    expect(keys.size).toBe(2);
  });
});

describe('TopK', () => {
  it('keeps the k best of many, best first', () => {
    const top = new TopK(3);
    const scores = [5, 1, 9, 7, 3, 8, 2];
    scores.forEach((s, i) => top.offer(i, s));
    expect(top.sorted().map((x) => x.item)).toEqual([2, 5, 3]);
  });

  it('keeps nothing when k is 0', () => {
    const top = new TopK(0);
    top.offer(1, 10);
    expect(top.sorted()).toEqual([]);
  });
});
