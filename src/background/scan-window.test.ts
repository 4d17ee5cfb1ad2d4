import { describe, expect, it } from 'vitest';
import { SCAN_WINDOW_MS, SCANS_PER_TAB, takeScan } from './scan-window.ts';

describe('takeScan', () => {
  it('refuses the reading past the cap within the window, and allows it once old ones leave', () => {
    let times: number[] = [];
    for (let i = 0; i < SCANS_PER_TAB; i++) times = takeScan(times, 1_000 + i) ?? [];
    expect(times).toHaveLength(SCANS_PER_TAB);
    expect(takeScan(times, 2_000)).toBeNull();
    expect(takeScan(times, 1_000 + SCAN_WINDOW_MS)).not.toBeNull();
    expect(takeScan(times, 999 + SCAN_WINDOW_MS)).toBeNull();
  });
});
