import { unwrapMarks, wrapRange } from './dom-marks.ts';
import { pageHighlightCss, quoteHighlightName } from './highlight-styles.ts';
import { adoptStyles } from './page-styles.ts';
import type { OverlayKind, OverlayMarks } from './ui/overlay-marks.ts';

interface HighlightRegistry {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

function nativeRegistry(): HighlightRegistry | null {
  const css = globalThis.CSS as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights && typeof Highlight === 'function' ? css.highlights : null;
}

/** Which highlight a range belongs to: a quote found on the page, or one of the overlay kinds. */
export type HighlightKind = 'quote' | OverlayKind;

/**
 * Draws our highlights. Quotes go where the page can see them, under one name and style that never depends on the
 * store: the CSS Custom Highlight API where there is one (the page's DOM is left alone), else <mark> elements.
 * Disputed, saved and flashed ranges go to the overlay inside our closed shadow root. Knows which ranges it drew,
 * so it can draw them again when a page clears `CSS.highlights`, and hide or show them all.
 */
export class Highlighter {
  private quotes: Range[] = [];
  private drawn: Highlight | null = null;
  private marks: HTMLElement[] = [];
  private visible = true;
  private styled = false;

  constructor(
    private readonly overlay: OverlayMarks,
    private readonly registry: HighlightRegistry | null = nativeRegistry(),
  ) {}

  /** Whether the native Highlight API is in use (false: the <mark> fallback). */
  get native(): boolean {
    return this.registry !== null;
  }

  /** Replaces the ranges of one kind of highlight; quotes are set with every reading of the page, found or not. */
  set(kind: HighlightKind, ranges: Range[]): void {
    if (kind !== 'quote') return this.overlay.set(kind, ranges);
    this.overlay.ensureHost();
    this.quotes = ranges;
    this.drawQuotes();
  }

  /** Ranges of one kind, as last set. */
  get(kind: HighlightKind): readonly Range[] {
    return kind === 'quote' ? this.quotes : this.overlay.get(kind);
  }

  /** Shows or hides every highlight of ours. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.overlay.setVisible(visible);
    this.drawQuotes();
  }

  /** Marks ranges strongly for a moment, to show the reader where a quote is. */
  flash(ranges: Range[], ms = 1_500): void {
    this.set('flash', ranges);
    setTimeout(() => this.set('flash', []), ms);
  }

  /**
   * Draws again whatever a page removed from `CSS.highlights`, and places the overlay marks again in case the
   * page's layout moved under them; returns whether the quotes had to be drawn again.
   */
  restore(): boolean {
    this.overlay.relayout();
    if (!this.registry || !this.visible || !this.drawn) return false;
    if (this.registry.get(quoteHighlightName) === this.drawn) return false;
    this.registry.set(quoteHighlightName, this.drawn);
    return true;
  }

  private drawQuotes(): void {
    const ranges = this.visible ? this.quotes : [];
    // The page's stylesheet comes with the first quotes drawn: adopting it restyles the whole page, which a page
    // with no quote should not pay for, and a page can tell which of its sentences are quotes anyway.
    if (ranges.length > 0 && !this.styled) {
      adoptStyles(pageHighlightCss);
      this.styled = true;
    }
    if (this.registry) {
      if (ranges.length === 0) {
        this.registry.delete(quoteHighlightName);
        this.drawn = null;
        return;
      }
      this.drawn = new Highlight(...ranges);
      this.registry.set(quoteHighlightName, this.drawn);
      return;
    }
    unwrapMarks(this.marks);
    this.marks = ranges.flatMap((range) => wrapRange(range, quoteHighlightName));
  }
}
