import { describe, expect, it } from 'vitest';
import { IntList, Interner } from './postings.ts';

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
