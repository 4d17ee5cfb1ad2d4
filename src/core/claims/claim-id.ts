/**
 * Stable claim ids. The same quote seen twice on the same article is one claim; the same quote reported by two
 * outlets is two claims, because that it was reported by both is itself worth showing.
 */

// Query parameters that only say how a reader arrived, never which article it is.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ocid',
  'cmpid',
  'ito',
  'smid',
  'ref_src',
  '_ga',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The canonical form of an article URL: no fragment, no tracking parameters, the rest of the query sorted, host in
 * lower case (the URL parser does that). A string that does not parse as a URL is returned trimmed.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.toString();
}

/** The part of a canonical URL that names the article: scheme and a leading "www." do not make another article. */
function articleKey(url: string): string {
  const canonical = canonicalUrl(url);
  const withoutScheme = canonical.replace(/^https?:\/\//i, '');
  return withoutScheme.startsWith('www.') ? withoutScheme.slice(4) : withoutScheme;
}

/** Quote text as compared for identity: curly quotes made straight, whitespace collapsed, lower case. */
export function claimTextKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * FNV-1a, 64 bits, over UTF-16 code units, as 16 hex digits. Computed in two 32-bit halves because BigInt is
 * an order of magnitude slower and ids are made for every quote of every page.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // Multiply by the 64-bit FNV prime 2^40 + 0x1b3, modulo 2^64.
    const low = lo * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + Math.imul(lo, 0x100)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The id of a claim: a hash of the article URL (canonical), the quote text and the speaker's name. */
export function claimId(url: string, text: string, speakerName: string | null | undefined): string {
  const speaker = (speakerName ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return fnv1a64(`${articleKey(url)}\u0000${claimTextKey(text)}\u0000${speaker}`);
}
