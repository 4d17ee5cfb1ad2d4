/** A parsed JSON-LD object (schema.org node). */
export type LdNode = { [key: string]: unknown };

/** An index of JSON-LD nodes by their @id, to follow references like { "@id": "#publisher" }. */
export type LdIndex = Map<string, LdNode>;

const MAX_VALUE_CHARS = 500;

/** Whether a value is a plain JSON object. */
export function isNode(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema.org type names of a node, without "schema:" or "https://schema.org/" prefixes. */
export function typesOf(node: LdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: string[] = [];
  for (const t of list) {
    if (typeof t !== 'string') continue;
    const cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#'));
    out.push(t.slice(cut + 1));
  }
  return out;
}

/** Follows an @id reference to the full node when the page defines it elsewhere. */
export function resolve(value: unknown, index: LdIndex): unknown {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return index.get(value['@id']) ?? value;
  }
  return value;
}

/** A trimmed, whitespace-collapsed, capped string from a JSON-LD value (strings, numbers, @value, first of arrays). */
export function str(value: unknown): string | null {
  if (Array.isArray(value)) return value.length > 0 ? str(value[0]) : null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isNode(value) && '@value' in value) return str(value['@value']);
  if (typeof value !== 'string') return null;
  const clean = value
    .slice(0, MAX_VALUE_CHARS * 4)
    .split(/\s+/)
    .join(' ')
    .trim()
    .slice(0, MAX_VALUE_CHARS);
  return clean === '' ? null : clean;
}

/** A finite number from a number or a numeric string ("4", "4.5", "4,5"), else null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = str(value);
  if (s === null || s.length > 30) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** The names of people or organisations in a value: strings, { name }, @id references, or arrays of them. */
export function names(value: unknown, index: LdIndex): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list.slice(0, 50)) {
    const v = resolve(item, index);
    const name = isNode(v) ? str(v['name']) : str(v);
    if (name !== null && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The first name in a value, or null. */
export function firstName(value: unknown, index: LdIndex): string | null {
  return names(value, index)[0] ?? null;
}

/** A URL from a string, { url }, { @id } or an array of them. */
export function urlOf(value: unknown, index: LdIndex): string | null {
  const v = resolve(Array.isArray(value) ? value[0] : value, index);
  if (isNode(v)) return str(v['url']) ?? str(v['@id']);
  return str(v);
}
