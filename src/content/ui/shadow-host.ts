const hostTag = 'counterclaim-ui';

/**
 * Our one element on the page: a closed shadow root holding every piece of content UI, so page styles
 * cannot reach in and page scripts cannot read what the reader's store says.
 */
export function createShadowHost(css: string): ShadowRoot {
  const host = document.createElement(hostTag);
  host.style.cssText =
    'all: initial; position: fixed; inset: 0 auto auto 0; z-index: 2147483647; width: 0; height: 0;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  return root;
}

/**
 * Our shadow host, made on first use: most pages never show a card or a selection bar, and a page should not pay
 * for an element, a shadow root and a style sheet it never sees.
 */
export class LazyShadowHost {
  private root: ShadowRoot | null = null;

  constructor(private readonly css: string) {}

  /** The shadow root, created (and put on the page) the first time anything is shown. */
  get(): ShadowRoot {
    this.root ??= createShadowHost(this.css);
    return this.root;
  }

  /** Whether a node is our host element (never true before it exists). */
  isHost(node: Node): boolean {
    return this.root !== null && node === this.root.host;
  }

  /** Whether an event came from inside our UI: events from a closed shadow root reach the page retargeted to the host. */
  holds(event: Event): boolean {
    return this.root !== null && event.composedPath().includes(this.root.host);
  }

  /** The focused element inside our UI, or null. */
  get activeElement(): Element | null {
    return this.root?.activeElement ?? null;
  }
}

/** Creates an element with a class and text; page text is only ever set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Places a floating box next to a rectangle of the page, inside the viewport. */
export function placeNear(box: HTMLElement, rect: DOMRect): void {
  const margin = 8;
  const width = Math.min(360, window.innerWidth - 2 * margin);
  box.style.width = `${width}px`;
  const left = Math.min(Math.max(margin, rect.left), window.innerWidth - width - margin);
  const below = rect.bottom + margin;
  const height = box.offsetHeight || 120;
  const top = below + height < window.innerHeight ? below : Math.max(margin, rect.top - height - margin);
  box.style.left = `${left}px`;
  box.style.top = `${top}px`;
}
