import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.ts';

const NOW = Date.UTC(2024, 0, 17, 9, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Wed, 17 Jan 2024 10:00:00 GMT', NOW)).toBe(3_600_000);
    expect(parseRetryAfter('Wed, 17 Jan 2024 08:00:00 GMT', NOW)).toBe(0);
  });

  it('caps at a week and ignores what it cannot read', () => {
    expect(parseRetryAfter('99999999999', NOW)).toBe(7 * 24 * 3_600_000);
    expect([parseRetryAfter('soon', NOW), parseRetryAfter(null, NOW), parseRetryAfter('', NOW)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
