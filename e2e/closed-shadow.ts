import type { CDPSession, Page } from '@playwright/test';

/** One node of the DevTools protocol's DOM tree, with the fields read here. */
interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** One box of Counterclaim's content UI (bar or card) as the reader sees it. */
export interface UiBox {
  className: string;
  hidden: boolean;
  text: string;
  /** The visible buttons inside, by their text, with the backend node ids to click them by. */
  buttons: { text: string; backendNodeId: number }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let found = sessions.get(page);
  if (!found) {
    found = page.context().newCDPSession(page);
    sessions.set(page, found);
  }
  return found;
}

const attribute = (node: CdpNode, name: string): string | null => {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? '';
  return null;
};

function find(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

/** Text of a subtree, leaving out hidden elements (and their text), as a reader would read it. */
function visibleText(node: CdpNode, buttons: UiBox['buttons']): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeType === 1 && attribute(node, 'hidden') !== null) return '';
  const text = (node.children ?? []).map((c) => visibleText(c, buttons)).join(' ');
  if (node.nodeName === 'BUTTON') buttons.push({ text: text.trim(), backendNodeId: node.backendNodeId });
  return text;
}

/**
 * Reads Counterclaim's closed shadow root through the DevTools protocol (page scripts cannot open it, and
 * neither can Playwright's locators): every top-level box with its visible text and buttons.
 */
export async function readContentUi(page: Page): Promise<UiBox[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const host = find(root, (n) => n.nodeName === 'COUNTERCLAIM-UI');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return [];
  return (shadow.children ?? [])
    .filter((n) => n.nodeType === 1 && n.nodeName !== 'STYLE')
    .map((n) => {
      const buttons: UiBox['buttons'] = [];
      const hidden = attribute(n, 'hidden') !== null;
      const text = hidden ? '' : visibleText(n, buttons).replace(/\s+/g, ' ').trim();
      return { className: attribute(n, 'class') ?? '', hidden, text, buttons };
    });
}

/** The visible box of one class ("bar" or "card"), or null. */
export async function visibleBox(page: Page, className: string): Promise<UiBox | null> {
  return (
    (await readContentUi(page)).find((b) => !b.hidden && b.className.split(' ').includes(className)) ?? null
  );
}

/** Clicks a visible button of the content UI by its text, with the real mouse at its place on screen. */
export async function clickUiButton(page: Page, className: string, text: string): Promise<void> {
  const box = await visibleBox(page, className);
  const button = box?.buttons.find((b) => b.text === text);
  if (!button) throw new Error(`no visible "${text}" button in the ${className}`);
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

function findAll(node: CdpNode, test: (n: CdpNode) => boolean, out: CdpNode[] = []): CdpNode[] {
  if (test(node)) out.push(node);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) findAll(child, test, out);
  return out;
}

/**
 * The texts under Counterclaim's overlay marks of one kind ("disputed", "saved", "flash"), in page order: what the
 * reader sees marked, drawn inside the closed shadow root where page scripts cannot read it.
 */
export async function overlayTexts(page: Page, kind: 'disputed' | 'saved' | 'flash'): Promise<string[]> {
  const cdp = await session(page);
  // Only our host's subtree is read: a hostile page of ten thousand nested elements overflows a whole-document read.
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: CdpNode };
  const { nodeId } = (await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: 'counterclaim-ui',
  })) as { nodeId: number };
  if (!nodeId) return [];
  const { node: host } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as {
    node: CdpNode;
  };
  const shadow = host.shadowRoots?.[0];
  if (!shadow) return [];
  const marks = findAll(shadow, (n) => (attribute(n, 'class') ?? '').split(' ').includes('mark'));
  return marks
    .filter((n) => (attribute(n, 'class') ?? '').split(' ').includes(kind))
    .map((n) => attribute(n, 'data-text') ?? '');
}
