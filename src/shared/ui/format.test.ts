import { describe, expect, it } from 'vitest';
import { countOf, formatAgo, formatBytes, formatDay } from './format.ts';

describe('formatDay', () => {
  it('formats ISO dates and epoch times as a day', () => {
    expect(formatDay('2025-05-03T10:00:00Z')).toBe('3 May 2025');
    expect(formatDay(Date.UTC(2024, 0, 31))).toBe('31 Jan 2024');
  });
  it('returns null for missing or unreadable dates', () => {
    expect(formatDay(undefined)).toBeNull();
    expect(formatDay('')).toBeNull();
    expect(formatDay('not a date')).toBeNull();
  });
});

describe('formatAgo', () => {
  const now = Date.UTC(2025, 4, 3, 12);
  it('says how long ago in words', () => {
    expect(formatAgo(now - 10_000, now)).toBe('just now');
    expect(formatAgo(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatAgo(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(formatAgo(now - 48 * 3_600_000, now)).toBe('2 days ago');
  });
  it('treats times in the future as now', () => {
    expect(formatAgo(now + 60_000, now)).toBe('just now');
  });
});

describe('formatBytes', () => {
  it('scales to a readable unit', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(4_200_000)).toBe('4.2 MB');
    expect(formatBytes(35_000)).toBe('35 kB');
  });
  it('says unknown when the browser cannot tell', () => {
    expect(formatBytes(null)).toBe('unknown');
    expect(formatBytes(-1)).toBe('unknown');
  });
});

describe('countOf', () => {
  it('picks singular or plural and groups digits', () => {
    expect(countOf(1, 'quote')).toBe('1 quote');
    expect(countOf(0, 'quote')).toBe('0 quotes');
    expect(countOf(1204, 'claim')).toBe('1,204 claims');
    expect(countOf(2, 'saved highlight')).toBe('2 saved highlights');
  });
});
