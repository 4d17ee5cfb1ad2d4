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
