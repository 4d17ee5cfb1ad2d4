/**
 * How much new text, in characters, makes a change "large" enough to read the page again: a few short
 * paragraphs, as a story that arrives after load may be. Rescans stay debounced and capped per address.
 */
const largeChange = 500;
const debounceMs = 700;
/** Rescans per page address, so a page that never stops changing cannot keep us busy. */
const maxRescansPerUrl = 12;

/**
 * Calls `rescan` when the page moves to another address (single-page sites) or when a large amount of
 * text arrives (late-loading articles); debounced and bounded, and blind to our own UI.
 */
export function watchPage(rescan: () => void, isOurs: (node: Node) => boolean): () => void {
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
  addEventListener('popstate', urlChanged);
  addEventListener('hashchange', urlChanged);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('popstate', urlChanged);
    removeEventListener('hashchange', urlChanged);
  };
}
