import type { XmlElement } from './xml-types.ts';

/** The element children of an element, in document order. */
export function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of el.children) if (child.type === 'element') out.push(child);
  return out;
}

/** Whether an element has a local name and one of the given namespace URIs. */
export function isElement(el: XmlElement, local: string, namespaces: readonly string[]): boolean {
  return el.local === local && namespaces.includes(el.ns);
}

/** The first child element with a local name in one of the namespaces. */
export function findChild(
  el: XmlElement,
  local: string,
  namespaces: readonly string[],
): XmlElement | undefined {
  for (const child of el.children) {
    if (child.type === 'element' && isElement(child, local, namespaces)) return child;
  }
  return undefined;
}

/** All child elements with a local name in one of the namespaces. */
export function findChildren(el: XmlElement, local: string, namespaces: readonly string[]): XmlElement[] {
  return elementChildren(el).filter((child) => isElement(child, local, namespaces));
}

/** The value of an attribute by local name and namespace ('' for an unprefixed attribute). */
export function attributeOf(el: XmlElement, local: string, ns = ''): string | undefined {
  return el.attributes.find((a) => a.local === local && a.ns === ns)?.value;
}

/** All text inside an element, descendants included, in document order (recursion is bounded by the depth cap). */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const child of el.children) out += child.type === 'text' ? child.value : textContent(child);
  return out;
}

/** The text of the first matching child, whitespace trimmed, or '' when absent. */
export function childText(el: XmlElement, local: string, namespaces: readonly string[]): string {
  const child = findChild(el, local, namespaces);
  return child ? textContent(child).trim() : '';
}
