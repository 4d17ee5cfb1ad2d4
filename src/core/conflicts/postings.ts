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
