/** Turns a character offset into a 1-based line and column, counted only when an error is reported. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  let nl = text.indexOf('\n', 0);
  while (nl >= 0 && nl < end) {
    line++;
    lineStart = nl + 1;
    nl = text.indexOf('\n', lineStart);
  }
  return { line, column: end - lineStart + 1 };
}
