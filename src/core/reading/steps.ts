/**
 * Resumable work that ends in a value. Each `next()` does a bounded share of it; a step that yields the name of
 * a phase asks to begin that phase in a task of its own (the content script records each task under it).
 */
export type ReadingSteps<T> = Generator<string | void, T, void>;

/** Runs steps to the end at once and returns their value: the plain form of a reading. */
export function runToEnd<T>(steps: ReadingSteps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}
