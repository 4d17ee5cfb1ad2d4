/** Readings of one tab stored within `windowMs`; more are refused until older ones leave the window. */
export const SCANS_PER_TAB = 40;
/** The window of the per-tab cap: ten minutes. */
export const SCAN_WINDOW_MS = 10 * 60_000;

/**
 * The times of a tab's recent readings, with `now` added when it fits the cap; null when the cap is reached.
 * The content script caps rescans per address, but a page that keeps changing its own address would escape
 * that: this counts per tab, whatever the address.
 */
export function takeScan(times: readonly number[], now: number): number[] | null {
  const recent = times.filter((t) => t > now - SCAN_WINDOW_MS && t <= now);
  return recent.length >= SCANS_PER_TAB ? null : [...recent, now];
}
