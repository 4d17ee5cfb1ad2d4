import { isCapitalized, type Token } from './tokenize.ts';

/** A sentence as a half-open range of token indexes, with the paragraph it belongs to. */
export interface Sentence {
  first: number;
  /** One past the last token. */
  end: number;
  paragraph: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const TERMINALS = new Set(['.', '!', '?', '…']);

// Capitalised words that open a sentence and never continue a name: "U.S. He" is two sentences, "U.S. Senate" one.
const OPENERS = new Set([
  'He',
  'She',
  'They',
  'We',
  'It',
  'I',
  'The',
  'But',
  'This',
  'There',
  'His',
  'Her',
  'Their',
]);

// "U.S.", "p.m.": periods inside the word as well as at its end ("Gen." is a title before a name).
const isInitialism = (w: string) => w.length > 2 && w.endsWith('.') && w.indexOf('.') < w.length - 1;

// Sentences longer than this many tokens are cut, so no later step scans an unbounded stretch of text.
const MAX_SENTENCE_TOKENS = 400;

/**
 * Splits tokens into sentences in one linear pass: at paragraph breaks, and after ., ! or ? (outside quoted
 * regions, or at a quote's end) when the next word starts a new sentence.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const push = (end: number) => {
    if (end > first) sentences.push({ first, end, paragraph });
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'break') {
      push(i);
      first = i + 1;
      paragraph++;
      continue;
    }
    if (i - first >= MAX_SENTENCE_TOKENS) {
      push(i);
      continue;
    }
    // "… in the U.S. He says …": an initialism's own period ends the sentence before a word that only opens one.
    if (isInitialism(t.text) && OPENERS.has(tokens[i + 1]?.text ?? '')) {
      push(i + 1);
      continue;
    }
    if (t.kind !== 'punct' || !TERMINALS.has(t.text)) continue;
    // "D-N.Y.", "R-S.C.": a period with a letter or two glued after it is inside an abbreviation.
    const glued = tokens[i + 1];
    if (t.text === '.' && glued?.kind === 'word' && glued.start === t.end && glued.text.length <= 2) continue;
    let j = i + 1;
    // A terminal inside a quote ends the sentence only when the quote closes right after it.
    if (t.quote >= 0) {
      const next = tokens[j];
      if (!next || next.kind !== 'quote' || next.quote >= 0) continue;
      j++;
    }
    while (tokens[j]?.kind === 'punct' && TERMINALS.has(tokens[j]!.text)) j++;
    if (tokens[j]?.kind === 'quote' && tokens[j]!.quote < 0 && tokens[j - 1]?.kind !== 'quote') {
      // Closing mark straight after the terminal, e.g. `...plan." He` : the sentence ends after the mark.
      const afterMark = tokens[j + 1];
      if (afterMark && afterMark.quote < 0 && (isCapitalized(afterMark) || afterMark.kind === 'break')) j++;
    }
    const next = tokens[j];
    if (
      !next ||
      next.kind === 'break' ||
      isCapitalized(next) ||
      next.kind === 'quote' ||
      isDigit(next.text.charCodeAt(0))
    ) {
      push(j);
      i = j - 1;
    }
  }
  push(tokens.length);
  return sentences;
}
