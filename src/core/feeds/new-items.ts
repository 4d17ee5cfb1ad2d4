/** Anything that can say whether an id was seen: a Set, or a wrapper over stored ids. */
export interface SeenIds {
  has(id: string): boolean;
}

/** The items whose id has not been seen before, in feed order, each id once even if the feed repeats it. */
export function newItems<T extends { id: string }>(items: readonly T[], seenIds: SeenIds): T[] {
  const taken = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    if (seenIds.has(item.id) || taken.has(item.id)) continue;
    taken.add(item.id);
    out.push(item);
  }
  return out;
}
