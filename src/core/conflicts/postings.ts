/** A growable list of int32 values: posting lists and per-claim key lists without a JS array per entry. */
export class IntList {
  private data: Int32Array;
  private count = 0;

  constructor(capacity = 4) {
    this.data = new Int32Array(capacity);
  }

  /** Number of values held. */
  get length(): number {
    return this.count;
  }

  /** Appends a value, doubling the buffer when full so appends stay amortised O(1). */
  push(value: number): void {
    if (this.count === this.data.length) {
      const bigger = new Int32Array(Math.max(4, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.count++] = value;
  }

  /** The values as a view (no copy); valid until the next push. */
  view(): Int32Array {
    return this.data.subarray(0, this.count);
  }
}

/** Interns strings as dense integer ids, so postings and per-claim keys are stored as numbers. */
export class Interner {
  private readonly idOf = new Map<string, number>();

  /** Number of distinct strings seen. */
  get size(): number {
    return this.idOf.size;
  }

  /** The id of a string, assigning the next id when it is new. */
  intern(value: string): number {
    let id = this.idOf.get(value);
    if (id === undefined) {
      id = this.idOf.size;
      this.idOf.set(value, id);
    }
    return id;
  }

  /** The id of a string already seen, or -1. */
  find(value: string): number {
    return this.idOf.get(value) ?? -1;
  }
}

/**
 * The k best items by score, kept in a bounded min-heap: selecting the top 60 of 50,000 scored claims must not
 * sort all 50,000.
 */
export class TopK {
  private readonly items: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly k: number) {}

  /** Offers an item; it is kept when it beats the weakest of the current k. */
  offer(item: number, score: number): void {
    const { items, scores } = this;
    if (items.length < this.k) {
      items.push(item);
      scores.push(score);
      this.up(items.length - 1);
    } else if (this.k > 0 && score > (scores[0] ?? -Infinity)) {
      items[0] = item;
      scores[0] = score;
      this.down(0);
    }
  }

  /** The kept items, best first, with their scores. */
  sorted(): { item: number; score: number }[] {
    return this.items
      .map((item, i) => ({ item, score: this.scores[i] ?? 0 }))
      .sort((x, y) => y.score - x.score || x.item - y.item);
  }

  private swap(i: number, j: number): void {
    const { items, scores } = this;
    [items[i], items[j]] = [items[j] ?? 0, items[i] ?? 0];
    [scores[i], scores[j]] = [scores[j] ?? 0, scores[i] ?? 0];
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.scores[parent] ?? 0) <= (this.scores[i] ?? 0)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && (this.scores[l] ?? 0) < (this.scores[m] ?? 0)) m = l;
      if (r < n && (this.scores[r] ?? 0) < (this.scores[m] ?? 0)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
}
