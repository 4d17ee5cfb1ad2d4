import { unwrapMarks, wrapRange } from './dom-marks.ts';
import { highlightNames, type HighlightKind } from './highlight-styles.ts';

interface HighlightRegistry {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

function nativeRegistry(): HighlightRegistry | null {
  const css = globalThis.CSS as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

/**
 * Draws our highlights: with the CSS Custom Highlight API where there is one (the page's DOM is left
 * alone), else by wrapping text in <mark> elements. Knows which ranges it drew, so it can draw them again
 * when a page clears `CSS.highlights`, and hide or show them all.
 */
export class Highlighter {
  private readonly ranges = new Map<HighlightKind, Range[]>();
  private readonly drawn = new Map<HighlightKind, Highlight>();
  private readonly marks = new Map<HighlightKind, HTMLElement[]>();
  private visible = true;

  constructor(private readonly registry: HighlightRegistry | null = nativeRegistry()) {}

  /** Whether the native Highlight API is in use (false: the <mark> fallback). */
  get native(): boolean {
    return this.registry !== null;
  }

  /** Replaces the ranges of one kind of highlight. */
  set(kind: HighlightKind, ranges: Range[]): void {
    this.ranges.set(kind, ranges);
    this.draw(kind);
  }

  /** Ranges of one kind, as last set. */
  get(kind: HighlightKind): readonly Range[] {
    return this.ranges.get(kind) ?? [];
  }

  /** Shows or hides every highlight of ours. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const kind of Object.keys(highlightNames) as HighlightKind[]) this.draw(kind);
  }

  /** Marks ranges strongly for a moment, to show the reader where a quote is. */
  flash(ranges: Range[], ms = 1_500): void {
    this.set('flash', ranges);
    setTimeout(() => this.set('flash', []), ms);
  }

  /** Draws again whatever a page removed from `CSS.highlights`; returns whether anything was missing. */
  restore(): boolean {
    if (!this.registry || !this.visible) return false;
    let restored = false;
    for (const [kind, highlight] of this.drawn) {
      if (this.registry.get(highlightNames[kind]) !== highlight) {
        this.registry.set(highlightNames[kind], highlight);
        restored = true;
      }
    }
    return restored;
  }

  private draw(kind: HighlightKind): void {
    const name = highlightNames[kind];
    const ranges = this.visible ? (this.ranges.get(kind) ?? []) : [];
    if (this.registry) {
      if (ranges.length === 0) {
        this.registry.delete(name);
        this.drawn.delete(kind);
        return;
      }
      const highlight = new Highlight(...ranges);
      this.registry.set(name, highlight);
      this.drawn.set(kind, highlight);
      return;
    }
    unwrapMarks(this.marks.get(kind) ?? []);
    this.marks.set(
      kind,
      ranges.flatMap((range) => wrapRange(range, name)),
    );
  }
}
