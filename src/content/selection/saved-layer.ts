import type { ArticleRead, TextMap } from '../../core/article/index.ts';
import type { SavedHighlight } from '../../shared/data-views.ts';
import type { Highlighter } from '../highlighter.ts';
import { timed } from '../main-thread.ts';
import { rangeFor } from '../quote-layer.ts';
import { anchorSaved } from './anchor-saved.ts';

/**
 * The reader's saved highlights on this page: found again in the article text after each reading and drawn
 * in the reader's colour. Those that cannot be found are kept and counted, never deleted.
 */
export class SavedLayer {
  private saved: SavedHighlight[] = [];
  private readonly ranges = new Map<string, Range>();
  private missing: string[] = [];

  constructor(private readonly highlighter: Highlighter) {}

  /** Replaces the saved highlights known for this page (as the background listed them). */
  setSaved(saved: SavedHighlight[]): void {
    this.saved = saved;
  }

  /** How many saved highlights of this page are known. */
  get total(): number {
    return this.saved.length;
  }

  /** How many saved highlights of this page were not found in it at the last reading. */
  get notFound(): number {
    return this.missing.length;
  }

  /** Finds every saved highlight in a fresh reading of the page and draws those found. */
  anchor(article: ArticleRead): void {
    const { found, missing } = timed('reanchor-saved', () => anchorSaved(article.text, this.saved));
    this.ranges.clear();
    for (const { id, start, end } of found) {
      const range = rangeFor(article.map, start, end);
      if (range) this.ranges.set(id, range);
      else missing.push(id);
    }
    this.missing = missing;
    this.draw();
  }

  /** Draws a highlight just saved at its span of the current reading. */
  add(saved: SavedHighlight, map: TextMap, span: { start: number; end: number }): boolean {
    this.saved = [...this.saved.filter((s) => s.id !== saved.id), saved];
    const range = rangeFor(map, span.start, span.end);
    if (range) this.ranges.set(saved.id, range);
    else this.missing.push(saved.id);
    this.draw();
    return range !== null;
  }

  /** Stops drawing a deleted highlight; false when this page did not have it. */
  remove(id: string): boolean {
    const known = this.saved.some((s) => s.id === id);
    this.saved = this.saved.filter((s) => s.id !== id);
    this.missing = this.missing.filter((m) => m !== id);
    const drawn = this.ranges.delete(id);
    this.draw();
    return known || drawn;
  }

  /** Removes every saved highlight from the page (the site was turned off). */
  clear(): void {
    this.saved = [];
    this.missing = [];
    this.ranges.clear();
    this.draw();
  }

  private draw(): void {
    this.highlighter.set('saved', [...this.ranges.values()]);
  }
}
