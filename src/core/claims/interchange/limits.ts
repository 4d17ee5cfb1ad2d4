/** Size caps on an import: a file is attacker-controlled text until it has been checked. */
export const IMPORT_LIMITS = {
  /** Characters in one file; a full export of the default 200,000 claims fits. */
  fileChars: 256 * 1024 * 1024,
  /** Claims in one file: a little above the default retention cap, so a full export can be imported back. */
  claims: 250_000,
  /**
   * Values (keys, scalars, arrays, objects) in a ClaimReview JSON document, counted before it is parsed: a
   * review takes about 40, so 50,000 reviews fit, while a 48 MB array of empty objects is refused unbuilt. Large
   * exports use claim lines, which are read one line at a time.
   */
  documentValues: 2_000_000,
  /** Nesting of arrays and objects in a ClaimReview document; real ones nest about 6 deep. */
  documentDepth: 32,
  /** Characters on one line of JSON lines. */
  lineChars: 64 * 1024,
  /** Characters of claim text. */
  textChars: 2_000,
  /** Characters of a name, an outlet, a cue, a rating. */
  nameChars: 200,
  headlineChars: 500,
  urlChars: 2_048,
  /** Characters of a selector's prefix or suffix. */
  contextChars: 500,
  /** Keys per kind (terms, entities, numbers) and characters per key. */
  keysPerKind: 128,
  keyChars: 64,
} as const;

// C0 and C1 controls except tab, line feed and carriage return; bidirectional overrides and isolates, which can
// make text display in another order than it reads; zero-width space and byte-order mark.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The text without control and bidi-override characters, which have no place in a quote or a name. */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '');
}
