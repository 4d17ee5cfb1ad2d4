import type { StoreStats } from '../data-views.ts';
import { countOf } from './format.ts';

/** What "clear all" will delete, in words, from the store's figures. */
export function describeLoss(stats: StoreStats | null): string {
  if (!stats)
    return 'This deletes every claim, page and saved highlight Counterclaim keeps. It cannot be undone.';
  const parts = [
    countOf(stats.claims, 'claim'),
    countOf(stats.pages, 'page'),
    countOf(stats.savedHighlights, 'saved highlight'),
  ];
  return `This deletes ${parts[0]} (from ${countOf(stats.outlets, 'site')}), ${parts[1]} and ${parts[2]}. It cannot be undone. Your settings and sources stay.`;
}

/** The name of an export file for a day, e.g. "counterclaim-claims-2025-05-03.jsonl". */
export function exportFileName(now: Date): string {
  return `counterclaim-claims-${now.toISOString().slice(0, 10)}.jsonl`;
}
