/**
 * How much new text, in characters, makes a change "large" enough to read the page again: a few short
 * paragraphs, as a story that arrives after load may be. Rescans stay debounced and capped per address.
 */
const largeChange = 500;
const debounceMs = 700;
/** Rescans per page address, so a page that never stops changing cannot keep us busy. */
const maxRescansPerUrl = 12;

/**
 * Calls `rescan` when the page moves to another address (single-page sites), when a large amount of
 * text arrives (late-loading articles), or when the page shows its body after a reading that found nothing;
 * debounced and bounded, and blind to our own UI.
 */
export function watchPage(
  rescan: () => void,
  isOurs: (node: Node) => boolean,
  readNothing: () => boolean = () => false,
): () => void {
  let url = location.href;
  let added = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rescansByUrl = new Map<string, number>();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const count = rescansByUrl.get(location.href) ?? 0;
      if (count >= maxRescansPerUrl) return;
      rescansByUrl.set(location.href, count + 1);
      added = 0;
      url = location.href;
      rescan();
    }, debounceMs);
  };
  const urlChanged = () => {
    if (location.href === url) return false;
    schedule();
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (urlChanged()) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isOurs(node)) continue;
        added += Math.min(node.textContent?.length ?? 0, largeChange);
        if (added >= largeChange) return schedule();
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // A page that kept its body hidden until its scripts ran is read again once they show it.
  const shown = new MutationObserver(() => {
    if (!urlChanged() && readNothing()) schedule();
  });
  for (const el of [document.documentElement, document.body]) {
    if (el) shown.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  }
  addEventListener('popstate', urlChanged);
  addEventListener('hashchange', urlChanged);
  return () => {
    observer.disconnect();
    shown.disconnect();
    clearTimeout(timer);
    removeEventListener('popstate', urlChanged);
    removeEventListener('hashchange', urlChanged);
  };
}
