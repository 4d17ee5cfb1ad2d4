/**
 * Wraps an async function so calls run one after another. The offscreen document shares its renderer's main
 * thread with the popup and options page: one page parsed at a time leaves them a turn between two parses,
 * where a queue of parses would make them wait for all of it.
 */
export function oneAtATime<A extends unknown[], R>(
  run: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const next = last.catch(() => undefined).then(() => run(...args));
    last = next;
    return next;
  };
}
