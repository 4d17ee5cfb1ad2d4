import type { NormalizedText } from '../../core/anchor/index.ts';
import type { ArticleRead, TextMap } from '../../core/article/index.ts';
import type { SavedHighlight } from '../../shared/data-views.ts';
import type { Highlighter } from '../highlighter.ts';
import { timed, yieldToPage } from '../main-thread.ts';
import { rangeFor } from '../quote-layer.ts';
import { anchorVerbatimAll, type FoundHighlight } from './anchor-saved.ts';

/** Longest slice of fuzzy re-anchoring before the page gets a turn. */
const sliceMs = 8;

/**
 * The reader's saved highlights on this page: found again in the article text after each reading and drawn
 * in the reader's colour. Those that cannot be found are kept and counted, never deleted.
 */
export class SavedLayer {
  private saved: SavedHighlight[] = [];
  private readonly ranges = new Map<string, Range>();
  private missing: string[] = [];
  /** Bumped by each new anchoring, so an older one still in progress stops. */
  private generation = 0;

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

  /**
   * Finds every saved highlight in a fresh reading of the page and draws those found: the verbatim ones at once,
   * the rest with the full matcher in short slices, so a page of edited highlights never holds the main thread.
   */
  async anchor(article: ArticleRead): Promise<void> {
    const generation = ++this.generation;
    const { found, rest, missing } = timed('reanchor-saved', () =>
      anchorVerbatimAll(article.text, this.saved),
    );
    this.ranges.clear();
    this.missing = missing;
    this.place(article.map, found);
    if (rest.length === 0) return;
    const { anchorFully, normalizeText } = await import('./anchor-fully.ts');
    let normalized: NormalizedText | null = null;
    for (let next = 0; next < rest.length;) {
      await yieldToPage();
      if (generation !== this.generation) return;
      timed('reanchor-saved-slice', () => {
        const until = performance.now() + sliceMs;
        normalized ??= normalizeText(article.text);
        const placed: FoundHighlight[] = [];
        do {
          const highlight = rest[next++]!;
          const anchor = anchorFully(normalized, highlight);
          if (anchor) placed.push(anchor);
          else this.missing.push(highlight.id);
        } while (next < rest.length && performance.now() < until);
        this.place(article.map, placed);
      });
    }
  }

  /** Draws a highlight just saved at its span of the current reading. */
  add(saved: SavedHighlight, map: TextMap, span: { start: number; end: number }): boolean {
    this.saved = [...this.saved.filter((s) => s.id !== saved.id), saved];
    this.place(map, [{ id: saved.id, ...span, method: 'position' }]);
    return this.ranges.has(saved.id);
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
    this.generation++;
    this.saved = [];
    this.missing = [];
    this.ranges.clear();
    this.draw();
  }

  private place(map: TextMap, found: readonly FoundHighlight[]): void {
    for (const { id, start, end } of found) {
      const range = rangeFor(map, start, end);
      if (range) this.ranges.set(id, range);
      // Found in the text but not on the page any more (the DOM changed since the reading): not found.
      else if (!this.missing.includes(id)) this.missing.push(id);
    }
    this.draw();
  }

  private draw(): void {
    this.highlighter.set('saved', [...this.ranges.values()]);
  }
}
