/**
 * One word-like token of a claim, with its offsets into the claim text, before normalisation makes it a
 * `ClaimWord` (numbers with their units, acronyms, sentence starts). Not the quote extractor's `Token`
 * (core/text), which also keeps punctuation, quote marks and paragraph breaks for finding quotes in a page.
 */
export interface ClaimToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** True when the token starts with an upper-case letter. */
  capital: boolean;
  /** True when the token begins a sentence (first token or after . ! ? :). */
  sentenceStart: boolean;
}

// Acronyms with dots ("U.S.") first, then words and numbers that may hold inner ' ’ - . , joiners ("don't",
// "20-year-old", "19,000", "3.5"). Each joiner must be followed by a letter or digit, so the pattern stays linear.
const TOKEN = /(?:\p{Lu}\.){2,}|[$£€]?[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*%?|[?]/gu;

/** Longest claim text analysed; claims come from attacker-controlled pages. */
export const MAX_CLAIM_CHARS = 2000;

/** Splits a claim into its tokens (capped at MAX_CLAIM_CHARS), keeping offsets and capitalisation. */
export function claimTokens(text: string): ClaimToken[] {
  const source = text.length > MAX_CLAIM_CHARS ? text.slice(0, MAX_CLAIM_CHARS) : text;
  const tokens: ClaimToken[] = [];
  let lastEnd = 0;
  for (const match of source.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    const between = source.slice(lastEnd, start);
    const sentenceStart = tokens.length === 0 || /[.!?:"“]\s*$/.test(between) || isSentenceEnd(tokens.at(-1));
    const first = raw.replace(/^[$£€]/, '').charAt(0);
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + raw.length,
      capital: first !== first.toLowerCase(),
      sentenceStart,
    });
    lastEnd = start + raw.length;
  }
  return tokens;
}

function isSentenceEnd(token: ClaimToken | undefined): boolean {
  return token?.text === '?';
}
