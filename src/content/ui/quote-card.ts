import type { QuoteReport } from '../../shared/report.ts';
import { relatedClaim } from './related-claims.ts';
import { el, placeNear, type LazyShadowHost } from './shadow-host.ts';

const stanceWords = { assert: 'asserts', deny: 'denies', hedge: 'hedges' } as const;

/** The hover and focus card over a highlighted quote: who said it, how, and what other sources say. */
export class QuoteCard {
  private readonly box = el('div', 'card');
  private current: QuoteReport | null = null;

  constructor(private readonly ui: LazyShadowHost) {
    this.box.hidden = true;
    this.box.tabIndex = -1;
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('aria-label', 'Counterclaim: about this quote');
    this.box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** The quote the card shows, or null when hidden. */
  get showing(): QuoteReport | null {
    return this.current;
  }

  /** Shows the card for a quote next to its place on the page; `focus` moves the keyboard into it. */
  show(quote: QuoteReport, rect: DOMRect, focus = false): void {
    if (this.current !== quote) this.render(quote);
    this.current = quote;
    // Beneath the selection bar and card, as when it was made first: the pointer crosses quotes on its way to them.
    if (!this.box.isConnected) this.ui.get().prepend(this.box);
    this.box.hidden = false;
    placeNear(this.box, rect);
    if (focus) this.box.focus();
  }

  /** Hides the card. */
  hide(): void {
    this.box.hidden = true;
    this.current = null;
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.box);
  }

  private render(quote: QuoteReport): void {
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    const kind =
      quote.kind === 'direct' ? 'direct quote' : quote.kind === 'mixed' ? 'partly quoted' : 'reported speech';
    const parts: HTMLElement[] = [
      close,
      el('p', 'who', quote.speaker.name),
      el('p', 'meta', `${quote.cue.text} · ${kind} · ${stanceWords[quote.cue.stance]}`),
    ];
    const n = quote.conflicts.length;
    if (n > 0) {
      const elsewhere = quote.conflicts.filter((c) => !c.onThisPage).length;
      const heading =
        elsewhere > 0
          ? `${elsewhere} other source${elsewhere === 1 ? '' : 's'} say${elsewhere === 1 ? 's' : ''} otherwise`
          : 'Said otherwise on this page';
      parts.push(el('p', 'disputed', heading), relatedClaim(quote.conflicts[0]!));
    }
    if (quote.agreeing > 0) {
      parts.push(el('p', 'agree', `${quote.agreeing} other report${quote.agreeing === 1 ? '' : 's'} agree`));
    }
    this.box.replaceChildren(...parts);
  }
}
