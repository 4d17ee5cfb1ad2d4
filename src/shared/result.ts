/** What crosses a message channel: a value, or an error message to rethrow at the caller. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a thrown value as the error half of a Result, keeping only its message. */
export function errorResult(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
