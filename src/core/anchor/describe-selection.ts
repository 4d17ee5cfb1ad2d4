import type { ClaimSelectors } from '../claims/index.ts';

/** Whether a UTF-16 code unit is the second half of a surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether a UTF-16 code unit is the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Describes the range [start, end) of the article text with W3C Web Annotation selectors: the exact text with up
 * to `contextChars` characters of context either side, and its offsets.
 */
export function describeSelection(
  text: string,
  start: number,
  end: number,
  contextChars = 32,
): ClaimSelectors {
  const clamp = (n: number): number =>
    Math.max(0, Math.min(text.length, Math.trunc(Number.isFinite(n) ? n : 0)));
  const from = Math.min(clamp(start), clamp(end));
  const to = Math.max(clamp(start), clamp(end));
  const context = Math.max(0, Math.trunc(contextChars));
  let prefixStart = Math.max(0, from - context);
  let suffixEnd = Math.min(text.length, to + context);
  // Never cut an emoji or other astral character in half at the edge of the context.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.min(prefixStart, from), from),
      suffix: text.slice(to, Math.max(suffixEnd, to)),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}
