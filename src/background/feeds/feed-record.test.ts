import { describe, expect, it } from 'vitest';
import { freshRecord, isDue } from './feed-record.ts';

describe('isDue', () => {
  const now = 1_000_000;
  const healthy = { ...freshRecord('https://wire.test/feed'), nextReadAt: now + 60_000 };
  const failing = { ...healthy, consecutiveFailures: 2, nextReadAt: now + 3_600_000 };

  it('reads a healthy feed early on a forced refresh, and only when due otherwise', () => {
    expect(isDue(healthy, false, now)).toBe(false);
    expect(isDue(healthy, true, now)).toBe(true);
  });

  it('keeps a failing feed waiting out its backoff or Retry-After even when forced', () => {
    expect(isDue(failing, true, now)).toBe(false);
    expect(isDue(failing, true, failing.nextReadAt)).toBe(true);
  });
});
