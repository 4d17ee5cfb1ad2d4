import { el, type LazyShadowHost } from '../ui/shadow-host.ts';

/** What the bar's buttons do. */
export interface SelectionBarActions {
  onCheck: () => void;
  onSave: () => void;
}

/** The small bar by a selection: "Check" and "Save", or why the selection cannot be taken. */
export class SelectionBar {
  private readonly box = el('div', 'bar');
  private readonly check = el('button', undefined, 'Check');
  private readonly save = el('button', undefined, 'Save');
  private readonly message = el('span', 'message');

  constructor(
    private readonly ui: LazyShadowHost,
    actions: SelectionBarActions,
  ) {
    this.box.hidden = true;
    this.box.tabIndex = -1;
    this.box.setAttribute('role', 'toolbar');
    this.box.setAttribute('aria-label', 'Counterclaim: selection');
    this.check.title = 'Check this selection against claims from other sources';
    this.save.title = 'Keep this selection as a highlight';
    this.check.addEventListener('click', actions.onCheck);
    this.save.addEventListener('click', actions.onSave);
    // A press on the bar must not take the reader's selection away before the click lands.
    this.box.addEventListener('mousedown', (event) => event.preventDefault());
    this.box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.hide();
      }
    });
    this.box.append(this.check, this.save, this.message);
  }

  /** Whether the bar is on screen. */
  get visible(): boolean {
    return !this.box.hidden;
  }

  /** Shows the buttons, or only `refusal` when the selection cannot be taken, by the end of the selection. */
  show(rect: DOMRect, refusal: string | null): void {
    this.check.hidden = refusal !== null;
    this.save.hidden = refusal !== null;
    this.message.hidden = refusal === null;
    this.message.textContent = refusal ?? '';
    if (!this.box.isConnected) this.ui.get().append(this.box);
    this.box.hidden = false;
    const margin = 8;
    const width = this.box.offsetWidth;
    const height = this.box.offsetHeight;
    const left = Math.min(Math.max(margin, rect.right - width), window.innerWidth - width - margin);
    const below = rect.bottom + 6;
    const top =
      below + height + margin < window.innerHeight ? below : Math.max(margin, rect.top - height - 6);
    this.box.style.left = `${Math.max(margin, left)}px`;
    this.box.style.top = `${top}px`;
  }

  /** Hides the bar. */
  hide(): void {
    this.box.hidden = true;
  }

  /** Moves the keyboard into the bar (its first button). */
  focus(): void {
    (this.check.hidden ? this.box : this.check).focus({ preventScroll: true });
  }

  /** Whether the keyboard is in the bar. */
  get focused(): boolean {
    return this.box.contains(this.ui.activeElement);
  }

  /** Whether an event happened inside the bar. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.box);
  }
}
