/**
 * The fallback where the CSS Custom Highlight API is missing: wraps the text of a range in <mark>
 * elements and can unwrap them again, leaving the text nodes as they were.
 */
export function wrapRange(range: Range, className: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const root = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (root.nodeType === Node.TEXT_NODE) texts.push(root as Text);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (range.intersectsNode(node)) texts.push(node as Text);
    }
  }
  for (const text of texts) {
    let target = text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.data.length;
    if (start >= end || !text.parentNode) continue;
    if (end < target.data.length) target.splitText(end);
    if (start > 0) target = target.splitText(start);
    const mark = document.createElement('mark');
    mark.className = className;
    target.parentNode!.insertBefore(mark, target);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}

/** Removes marks made by `wrapRange`, putting their text back in place. */
export function unwrapMarks(marks: HTMLElement[]): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}
