/** What the watcher reports about the reader's selection and keys. */
export interface SelectionWatchHandlers {
  /** The selection may have settled (mouse released, or keys stopped moving it): read it again. */
  onSettled: () => void;
  /** The selection changed or went: whatever was shown for the old one no longer applies. */
  onChanged: () => void;
  /** The reader pressed the mouse on the page outside Counterclaim's UI. */
  onPressOutside: (event: MouseEvent) => void;
  /** Tab pressed on the page (not in a field): return true to take it into Counterclaim's UI. */
  onTab: () => boolean;
  /** Escape pressed on the page. */
  onEscape: () => void;
}

/** How long the selection must stay still before keyboard or script selections get the bar. */
const settleMs = 300;

/** Whether a node is in a text field or editable region, where the page's own selection tools belong. */
export function inEditable(node: Node | null): boolean {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!element) return false;
  if (element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])'))
    return true;
  return false;
}

/** Watches the page's selection, mouse and keys for the selection UI; returns a function that stops watching. */
export function watchSelection(
  ours: (event: Event) => boolean,
  handlers: SelectionWatchHandlers,
): () => void {
  let pressed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(handlers.onSettled, ms);
  };

  const onSelectionChange = () => {
    handlers.onChanged();
    if (!pressed) settle(settleMs);
  };
  const onMouseDown = (event: MouseEvent) => {
    if (ours(event) || event.button !== 0) return;
    pressed = true;
    handlers.onPressOutside(event);
  };
  const onMouseUp = (event: MouseEvent) => {
    if (ours(event)) return;
    pressed = false;
    // The selection is final once the mouse is up; the browser may still adjust it in this task.
    settle(0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (ours(event)) return;
    if (event.key === 'Escape') handlers.onEscape();
    const plainTab =
      event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
    if (plainTab && !inEditable(document.activeElement) && handlers.onTab()) event.preventDefault();
  };
  document.addEventListener('selectionchange', onSelectionChange);
  document.addEventListener('mousedown', onMouseDown, true);
  document.addEventListener('mouseup', onMouseUp, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('selectionchange', onSelectionChange);
    document.removeEventListener('mousedown', onMouseDown, true);
    document.removeEventListener('mouseup', onMouseUp, true);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}
