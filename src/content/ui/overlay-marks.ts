import { el, type LazyShadowHost } from './shadow-host.ts';

/** What an overlay mark shows: a quote other sources dispute, a reader's saved highlight, a quote being revealed. */
export type OverlayKind = 'disputed' | 'saved' | 'flash';

const kinds: readonly OverlayKind[] = ['disputed', 'saved', 'flash'];

/** Styles of the marks; the saved colour is the reader's. */
function overlayCss(savedColor: string): string {
  return `
.marks { position: fixed; inset: 0; pointer-events: none; overflow: hidden; }
.marks[hidden] { display: none; }
.mark { display: contents; }
.box { position: absolute; pointer-events: none; border-radius: 2px; }
.disputed .box { background: rgba(229, 57, 53, 0.16); box-shadow: inset 0 -2px 0 rgba(229, 57, 53, 0.9); }
.saved .box { background: ${savedColor}; mix-blend-mode: multiply; opacity: 0.85; }
.flash .box { background: rgba(255, 193, 7, 0.6); mix-blend-mode: multiply; }
`;
}

/**
 * Marks drawn over page text from inside our closed shadow root: boxes at a range's client rectangles, moved when
 * the page scrolls or resizes. Page scripts cannot see them (no registry entry, no element in the page's tree, no
 * style on the page), so disputed and saved state is shown to the reader without telling the page. Each mark
 * keeps the text it covers as an attribute, readable only through the shadow root (the tests use it).
 */
export class OverlayMarks {
  private readonly layer = el('div', 'marks');
  private readonly style = el('style');
  private readonly ranges = new Map<OverlayKind, Range[]>();
  private pending = false;
  private readonly schedule = () => {
    // Most pages have no disputed or saved mark: with none to place and none shown, a frame would only cost the page.
    if (this.pending || this.layer.hidden || (this.empty() && this.layer.childElementCount === 0)) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.layout();
    });
  };

  constructor(
    private readonly ui: LazyShadowHost,
    savedColor: string,
  ) {
    this.layer.setAttribute('aria-hidden', 'true');
    this.style.textContent = overlayCss(savedColor);
    addEventListener('scroll', this.schedule, { capture: true, passive: true });
    addEventListener('resize', this.schedule, { passive: true });
  }

  /**
   * Puts our host on the page, where the marks will go. Called with every reading's quotes, found or not, so that
   * when the host appears never depends on whether the store has a mark to show; the marks' own styles and layer
   * go into it only with the first mark, where the page cannot see.
   */
  ensureHost(): void {
    this.ui.get();
  }

  /** Replaces the ranges of one kind. */
  set(kind: OverlayKind, ranges: Range[]): void {
    this.ranges.set(kind, ranges);
    this.schedule();
  }

  /** Ranges of one kind, as last set. */
  get(kind: OverlayKind): readonly Range[] {
    return this.ranges.get(kind) ?? [];
  }

  /** Shows or hides every mark. */
  setVisible(visible: boolean): void {
    this.layer.hidden = !visible;
    this.schedule();
  }

  /** The reader picked another colour for saved highlights. */
  setSavedColor(color: string): void {
    this.style.textContent = overlayCss(color);
  }

  /** Places the marks again, as after the page's layout changed without a scroll. */
  relayout(): void {
    this.schedule();
  }

  /** Stops following the page (the site was turned off). */
  stop(): void {
    removeEventListener('scroll', this.schedule, { capture: true });
    removeEventListener('resize', this.schedule);
    this.layer.replaceChildren();
  }

  private empty(): boolean {
    for (const ranges of this.ranges.values()) if (ranges.length > 0) return false;
    return true;
  }

  private layout(): void {
    const marks: HTMLElement[] = [];
    for (const kind of kinds) {
      // In page order, so a mark's place among its kind is its place in the text.
      const ranges = [...(this.ranges.get(kind) ?? [])].sort((a, b) =>
        a.compareBoundaryPoints(Range.START_TO_START, b),
      );
      for (const range of ranges) {
        const mark = el('div', `mark ${kind}`);
        mark.dataset.text = range.toString();
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0 || rect.height === 0) continue;
          const box = el('div', 'box');
          box.style.cssText = `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
          mark.append(box);
        }
        marks.push(mark);
      }
    }
    if (marks.length > 0 && !this.layer.isConnected) this.ui.get().append(this.style, this.layer);
    this.layer.replaceChildren(...marks);
  }
}
