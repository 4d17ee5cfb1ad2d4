import { CLASS_TABLE, charBits, isWordAt, SPACE, UPPER, WORD } from './char-class.ts';

/** What a token is: a word (letters/digits), punctuation, a quote mark, or a paragraph break. */
export type TokenKind = 'word' | 'punct' | 'quote' | 'break';

/** One token of a text, with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, computed once. */
  lower: string;
  kind: TokenKind;
  /** Index of the quoted region this token lies in (quote marks excluded), or -1. */
  quote: number;
}

// Abbreviations whose period does not end a sentence; matched case-sensitively on the word before the period.
const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Sen Rep Gov Lt Gen Col Maj Capt Sgt Adm Prof Rev Sr Jr St Mt Ft Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec Inc Corp Co Ltd No vs etc Ave Blvd Gov Atty Supt Cmdr Gens Reps Sens Msgr'.split(
    ' ',
  ),
);

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', '‹', '›']);

function isDigitCode(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

// Word-inner joiners: apostrophes and hyphens between word characters ("don't", "U.S.-Russia", "Lopez-Cantera").
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 0x2010;

// "B." followed by one space and a capitalised word is an initial, not a sentence end.
const isInitialBeforeName = (text: string, dot: number) =>
  text.charCodeAt(dot + 1) === 32 && (charBits(text.charCodeAt(dot + 2)) & UPPER) !== 0;

// Exactly three apostrophes at `at`, after a non-space character that is not itself an apostrophe.
function isClosingTriple(text: string, at: number): boolean {
  if (at === 0 || text.charCodeAt(at + 1) !== 39 || text.charCodeAt(at + 2) !== 39) return false;
  if (text.charCodeAt(at + 3) === 39) return false;
  const prev = text.charCodeAt(at - 1);
  return prev !== 39 && (charBits(prev) & SPACE) === 0;
}

// The bulk of a word past its first letter is ASCII lower case: one sticky regex skips it natively, where a
// fresh content script would otherwise interpret the character loop below for every letter.
const LOWER_RUN = /[a-z]+/y;

/** Splits a text into tokens in one linear pass; whitespace with a newline becomes a paragraph break. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let pos = 0;
  // Class lookups are inlined (charBits on a code unit) because this loop runs once per character, and a fresh
  // content script runs it in the interpreter, where every call counts.
  while (pos < n) {
    const start = pos;
    const code = text.charCodeAt(pos);
    const bits = code < 256 ? CLASS_TABLE[code]! : charBits(code);
    if (bits & SPACE) {
      let newline = false;
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if (!((c < 256 ? CLASS_TABLE[c]! : charBits(c)) & SPACE)) break;
        if (c === 10) newline = true;
        pos++;
      }
      if (newline) tokens.push({ start, end: pos, text: '\n', lower: '\n', kind: 'break', quote: -1 });
      continue;
    }
    if (code >= 48 && code <= 57) {
      pos++;
      while (pos < n) {
        const c = text.charCodeAt(pos);
        if ((c >= 48 && c <= 57) || ((c === 46 || c === 44 || c === 58) && isDigitCode(text, pos + 1))) pos++;
        else break;
      }
      const word = text.slice(start, pos);
      tokens.push({ start, end: pos, text: word, lower: word, kind: 'word', quote: -1 });
      continue;
    }
    if (bits & WORD) {
      // Initialisms: "U.S.", "D.C." keep their periods.
      if (text.charCodeAt(pos + 1) === 46 && isWordAt(text, pos + 2) && text.charCodeAt(pos + 3) === 46) {
        while (
          pos + 1 < n &&
          isWordAt(text, pos) &&
          !isWordAt(text, pos + 1) &&
          text.charCodeAt(pos + 1) === 46
        )
          pos += 2;
        // "U.S.-China" stays one word, as "U.S.-China Business Council" is one name.
        while (pos < n && isJoiner(text.charCodeAt(pos)) && isWordAt(text, pos + 1)) {
          pos++;
          while (pos < n && isWordAt(text, pos)) pos++;
        }
        const word = text.slice(start, pos);
        tokens.push({ start, end: pos, text: word, lower: word.toLowerCase(), kind: 'word', quote: -1 });
        continue;
      }
      pos++;
      let upper = false;
      while (pos < n) {
        LOWER_RUN.lastIndex = pos;
        if (LOWER_RUN.test(text)) {
          pos = LOWER_RUN.lastIndex;
          if (pos >= n) break;
        }
        const c = text.charCodeAt(pos);
        const b = c < 256 ? CLASS_TABLE[c]! : charBits(c);
        if (b & WORD) {
          if (b & UPPER) upper = true;
        } else if (!(isJoiner(c) && isWordAt(text, pos + 1))) break;
        pos++;
      }
      let word = text.slice(start, pos);
      // Fold the period into titles like "Mr." so it never ends a sentence.
      // A middle initial ("James B. Comey") is folded too, when a capitalised word follows.
      if (
        text.charCodeAt(pos) === 46 &&
        (ABBREVIATIONS.has(word) || (word.length === 1 && bits & UPPER && isInitialBeforeName(text, pos)))
      ) {
        pos++;
        word += '.';
      }
      // Most words are already lower case past their first letter; skip the copy toLowerCase would make.
      const lower = upper || bits & UPPER ? word.toLowerCase() : word;
      tokens.push({ start, end: pos, text: word, lower, kind: 'word', quote: -1 });
      continue;
    }
    // Three apostrophes after a word or punctuation close a single quote and then a double one (''... the
    // 'worst case,''' he said), so the single mark comes first; before a word the double mark opens first.
    if (code === 39 && isClosingTriple(text, pos)) {
      tokens.push({ start, end: pos + 1, text: "'", lower: "'", kind: 'quote', quote: -1 });
      pos++;
      continue;
    }
    // Two apostrophes or backticks stand for a double quote mark in some newsroom texts: ''Yes,'' he said.
    if ((code === 39 || code === 96) && text.charCodeAt(pos + 1) === code) {
      const mark = code === 96 ? '“' : '"';
      tokens.push({ start, end: pos + 2, text: mark, lower: mark, kind: 'quote', quote: -1 });
      pos += 2;
      continue;
    }
    pos += code >= 0xd800 && code <= 0xdbff && pos + 1 < n ? 2 : 1;
    const mark = text.slice(start, pos);
    tokens.push({
      start,
      end: pos,
      text: mark,
      lower: mark,
      kind: QUOTE_MARKS.has(mark) ? 'quote' : 'punct',
      quote: -1,
    });
  }
  return tokens;
}

/** True when a word token starts with an upper-case letter. */
export function isCapitalized(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && (charBits(token.text.charCodeAt(0)) & UPPER) !== 0;
}
