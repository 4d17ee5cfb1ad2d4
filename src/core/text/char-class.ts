/** Character classes of UTF-16 code units, memoised in a table so hot loops never run a regex per character. */

const KNOWN = 1;
const WORD = 2;
const SPACE = 4;
const LETTER = 8;
const UPPER = 16;

const table = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const LETTER_RE = /\p{L}/u;
const SPACE_RE = /\s/u;
const UPPER_RE = /\p{Lu}/u;

function classify(code: number): number {
  let bits = table[code]!;
  if (bits !== 0) return bits;
  const c = String.fromCharCode(code);
  // Surrogate halves are treated as word characters, so astral letters stay inside words.
  const surrogate = code >= 0xd800 && code <= 0xdfff;
  bits = KNOWN;
  if (surrogate || WORD_RE.test(c)) bits |= WORD;
  if (LETTER_RE.test(c)) bits |= LETTER;
  if (SPACE_RE.test(c)) bits |= SPACE;
  if (UPPER_RE.test(c)) bits |= UPPER;
  table[code] = bits;
  return bits;
}

/** True for a letter, digit or combining mark at `at`. */
export function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === code && (classify(code) & WORD) !== 0;
}

/** True for a letter at `at` (false past either end). */
export function isLetterAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === code && (classify(code) & LETTER) !== 0;
}

/** True for whitespace at `at`. */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === code && (classify(code) & SPACE) !== 0;
}

/** True for an upper-case letter at `at`. */
export function isUpperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === code && (classify(code) & UPPER) !== 0;
}
