/**
 * Text normalised for matching saved highlights: whitespace runs become one space, invisible characters go,
 * typographic quotes and dashes fold to ASCII. Every kept character remembers its offset in the original, so a
 * match found in the normalised text maps back exactly.
 */

/** Article text prepared once for anchoring many highlights: the normalised text and its offset map. */
export interface NormalizedText {
  /** The text as the page has it. */
  original: string;
  /** The normalised text. */
  text: string;
  /** For each character of `text`, its offset in `original`; one extra last entry holds `original.length`. */
  offsets: Int32Array;
}

const SPACE = 32;
const DROP = -1;

/** Maps one UTF-16 code unit to its normalised code, SPACE for any whitespace, or DROP for invisible ones. */
function foldCode(c: number): number {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? SPACE : c;
  if (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  if (c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) return SPACE;
  // Soft hyphens and zero-width characters come and go with a page's markup, so they never count.
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return DROP;
  // Publishers swap curly and straight quotes between revisions; one-for-one folding keeps offsets simple.
  if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) return 39;
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) return 34;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return 45;
  return c;
}

/**
 * Folds `source` into `codes`, recording each kept character's original offset in `offsets` when given; whitespace
 * runs keep only their first character. Returns how many characters were kept.
 */
function fold(source: string, codes: Uint16Array, offsets: Int32Array | null): number {
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < source.length; i++) {
    const code = foldCode(source.charCodeAt(i));
    if (code === DROP) continue;
    if (code === SPACE) {
      if (inSpace) continue;
      inSpace = true;
    } else {
      inSpace = false;
    }
    codes[n] = code;
    if (offsets) offsets[n] = i;
    n++;
  }
  return n;
}

const utf16 = new TextDecoder('utf-16le');

/** Builds a string from UTF-16 codes; lone surrogates survive because they were copied from a JS string. */
function codesToString(codes: Uint16Array, length: number): string {
  // Short fragments are quicker without the decoder; long texts far quicker with it.
  if (length <= 256) return String.fromCharCode.apply(null, Array.from(codes.subarray(0, length)));
  return utf16.decode(codes.subarray(0, length));
}

/** Normalises article text once, keeping the offset map needed to return ranges in the original. */
export function normalizeText(original: string): NormalizedText {
  const codes = new Uint16Array(original.length);
  const offsets = new Int32Array(original.length + 1);
  const n = fold(original, codes, offsets);
  offsets[n] = original.length;
  return { original, text: codesToString(codes, n), offsets: offsets.subarray(0, n + 1) };
}

/** Normalises a short fragment (a saved quote or its context) the same way, without an offset map. */
export function normalizeFragment(fragment: string): string {
  const codes = new Uint16Array(fragment.length);
  return codesToString(codes, fold(fragment, codes, null));
}

/** Maps a range of the normalised text back to the original text. */
export function toOriginalRange(
  nt: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = nt.offsets[start] ?? nt.original.length;
  // The end maps just past the last kept character, so collapsed whitespace after the range stays outside it.
  const last = end > start ? (nt.offsets[end - 1] ?? from) + 1 : from;
  return { start: from, end: last };
}

/** Maps an offset in the original text to the first normalised character at or after it. */
export function toNormalizedOffset(nt: NormalizedText, offset: number): number {
  let lo = 0;
  let hi = nt.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((nt.offsets[mid] ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
