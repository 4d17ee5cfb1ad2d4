import { isSkipped } from './exclusion.ts';
import { runSteps, walkBlocksSteps, type BlockHandler, type Steps } from './walk.ts';
import type { TextRun } from './text-map.ts';
import type { ArticleBlock } from './types.ts';

/** The article text of a subtree with its blocks and the runs that map it back to the DOM. */
export interface BuiltText {
  text: string;
  blocks: ArticleBlock[];
  runs: TextRun[];
  truncated: boolean;
}

/** Short blocks that are labels of page furniture, not story text. */
const LABELS: ReadonlySet<string> = new Set([
  'advertisement',
  'advertisement:',
  'ad',
  'sponsored',
  'sponsored content',
  'story continues below advertisement',
  'continue reading below',
  'scroll to continue with content',
  'skip advertisement',
  'read more',
  'share',
  'share this article',
  'related',
  'related articles',
  'more on this story',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160;
}

/** Characters that render as nothing (soft hyphen, zero-width space, BOM) and are dropped from the text. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

/**
 * Words (no space or invisible character) joined by single ASCII spaces. Each repetition must begin with its one
 * space and the words cannot hold one, so the match never backtracks more than a step.
 */
const WORDS = /[^ \t\n\r\f\u00a0\u00ad\u200b\ufeff]+(?: [^ \t\n\r\f\u00a0\u00ad\u200b\ufeff]+)*/y;

/** Builds the article text of `root`: one block per visible run of inline content, whitespace collapsed. */
export function buildText(root: Element, maxChars: number, maxElements: number): BuiltText {
  return runSteps(buildTextSteps(root, maxChars, maxElements));
}

/**
 * `buildText` in resumable steps. `skipped`, when given, is the complete set of skipped elements under `root`
 * from an earlier walk of the same DOM, so each element is judged once per reading.
 */
export function* buildTextSteps(
  root: Element,
  maxChars: number,
  maxElements: number,
  skipped?: ReadonlySet<Element>,
): Steps<BuiltText> {
  const pieces: string[] = [];
  const blocks: ArticleBlock[] = [];
  const runs: TextRun[] = [];
  let total = 0;
  let full = false;
  // The open block: its owner, its pieces and runs (offsets relative to the block) and link share.
  let owner: Element | null = null;
  let bPieces: string[] = [];
  let bRuns: TextRun[] = [];
  let bLen = 0;
  let bLink = 0;
  let pending: { node: Text | null; n: number; nl: number } | null = null;

  const room = (): number => maxChars - total - (total > 0 ? 2 : 0) - bLen;
  const addRun = (t: number, tl: number, node: Text, n: number, nl: number): void => {
    const last = bRuns[bRuns.length - 1];
    if (
      last !== undefined &&
      tl === nl &&
      last.tl === last.nl &&
      last.node === node &&
      last.t + last.tl === t &&
      last.n + last.nl === n
    ) {
      last.tl += tl;
      last.nl += nl;
    } else bRuns.push({ t, tl, node, n, nl });
  };
  const emitPending = (): void => {
    if (pending === null) return;
    bPieces.push(' ');
    if (pending.node !== null) addRun(bLen, 1, pending.node, pending.n, pending.nl);
    bLen++;
    pending = null;
  };

  const handler: BlockHandler = {
    openBlock: (el) => {
      owner = el;
      bPieces = [];
      bRuns = [];
      bLen = 0;
      bLink = 0;
      pending = null;
    },
    closeBlock: () => {
      const label = bLen <= 40 && LABELS.has(bPieces.join('').toLowerCase());
      if (owner !== null && bLen > 0 && bLink * 2 <= bLen && !label) {
        if (total > 0) {
          pieces.push('\n\n');
          total += 2;
        }
        // Loops, not spread arguments: a block can hold hundreds of thousands of pieces.
        for (const r of bRuns) {
          r.t += total;
          runs.push(r);
        }
        pieces.push(bPieces.join(''));
        blocks.push({ start: total, end: total + bLen, element: owner });
        total += bLen;
      }
      owner = null;
      bPieces = [];
      bRuns = [];
      bLen = 0;
    },
    text: (node, inLink, from, to) => {
      const data = node.data;
      const end = Math.min(to, data.length);
      const before = bLen;
      let i = from;
      while (i < end && !full) {
        const c = data.charCodeAt(i);
        if (isSpace(c)) {
          let j = i + 1;
          while (j < end && isSpace(data.charCodeAt(j))) j++;
          // A space only between words: none at a block start, one for a whole run, none twice.
          if (bLen > 0 && pending === null) pending = { node, n: i, nl: j - i };
          // A run of spaces cut between two pieces of one node stays one run.
          else if (pending !== null && pending.node === node && pending.n + pending.nl === i)
            pending.nl += j - i;
          i = j;
        } else if (isInvisible(c)) i++;
        else {
          emitPending();
          // Most page text is words joined by single spaces: such a stretch is taken whole, by the regex engine,
          // exactly as the character loop below would take it word by word.
          // Only while the rest of the piece fits: near the cap the loop below decides where the text stops. The
          // match runs in a view that ends at `end`, so a huge node is never scanned past the piece at hand.
          WORDS.lastIndex = 0;
          const stretch = end - i <= room() ? (WORDS.exec(data.slice(i, end))?.[0].length ?? 0) : 0;
          if (stretch > 1) {
            bPieces.push(data.slice(i, i + stretch));
            addRun(bLen, stretch, node, i, stretch);
            bLen += stretch;
            i += stretch;
            continue;
          }
          let j = i + 1;
          while (j < end && !isSpace(data.charCodeAt(j)) && !isInvisible(data.charCodeAt(j))) j++;
          const take = Math.min(j - i, room());
          if (take <= 0) {
            full = true;
            break;
          }
          bPieces.push(data.slice(i, i + take));
          addRun(bLen, take, node, i, take);
          bLen += take;
          if (take < j - i) full = true;
          i = j;
        }
      }
      if (inLink) bLink += bLen - before;
    },
    lineBreak: () => {
      if (bLen > 0 && pending === null) pending = { node: null, n: 0, nl: 0 };
    },
    done: () => full,
    skip: skipped === undefined ? isSkipped : (el) => skipped.has(el),
  };
  const result = yield* walkBlocksSteps(root, handler, maxElements);
  return { text: pieces.join(''), blocks, runs, truncated: full || result.truncated };
}
