import type { CheckResult } from '../../shared/data-views.ts';
import { relatedClaim } from '../ui/related-claims.ts';
import { el, placeNear, type LazyShadowHost } from '../ui/shadow-host.ts';
import { summarizeCheck } from './check-summary.ts';

/** Related claims shown in the card; the popup lists them all. */
const shownClaims = 3;

/** The card by a selection: the answer to "Check", or a short message about the selection. */
export class CheckCard {
  private readonly box = el('div', 'card');

  constructor(private readonly ui: LazyShadowHost) {
    this.box.hidden = true;
    this.box.tabIndex = -1;
    this.box.setAttribute('role', 'dialog');
    this.box.setAttribute('aria-label', 'Counterclaim: about this selection');
    this.box.setAttribute('aria-live', 'polite');
    this.box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hide();
    });
  }

  /** Whether the card is on screen. */
  get visible(): boolean {
    return !this.box.hidden;
  }

  /** Shows a message (checking…, saved, or why a selection cannot be taken) by a place on the page. */
  showMessage(text: string, rect: DOMRect, focus = false): void {
    this.open([el('p', 'message', text)], rect, focus);
  }

  /** Shows the answer of a check by the selection. */
  showResult(result: CheckResult, rect: DOMRect, focus = false): void {
    const summary = summarizeCheck(result);
    const parts: HTMLElement[] = [el('p', 'who', summary.speaker)];
    if (summary.disputed) {
      parts.push(el('p', 'disputed', summary.disputed));
      for (const claim of result.conflicts.slice(0, shownClaims)) parts.push(relatedClaim(claim));
    }
    if (summary.empty) parts.push(el('p', 'message', summary.empty));
    if (summary.agreeing) parts.push(el('p', 'agree', summary.agreeing));
    this.open(parts, rect, focus);
  }

  /** Hides the card. */
  hide(): void {
    this.box.hidden = true;
    this.box.replaceChildren();
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.box);
  }

  private open(parts: HTMLElement[], rect: DOMRect, focus: boolean): void {
    const close = el('button', 'close', '×');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    this.box.replaceChildren(close, ...parts);
    if (!this.box.isConnected) this.ui.get().append(this.box);
    this.box.hidden = false;
    placeNear(this.box, rect);
    if (focus) this.box.focus({ preventScroll: true });
  }
}
