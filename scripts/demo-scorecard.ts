// The demo's scorecard: which of the pairs the demo site was written to contain (`e2e/site/conflicts.json`)
// Counterclaim showed, and which conflicts it showed that nobody wrote into the site. Pure: it reads the
// reports of the pages the demo visited and the list of pages whose claims reached the store.
import type { TabReport } from '../src/shared/report.ts';

/** One side of a designed pair: the page (`site/file.html`), who says it and the words. */
export interface DesignedSide {
  page: string;
  speaker: string;
  text: string;
  kind: string;
}

/** Two claims the demo site was written to set against each other. */
export interface DesignedConflict {
  id: string;
  a: DesignedSide;
  b: DesignedSide;
  why: string;
  feedOnly?: boolean;
  /**
   * The same two claims as other pages tell them (the same speaker making the same point): shown against each
   * other, or against a side, they are this conflict told by another outlet, not a false one.
   */
  retold?: { a?: DesignedSide[]; b?: DesignedSide[] };
}

/** One claim the demo site carries on several pages, which Counterclaim should count as agreeing. */
export interface DesignedAgreement {
  id: string;
  text: string;
  speaker: string;
  pages: string[];
}

/** `e2e/site/conflicts.json`. */
export interface DesignedPairs {
  conflicts: DesignedConflict[];
  agreements: DesignedAgreement[];
  unrelated: string[];
}

/** A page the demo opened, as `site/file.html`, with what Counterclaim reported for it. */
export interface VisitedPage {
  page: string;
  report: TabReport | null;
}

/** found: shown; missed: both pages were read and it was not shown; not in this run: it could not be shown. */
export type Verdict = 'found' | 'missed' | 'not in this run';

/** One designed pair and what the run made of it. */
export interface PairRow {
  kind: 'conflict' | 'agreement';
  id: string;
  verdict: Verdict;
  pages: string[];
}

/** One side of a conflict the popup showed. */
export interface ShownSide {
  page: string;
  speaker: string;
  text: string;
}

/** A conflict the popup showed (each pair once, whichever page showed it), and the designed pair it is. */
export interface ShownConflict {
  quote: ShownSide;
  other: ShownSide;
  designed: string | null;
  /** The designed pair told by another outlet: one side or both from its `retold` list. */
  retold: boolean;
}

/** The whole scorecard. */
export interface Scorecard {
  rows: PairRow[];
  shown: ShownConflict[];
}

/** `http://wire.test:PORT/a.html` and `http://127.0.0.1:PORT/wire/a.html` both as `wire/a.html`. */
export function pageKey(url: string): string {
  const { hostname, pathname } = new URL(url);
  const path = pathname.replace(/^\//, '');
  return hostname.endsWith('.test') ? `${hostname.slice(0, -'.test'.length)}/${path}` : path;
}

/** Words only, lower case: quote marks, commas and line breaks differ between a quote and its listing. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a shown text is the designed one: it holds the designed words as a run, or it is a run of them
 * that keeps most of them (a fragment like "to an immediate ceasefire" is not the whole denial).
 */
export function sameWords(shown: string, designed: string): boolean {
  const a = words(shown);
  const b = words(designed);
  if (a === '' || b === '') return false;
  if (` ${a} `.includes(` ${b} `)) return true;
  return ` ${b} `.includes(` ${a} `) && a.split(' ').length >= 0.6 * b.split(' ').length;
}

const matches = (side: ShownSide, designed: DesignedSide): boolean =>
  side.page === designed.page && sameWords(side.text, designed.text);

function designedId(pairs: DesignedConflict[], quote: ShownSide, other: ShownSide): string | null {
  const pair = pairs.find(
    (p) => (matches(quote, p.a) && matches(other, p.b)) || (matches(quote, p.b) && matches(other, p.a)),
  );
  return pair?.id ?? null;
}

/** A designed pair whose sides, as told on any of their pages, are the two shown. */
function retoldId(pairs: DesignedConflict[], quote: ShownSide, other: ShownSide): string | null {
  const tellings = (side: DesignedSide, more: DesignedSide[] = []) => [side, ...more];
  const any = (shown: ShownSide, sides: DesignedSide[]) => sides.some((d) => matches(shown, d));
  const pair = pairs.find((p) => {
    const a = tellings(p.a, p.retold?.a);
    const b = tellings(p.b, p.retold?.b);
    return (any(quote, a) && any(other, b)) || (any(quote, b) && any(other, a));
  });
  return pair?.id ?? null;
}

/** Every conflict the visited pages' reports showed, each unordered pair once. */
function shownConflicts(visited: VisitedPage[], pairs: DesignedConflict[]): ShownConflict[] {
  const seen = new Map<string, ShownConflict>();
  for (const { page, report } of visited) {
    for (const q of report?.quotes ?? []) {
      const quote = { page, speaker: q.speaker.name, text: q.text };
      for (const c of q.conflicts) {
        const other = { page: pageKey(c.url), speaker: c.speaker ?? 'unattributed', text: c.text };
        const key = [`${quote.page}|${words(quote.text)}`, `${other.page}|${words(other.text)}`]
          .sort()
          .join('↔');
        if (seen.has(key)) continue;
        const designed = designedId(pairs, quote, other);
        const retold = designed ? null : retoldId(pairs, quote, other);
        seen.set(key, { quote, other, designed: designed ?? retold, retold: retold !== null });
      }
    }
  }
  return [...seen.values()];
}

function conflictRow(
  pair: DesignedConflict,
  shown: ShownConflict[],
  visited: Set<string>,
  read: Set<string>,
): PairRow {
  const pages = [pair.a.page, pair.b.page];
  const possible = pages.every((p) => read.has(p)) && pages.some((p) => visited.has(p));
  // Found means the designed pages themselves: a retelling elsewhere is not counted as finding it.
  const verdict: Verdict = shown.some((s) => s.designed === pair.id && !s.retold)
    ? 'found'
    : possible
      ? 'missed'
      : 'not in this run';
  return { kind: 'conflict', id: pair.id, verdict, pages };
}

/** An agreement is found when a visited page shows the claim with at least one agreeing report. */
function agreementRow(pair: DesignedAgreement, visited: VisitedPage[], read: Set<string>): PairRow {
  const mine = visited.filter((v) => pair.pages.includes(v.page));
  const found = mine.some((v) =>
    (v.report?.quotes ?? []).some((q) => q.agreeing > 0 && sameWords(q.text, pair.text)),
  );
  const possible = mine.length > 0 && pair.pages.filter((p) => read.has(p)).length >= 2;
  const verdict: Verdict = found ? 'found' : possible ? 'missed' : 'not in this run';
  return { kind: 'agreement', id: pair.id, verdict, pages: pair.pages };
}

/**
 * Scores a demo run: each designed conflict and agreement as found, missed or not in this run (one of its
 * pages never reached the store, or none was opened), and every conflict shown, with the designed pair it
 * is or null (not designed, counted as false).
 */
export function scoreDemo(
  designed: DesignedPairs,
  visited: VisitedPage[],
  readPages: Iterable<string>,
): Scorecard {
  const read = new Set(readPages);
  const opened = new Set(visited.map((v) => v.page));
  const shown = shownConflicts(visited, designed.conflicts);
  return {
    rows: [
      ...designed.conflicts.map((p) => conflictRow(p, shown, opened, read)),
      ...designed.agreements.map((p) => agreementRow(p, visited, read)),
    ],
    shown,
  };
}
