import type { XmlNode } from './xml-types.ts';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/**
 * Writes parsed nodes back as an HTML string (local names, namespace declarations dropped), for Atom
 * type="xhtml" content that the rest of Counterclaim reads as HTML. Everything is escaped again on the way out.
 */
export function serializeNodes(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeText(node.value);
      continue;
    }
    let attrs = '';
    for (const a of node.attributes) {
      if (a.name === 'xmlns' || a.prefix === 'xmlns') continue;
      attrs += ` ${a.local}="${escapeAttribute(a.value)}"`;
    }
    out += `<${node.local}${attrs}>${serializeNodes(node.children)}</${node.local}>`;
  }
  return out;
}
