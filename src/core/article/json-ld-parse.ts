import { isNode, type LdIndex, type LdNode } from './json-ld-values.ts';

/** The JSON-LD on a page: top-level nodes (including @graph members), every nested node, and an @id index. */
export interface JsonLd {
  /** Nodes a page states about itself: top-level objects, array items and @graph members. */
  top: LdNode[];
  /** Every object found anywhere, capped, for finding nested ClaimReviews. */
  all: LdNode[];
  index: LdIndex;
}

const MAX_SCRIPTS = 50;
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_TOTAL_CHARS = 3_000_000;
const MAX_NODES = 20_000;

/** Strips the HTML comment or CDATA wrappers some sites put around their JSON-LD. */
function unwrap(raw: string): string {
  let s = raw.trim();
  for (const [open, close] of [
    ['<!--', '-->'],
    ['//<![CDATA[', '//]]>'],
    ['<![CDATA[', ']]>'],
  ] as const) {
    if (s.startsWith(open)) s = s.slice(open.length);
    if (s.endsWith(close)) s = s.slice(0, s.length - close.length);
    s = s.trim();
  }
  return s;
}

function parseScript(raw: string): unknown {
  try {
    return JSON.parse(unwrap(raw));
  } catch {
    // Invalid JSON-LD is common on real pages; it simply says nothing.
    return undefined;
  }
}

/** Adds the page-level nodes of one parsed script: the value, array items, and @graph members (nested graphs too). */
function addTop(value: unknown, top: LdNode[]): void {
  // Read by an index, never shifted: shift() moves every remaining item, which made a long array quadratic.
  const queue: unknown[] = [value];
  for (let next = 0; next < queue.length && top.length < MAX_NODES; next++) {
    const v = queue[next];
    // Nothing past the node cap is ever read, so nothing past it is queued either.
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && queue.length - next < MAX_NODES; i++) queue.push(v[i]);
    } else if (isNode(v)) {
      top.push(v);
      if ('@graph' in v) queue.push(v['@graph']);
    }
  }
}

/** Collects every object inside a value without recursion, so deep nesting cannot exhaust the stack. */
function addAll(value: unknown, all: LdNode[], index: LdIndex): void {
  const stack: unknown[] = [value];
  while (stack.length > 0 && all.length < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0 && stack.length < MAX_NODES; i--) stack.push(v[i]);
    } else if (isNode(v)) {
      all.push(v);
      const id = v['@id'];
      // Keep the fullest definition of a node that is referenced by @id elsewhere.
      if (typeof id === 'string' && Object.keys(v).length > 1 && !index.has(id)) index.set(id, v);
      for (const key of Object.keys(v)) if (stack.length < MAX_NODES) stack.push(v[key]);
    }
  }
}

/** Reads and parses every application/ld+json script in a document; invalid scripts are skipped. */
export function readJsonLd(doc: Document): JsonLd {
  const result: JsonLd = { top: [], all: [], index: new Map() };
  let total = 0;
  const scripts = doc.querySelectorAll('script');
  let seen = 0;
  for (let i = 0; i < scripts.length && seen < MAX_SCRIPTS; i++) {
    const script = scripts[i];
    if (!script) continue;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    seen++;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_CHARS || total + raw.length > MAX_TOTAL_CHARS) continue;
    total += raw.length;
    const value = parseScript(raw);
    if (value === undefined) continue;
    addTop(value, result.top);
    addAll(value, result.all, result.index);
  }
  return result;
}
