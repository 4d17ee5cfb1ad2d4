import type { CheckResult } from '../../shared/data-views.ts';

/** The words of a check's answer, apart from the related claims themselves. */
export interface CheckSummary {
  /** Who the sentence names as speaker, or that it names none. */
  speaker: string;
  /** "N other sources say otherwise", or null when no other source does. */
  disputed: string | null;
  /** "N other reports agree", or null. */
  agreeing: string | null;
  /** What to say when nothing conflicts: nothing contradicts it yet, or there is nothing to compare with yet. */
  empty: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Puts a check's answer into words; "other sources say otherwise", never "false". */
export function summarizeCheck(result: CheckResult): CheckSummary {
  const elsewhere = result.conflicts.filter((c) => !c.onThisPage).length;
  const disputed =
    result.conflicts.length === 0
      ? null
      : elsewhere > 0
        ? `${plural(elsewhere, 'other source says', 'other sources say')} otherwise`
        : 'Said otherwise on this page';
  const agreeing =
    result.agreeing.length > 0
      ? `${plural(result.agreeing.length, 'other report agrees', 'other reports agree')}`
      : null;
  let empty: string | null = null;
  if (!disputed) {
    empty =
      result.otherSourceClaims === 0
        ? 'No claims from other sources yet: read more articles, or add feeds in the options.'
        : 'Nothing in your store contradicts this yet.';
  }
  return {
    speaker: result.speaker ? `Said by ${result.speaker}` : 'No speaker named in the sentence',
    disputed,
    agreeing,
    empty,
  };
}
