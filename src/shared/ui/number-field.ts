/** What reading a whole-number field gives: the number, or why it cannot be saved. */
export type NumberParse = { ok: true; value: number } | { ok: false; error: string };

/** Reads a whole number typed into a field and checks it lies in [min, max]. */
export function parseWholeNumber(input: string, min: number, max: number): NumberParse {
  const text = input.trim().replace(/[\s,_]/g, '');
  if (!/^\d{1,12}$/.test(text)) return { ok: false, error: 'Enter a whole number.' };
  const value = Number(text);
  if (value < min || value > max) {
    return {
      ok: false,
      error: `Enter a number from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}.`,
    };
  }
  return { ok: true, value };
}
