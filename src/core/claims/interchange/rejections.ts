import type { Rejection } from './parse-import.ts';

/** Rejections listed one by one; after this many the file is not read further, only its remaining lines counted. */
export const MAX_REPORTED = 100;

/**
 * Collects the reasons an import is refused: the first `MAX_REPORTED`, then only a count of what was left unread.
 * Keeping every reason of a file of millions of bad lines held hundreds of megabytes, and parsing each of them to
 * refuse it cost seconds, for a file already refused.
 */
export class Rejections {
  private readonly kept: Rejection[] = [];
  private unchecked = 0;

  /** Records one refused line (0: the file as a whole). */
  add(line: number, reason: string): void {
    if (this.kept.length < MAX_REPORTED) this.kept.push({ line, reason });
  }

  /** Whether enough reasons are listed: the caller stops reading and counts the rest with `skip`. */
  get full(): boolean {
    return this.kept.length >= MAX_REPORTED;
  }

  /** Records lines (or items) left unread once the report was full. */
  skip(count: number): void {
    this.unchecked += count;
  }

  /** How many reasons were found; more than zero means the file is refused. */
  get count(): number {
    return this.kept.length;
  }

  /** The report: the listed reasons, then one line that counts what was not read. */
  list(): Rejection[] {
    return this.unchecked > 0
      ? [...this.kept, { line: 0, reason: `and ${this.unchecked} more lines not checked` }]
      : [...this.kept];
  }
}
