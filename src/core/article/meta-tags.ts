const MAX_META = 500;
const MAX_CHARS = 500;

/** Collapses whitespace and caps a page-supplied string; empty becomes null. */
export function cleanText(value: string | null | undefined, max = MAX_CHARS): string | null {
  if (value === null || value === undefined) return null;
  const s = value
    .slice(0, max * 4)
    .split(/\s+/)
    .join(' ')
    .trim()
    .slice(0, max);
  return s === '' ? null : s;
}

/** The content of the first <meta> whose property, name or itemprop equals one of `keys` (case-insensitive), in key order. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const metas = doc.querySelectorAll('meta');
  const found = new Map<string, string>();
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const m = metas[i];
    if (m === undefined) continue;
    const content = cleanText(m.getAttribute('content'));
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = (m.getAttribute(attr) ?? '').trim().toLowerCase();
      if (key !== '' && !found.has(key)) found.set(key, content);
    }
  }
  for (const key of keys) {
    const v = found.get(key.toLowerCase());
    if (v !== undefined) return v;
  }
  return null;
}

/** Every <meta> content for one key (pages repeat article:author and author). */
export function metaContents(doc: Document, key: string): string[] {
  const out: string[] = [];
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < MAX_META; i++) {
    const m = metas[i];
    if (m === undefined) continue;
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').trim().toLowerCase();
    const content = cleanText(m.getAttribute('content'));
    if (k === key && content !== null && !out.includes(content)) out.push(content);
  }
  return out;
}

/** Resolves a possibly relative URL against a base; null when it cannot be parsed or is not http(s). */
export function absoluteUrl(value: string | null, base: string | null): string | null {
  if (value === null) return null;
  try {
    const url = base === null ? new URL(value) : new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
