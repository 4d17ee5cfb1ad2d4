import type { TextMap } from '../core/article/index.ts';
import type { QuoteReport, TabReport } from '../shared/report.ts';
import type { Highlighter } from './highlighter.ts';
import type { QuoteCard } from './ui/quote-card.ts';

/** A DOM Range for article-text offsets, or null when the text is no longer on the page. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const points = map.toDomPositions(start, end);
  if (!points) return null;
  try {
    const range = document.createRange();
    range.setStart(points.startNode, points.startOffset);
    range.setEnd(points.endNode, points.endOffset);
    return range;
  } catch {
    return null;
  }
}

/** A quote's place in the article text; a quote in several parts ("…," he said, "…") lists them. */
export interface QuoteSpan {
  start: number;
  end: number;
  parts?: { start: number; end: number }[];
}

/** The quotes of the page as drawn: their ranges, their report, and the card that explains them. */
export class QuoteLayer {
  /** Per quote, the ranges of its parts: the attribution between two parts is not highlighted. */
  private ranges: Range[][] = [];
  private spans: QuoteSpan[] = [];
  private starts: number[] = [];
  private report: TabReport | null = null;
  private map: TextMap | null = null;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly card: QuoteCard,
  ) {}

  /** Draws a new set of quotes (article-text spans): every quote in the one style the page may see. */
  draw(map: TextMap, spans: QuoteSpan[]): void {
    this.map = map;
    this.report = null;
    this.card.hide();
    this.spans = spans;
    this.starts = spans.map((s) => s.start);
    this.ranges = spans.map((s) =>
      (s.parts?.length ? s.parts : [s]).flatMap((part) => rangeFor(map, part.start, part.end) ?? []),
    );
    this.highlighter.set('quote', this.ranges.flat());
    this.highlighter.set('disputed', []);
  }

  /**
   * Applies the background's report: disputed quotes get a mark in the closed shadow root. The quotes the page can
   * see stay exactly as drawn, so the report leaves no trace a page script could read.
   */
  applyReport(report: TabReport): void {
    this.report = report;
    const disputed: Range[] = [];
    report.quotes.forEach((quote, i) => {
      if (quote.conflicts.length > 0) disputed.push(...(this.ranges[i] ?? []));
    });
    this.highlighter.set('disputed', disputed);
  }

  /** Removes every quote highlight. */
  clear(): void {
    this.ranges = [];
    this.spans = [];
    this.starts = [];
    this.report = null;
    this.card.hide();
    this.highlighter.set('quote', []);
    this.highlighter.set('disputed', []);
  }

  /** The quote at a DOM point, with its range, or null. */
  quoteAt(node: Node, offset: number): { quote: QuoteReport; range: Range } | null {
    if (!this.map || !this.report) return null;
    const at = this.map.fromDom(node, offset);
    if (at === null) return null;
    // Quotes are in text order: the last one starting at or before the point is the only candidate.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 3; i--) {
      const quote = this.report.quotes[i];
      const span = this.spans[i];
      if (!quote || !span) continue;
      const parts = span.parts?.length ? span.parts : [span];
      const part = parts.findIndex((p) => at >= p.start && at < p.end);
      const range = part >= 0 ? this.ranges[i]?.[part] : undefined;
      if (range) return { quote, range };
    }
    return null;
  }

  /** Scrolls to a quote, flashes it and opens its card with the keyboard in it; false when it is not drawn. */
  reveal(index: number): boolean {
    const ranges = this.ranges[index] ?? [];
    const first = ranges[0];
    const quote = this.report?.quotes[index];
    if (!first || !quote) return false;
    first.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant' as ScrollBehavior,
    });
    this.highlighter.flash(ranges);
    this.card.show(quote, first.getBoundingClientRect(), true);
    return true;
  }
}
