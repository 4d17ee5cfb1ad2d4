import type { Page } from '@playwright/test';
import { overlayTexts } from './closed-shadow.ts';

/**
 * Selects page text from the first occurrence of `from` to the end of the next occurrence of `to`, as a
 * reader's drag would, across any elements in between; returns the selection's text.
 */
export async function selectText(page: Page, from: string, to: string = from): Promise<string> {
  return page.evaluate(
    ({ from, to }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.parentElement?.closest('script, style')) continue;
        nodes.push({ node: n as Text, at: all.length });
        all += (n as Text).data;
      }
      const start = all.indexOf(from);
      const end = all.indexOf(to, start) + to.length;
      if (start < 0 || end < start + to.length) throw new Error(`"${from}" … "${to}" is not on the page`);
      const point = (offset: number, isEnd: boolean) => {
        const hit = nodes.find(
          ({ node, at }) => (isEnd ? offset > at : offset >= at) && offset <= at + node.data.length,
        );
        if (!hit) throw new Error(`no text node at ${offset}`);
        return [hit.node, offset - hit.at] as const;
      };
      const range = document.createRange();
      range.setStart(...point(start, false));
      range.setEnd(...point(end, true));
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    { from, to },
  );
}

/** Selects from just before one element to just after another (element boundary points, as triple clicks give). */
export async function selectElements(page: Page, first: string, last: string = first): Promise<string> {
  return page.evaluate(
    ({ first, last }) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(first)!);
      range.setEndAfter(document.querySelector(last)!);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    { first, last },
  );
}

/**
 * The texts of the reader's saved highlights drawn on the page, whitespace collapsed, in page order: marks inside
 * Counterclaim's closed shadow root, read through DevTools (page scripts cannot see them).
 */
export async function savedTexts(page: Page): Promise<string[]> {
  return (await overlayTexts(page, 'saved')).map((text) => text.replace(/\s+/g, ' ').trim());
}
