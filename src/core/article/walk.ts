import { isSkipped, tagOf } from './exclusion.ts';

/** Elements that start a new line of text (a new block) in the rendered page. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'FIGURE',
  'ADDRESS',
  'HR',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'CENTER',
  'HGROUP',
  'BODY',
  'HTML',
]);

/** Receives the page as a flow of blocks of inline text, the way it reads on screen. */
export interface BlockHandler {
  /** A run of inline content owned by `owner` (the innermost block element) begins. */
  openBlock(owner: Element): void;
  /** The current run of inline content ends. */
  closeBlock(): void;
  /**
   * The characters [from, to) of a text node inside the current block; `inLink` when it sits inside an <a>.
   * A long node arrives in several consecutive pieces, so no single call holds the page for long.
   */
  text(node: Text, inLink: boolean, from: number, to: number): void;
  /** A <br>: a line break inside the current block. */
  lineBreak(): void;
  /** An element is entered (its subtree will be visited). */
  enter?(el: Element): void;
  /** An entered element is left. */
  exit?(el: Element): void;
  /** When true, the walk stops early (a size cap was reached). */
  done?(): boolean;
  /** Decides whether an element's subtree is skipped (default: `isSkipped`); lets a second walk reuse the first's verdicts. */
  skip?(el: Element): boolean;
}

/** What a walk covered. */
export interface WalkResult {
  elements: number;
  truncated: boolean;
}

/**
 * Steps of work that end in a value: each `next()` does a bounded amount of work, so a caller can pause between
 * them. A step that yields the name of a phase asks to begin that phase in a task of its own.
 */
export type Steps<T> = Generator<string | void, T, void>;

/** Characters of one text node handed over in one piece; longer nodes come in several. */
export const TEXT_PIECE_CHARS = 16_384;
/** Work (one unit per node, one per 32 characters) between two pauses of a walk. */
const WORK_PER_STEP = 256;

/** Runs steps to the end at once and returns their value. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/**
 * Visits `root`'s subtree in document order without recursion (deeply nested pages cannot exhaust the stack),
 * skipping chrome and hidden subtrees, and reports it to `handler` as blocks of inline text.
 */
export function walkBlocks(root: Element, handler: BlockHandler, maxElements: number): WalkResult {
  return runSteps(walkBlocksSteps(root, handler, maxElements));
}

/** `walkBlocks` in resumable steps: the walk pauses (yields) after every bounded share of work. */
export function* walkBlocksSteps(
  root: Element,
  handler: BlockHandler,
  maxElements: number,
): Steps<WalkResult> {
  const owners: Element[] = [root];
  const skip = handler.skip ?? isSkipped;
  let linkDepth = 0;
  let elements = 0;
  let truncated = false;
  let work = 0;

  const enter = (el: Element, tag: string): void => {
    handler.enter?.(el);
    if (BLOCK_TAGS.has(tag)) {
      handler.closeBlock();
      owners.push(el);
      handler.openBlock(el);
    } else if (tag === 'A') linkDepth++;
    else if (tag === 'BR') handler.lineBreak();
  };
  const leave = (el: Element): void => {
    const tag = tagOf(el);
    if (BLOCK_TAGS.has(tag)) {
      handler.closeBlock();
      owners.pop();
      handler.openBlock(owners[owners.length - 1] ?? root);
    } else if (tag === 'A') linkDepth--;
    handler.exit?.(el);
  };

  handler.enter?.(root);
  handler.openBlock(root);
  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descended = false;
    if (++work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      elements++;
      if (elements > maxElements || handler.done?.() === true) {
        truncated = true;
        break;
      }
      if (!skip(el)) {
        enter(el, tagOf(el));
        if (el.firstChild !== null) {
          node = el.firstChild;
          descended = true;
        } else leave(el);
      }
    } else if (node.nodeType === 3) {
      const text = node as Text;
      const length = text.data.length;
      const inLink = linkDepth > 0;
      // The first piece always goes (even of an empty node); later ones only while the handler wants more.
      for (let from = 0; ;) {
        const to = Math.min(length, from + TEXT_PIECE_CHARS);
        handler.text(text, inLink, from, to);
        work += (to - from) >> 5;
        from = to;
        if (from >= length || handler.done?.() === true) break;
        if (work >= WORK_PER_STEP) {
          work = 0;
          yield;
        }
      }
    }
    if (descended) continue;
    // Climb until a next sibling exists, leaving each finished element on the way.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node as Element);
    }
    node = node === null || node === root ? null : node.nextSibling;
  }
  if (truncated && node !== null) {
    // Leave the elements still open so the handler's bookkeeping stays balanced.
    let open: Node | null = node.parentNode;
    while (open !== null && open !== root) {
      leave(open as Element);
      open = open.parentNode;
    }
  }
  handler.closeBlock();
  handler.exit?.(root);
  return { elements, truncated };
}
