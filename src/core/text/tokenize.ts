import { isSpaceAt, isUpperAt, isWordAt } from './char-class.ts';

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

/** Splits a text into tokens in one linear pass; whitespace with a newline becomes a paragraph break. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const start = pos;
    if (isSpaceAt(text, pos)) {
      let newline = false;
      while (pos < n && isSpaceAt(text, pos)) {
        if (text.charCodeAt(pos) === 10) newline = true;
        pos++;
      }
      if (newline) tokens.push({ start, end: pos, text: '\n', lower: '\n', kind: 'break', quote: -1 });
      continue;
    }
    if (isDigitCode(text, pos)) {
      pos++;
      while (
        pos < n &&
        (isDigitCode(text, pos) || ('.,:'.includes(text.charAt(pos)) && isDigitCode(text, pos + 1)))
      )
        pos++;
      const word = text.slice(start, pos);
      tokens.push({ start, end: pos, text: word, lower: word, kind: 'word', quote: -1 });
      continue;
    }
    if (isWordAt(text, pos)) {
      // Initialisms: "U.S.", "D.C." keep their periods.
      if (text.charAt(pos + 1) === '.' && isWordAt(text, pos + 2) && text.charAt(pos + 3) === '.') {
        while (pos + 1 < n && isWordAt(text, pos) && !isWordAt(text, pos + 1) && text.charAt(pos + 1) === '.')
          pos += 2;
        const word = text.slice(start, pos);
        tokens.push({ start, end: pos, text: word, lower: word.toLowerCase(), kind: 'word', quote: -1 });
        continue;
      }
      pos++;
      while (pos < n && (isWordAt(text, pos) || (isJoiner(text.charCodeAt(pos)) && isWordAt(text, pos + 1))))
        pos++;
      let word = text.slice(start, pos);
      // Fold the period into titles like "Mr." so it never ends a sentence.
      if (text.charCodeAt(pos) === 46 && ABBREVIATIONS.has(word)) {
        pos++;
        word += '.';
      }
      tokens.push({ start, end: pos, text: word, lower: word.toLowerCase(), kind: 'word', quote: -1 });
      continue;
    }
    const ch = text.charAt(pos);
    // Two apostrophes or backticks stand for a double quote mark in some newsroom texts: ''Yes,'' he said.
    if ((ch === "'" || ch === '`') && text.charAt(pos + 1) === ch) {
      const mark = ch === '`' ? '“' : '"';
      tokens.push({ start, end: pos + 2, text: mark, lower: mark, kind: 'quote', quote: -1 });
      pos += 2;
      continue;
    }
    const code = text.charCodeAt(pos);
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
  return !!token && token.kind === 'word' && isUpperAt(token.text, 0);
}
