import type { XmlErrorKind } from './xml-types.ts';

/** Thrown inside the parser and turned into an XmlError (with line and column) at its boundary. */
export class XmlFailure extends Error {
  constructor(
    readonly kind: XmlErrorKind,
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// Characters that cannot start a name although they may continue one ("!", "?", "-", ".", digits).
function badNameStart(c: number): boolean {
  return c === 33 || c === 63 || c === 45 || c === 46 || (c >= 48 && c <= 57);
}

// Characters that end a name. Anything else is accepted, so non-ASCII names need no Unicode tables.
function endsName(c: number): boolean {
  return (
    isSpace(c) || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39 || Number.isNaN(c)
  );
}

/**
 * A cursor over the document text with the low-level steps of XML: names, whitespace and the constructs that
 * are checked and skipped (comments, processing instructions, DOCTYPE). Every step only moves forward and
 * uses indexOf or single character loops, so the whole scan is linear in the input.
 */
export class XmlScanner {
  pos = 0;

  constructor(readonly text: string) {}

  /** A failure at the current position (or a given one). */
  fail(message: string, offset = this.pos, kind: XmlErrorKind = 'malformed'): XmlFailure {
    return new XmlFailure(kind, offset, message);
  }

  /** The code unit at the cursor plus an offset (NaN past the end). */
  peek(ahead = 0): number {
    return this.text.charCodeAt(this.pos + ahead);
  }

  /** Whether the text at the cursor starts with a literal. */
  at(literal: string): boolean {
    return this.text.startsWith(literal, this.pos);
  }

  /** Skips whitespace and tells whether there was any. */
  skipSpace(): boolean {
    const start = this.pos;
    while (isSpace(this.text.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  /** Reads a (possibly prefixed) name. */
  name(what: string): string {
    const start = this.pos;
    while (!endsName(this.text.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start || badNameStart(this.text.charCodeAt(start))) {
      this.pos = start;
      const found = this.pos < this.text.length ? `"${this.text[this.pos]}"` : 'the end of the document';
      throw this.fail(`expected ${what} but found ${found}`);
    }
    return this.text.slice(start, this.pos);
  }

  /** Consumes a literal if it is next and tells whether it was (callers build their message only on failure). */
  eat(literal: string): boolean {
    if (!this.at(literal)) return false;
    this.pos += literal.length;
    return true;
  }

  /** Moves past the next occurrence of a terminator, failing if the construct is never closed. */
  skipPast(terminator: string, from: number, what: string): number {
    const end = this.text.indexOf(terminator, from);
    if (end < 0) throw this.fail(`${what} is never closed`);
    this.pos = end + terminator.length;
    return end;
  }

  /** Skips a comment starting at the cursor. */
  skipComment(): void {
    this.skipPast('-->', this.pos + 4, 'a comment');
  }

  /** Skips a processing instruction (or the XML declaration) starting at the cursor. */
  skipProcessingInstruction(): void {
    this.skipPast('?>', this.pos + 2, 'a processing instruction');
  }

  /** Reads a CDATA section starting at the cursor and returns its text verbatim. */
  cdata(): string {
    const start = this.pos + 9;
    const end = this.skipPast(']]>', start, 'a CDATA section');
    return this.text.slice(start, end);
  }

  /**
   * Skips a DOCTYPE, internal subset included. Its entity declarations are deliberately not read: entities
   * are never expanded, so "billion laughs" and external-entity tricks have nothing to work with.
   */
  skipDoctype(): void {
    const start = this.pos;
    let depth = 0;
    let i = this.pos + 9;
    const s = this.text;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 39) {
        const close = s.indexOf(s[i] as string, i + 1);
        if (close < 0) break;
        i = close + 1;
      } else if (c === 60 && s.startsWith('<!--', i)) {
        const close = s.indexOf('-->', i + 4);
        if (close < 0) break;
        i = close + 3;
      } else {
        if (c === 91) depth++;
        else if (c === 93) depth--;
        else if (c === 62 && depth <= 0) {
          this.pos = i + 1;
          return;
        }
        i++;
      }
    }
    throw this.fail('the DOCTYPE is never closed', start);
  }
}
