import { NS } from './feed-namespaces.ts';
import { attributeOf } from './xml-query.ts';
import type { XmlElement } from './xml-types.ts';

/** Resolves a possibly relative reference against a base; undefined when either is unusable. */
export function resolveUrl(href: string, base: string | undefined): string | undefined {
  const ref = href.trim();
  if (!ref) return undefined;
  try {
    return new URL(ref, base).href;
  } catch {
    return undefined;
  }
}

/** Resolves an article link and keeps it only if it is http(s): javascript:, data: and the like are dropped. */
export function resolveLink(href: string, base: string | undefined): string | undefined {
  const url = resolveUrl(href, base);
  return url && /^https?:/i.test(url) ? url : undefined;
}

/** The base URL in effect inside an element: its xml:base resolved against the parent's base. */
export function baseOf(el: XmlElement, parentBase: string | undefined): string | undefined {
  const declared = attributeOf(el, 'base', NS.xml);
  return declared === undefined ? parentBase : (resolveUrl(declared, parentBase) ?? parentBase);
}
