/** Character classes of UTF-16 code units, memoised in a table so hot loops never run a regex per character. */

/** Bit set in {@link charBits} for letters, digits and combining marks. */
export const WORD = 2;
/** Bit set in {@link charBits} for whitespace. */
export const SPACE = 4;
/** Bit set in {@link charBits} for letters. */
export const LETTER = 8;
/** Bit set in {@link charBits} for upper-case letters. */
export const UPPER = 16;
const KNOWN = 1;

const table = new Uint8Array(65536);

/**
 * The class table itself, for hot loops to read directly: entries below 256 are always filled, so
 * `c < 256 ? CLASS_TABLE[c] : charBits(c)` saves the interpreter a call per character on Latin-1 text.
 */
export const CLASS_TABLE: Readonly<Uint8Array> = table;

// ASCII and Latin-1 are filled by arithmetic at load: most article text never needs the Unicode regexes, whose
// compilation alone costs a millisecond or more on the first call in a fresh content script.
for (let c = 0; c < 256; c++) {
  let bits = KNOWN;
  const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  const lowerCase =
    (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 0xaa || c === 0xb5 || c === 0xba;
  if (upper || lowerCase) bits |= LETTER | WORD;
  if (upper) bits |= UPPER;
  if ((c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe))
    bits |= WORD;
  if ((c >= 9 && c <= 13) || c === 32 || c === 0xa0) bits |= SPACE;
  table[c] = bits;
}
// General Punctuation (curly quotes, dashes, ellipsis, spaces of set widths) holds no letters or digits.
for (let c = 0x2000; c <= 0x206f; c++) {
  const space = c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
  table[c] = KNOWN | (space ? SPACE : 0);
}

let wordRe: RegExp | null = null;
let letterRe: RegExp | null = null;
let upperRe: RegExp | null = null;

function classify(code: number): number {
  const c = String.fromCharCode(code);
  // Surrogate halves are treated as word characters, so astral letters stay inside words.
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  wordRe ??= /[\p{L}\p{N}\p{M}]/u;
  letterRe ??= /\p{L}/u;
  upperRe ??= /\p{Lu}/u;
  let bits = KNOWN;
  if (surrogate || wordRe.test(c)) bits |= WORD;
  if (letterRe.test(c)) bits |= LETTER;
  if (/\s/.test(c)) bits |= SPACE;
  if (upperRe.test(c)) bits |= UPPER;
  table[code] = bits;
  return bits;
}

/** The class bits (WORD, SPACE, LETTER, UPPER) of one UTF-16 code unit; 0 for NaN (past either end). */
export function charBits(code: number): number {
  if (code !== code) return 0;
  const bits = table[code]!;
  return bits !== 0 ? bits : classify(code);
}

/** True for a letter, digit or combining mark at `at`. */
export function isWordAt(text: string, at: number): boolean {
  return (charBits(text.charCodeAt(at)) & WORD) !== 0;
}

/** True for a letter at `at` (false past either end). */
export function isLetterAt(text: string, at: number): boolean {
  return (charBits(text.charCodeAt(at)) & LETTER) !== 0;
}

/** True for whitespace at `at`. */
export function isSpaceAt(text: string, at: number): boolean {
  return (charBits(text.charCodeAt(at)) & SPACE) !== 0;
}

/** True for an upper-case letter at `at`. */
export function isUpperAt(text: string, at: number): boolean {
  return (charBits(text.charCodeAt(at)) & UPPER) !== 0;
}
