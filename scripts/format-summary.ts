// The end of `npm start`: what was read, each article's quotes, the designed pairs found or missed, the
// conflicts nobody designed, and what every mark printed means.
import type { Scorecard, ShownConflict, VisitedPage } from './demo-scorecard.ts';

/** What reached the store: claims per page and per origin (page, feed, factcheck, import, selection). */
export interface StoreContents {
  claims: number;
  byOrigin: Record<string, number>;
  pagesByOrigin: Record<string, string[]>;
}

/** A feed the demo turned on, and what reading it gave. */
export interface FeedRead {
  name: string;
  url: string;
  itemsRead: number;
  claimsAdded: number;
  error: string | null;
}

/** Everything the summary needs. */
export interface DemoRun {
  visited: VisitedPage[];
  feeds: FeedRead[];
  store: StoreContents;
  score: Scorecard;
}

const short = (text: string, max = 70): string => {
  const flat = text.replace(/\s*\n\s*/g, ' … ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Every mark the demo prints, in words. */
export const legend: readonly string[] = [
  'Legend',
  '  ■  a page the demo opened; "status article" means Counterclaim read it as a news article',
  '     (others: not-article, disabled, unsupported, error (the reading failed, with why);',
  '     "scanning" means it had not finished)',
  '  •  a quote on the page: speaker (the verb that attributes it, the kind of quote)',
  '  ✗  a claim from another source, or another speaker on the same page, that says otherwise:',
  '     the quote is disputed, which is not to say it is false; "because" gives the reason shown in the popup',
  '  ✓  how many claims from other outlets agree with the quote (the popup does not list them)',
  '  found: the popup showed the designed pair; missed: both its pages were read and it was not shown;',
  '  not in this run: one of its pages was neither opened nor read from a feed, so it could not be shown',
  '  not designed: a conflict shown that the demo site was not written to contain; counted as false',
];

/** The conflicts shown that no designed pair explains, one line each. */
export function formatUndesigned(shown: ShownConflict[]): string[] {
  const extra = shown.filter((s) => s.designed === null);
  if (extra.length === 0) return ['Every conflict shown is one the demo site was written to contain.'];
  return [
    `Conflicts shown that the demo site was not written to contain (${extra.length}, counted as false):`,
    ...extra.map(
      (s) =>
        `  ✗ ${s.quote.page} ${s.quote.speaker}: “${short(s.quote.text, 50)}”\n` +
        `      against ${s.other.page} ${s.other.speaker}: “${short(s.other.text, 50)}”`,
    ),
  ];
}

function readLines(run: DemoRun): string[] {
  const { store, feeds, visited } = run;
  const origins = Object.entries(store.byOrigin)
    .map(([origin, n]) => `${n} from ${origin === 'page' ? 'pages opened' : origin}`)
    .join(', ');
  return [
    `Read: ${visited.length} articles opened, ${feeds.length} feed(s) turned on; the store holds ${store.claims} claims (${origins || 'none'}).`,
    ...feeds.map(
      (f) =>
        `  feed ${f.name} (${f.url}): ${f.itemsRead} articles read, ${f.claimsAdded} claims added${f.error ? `; error: ${f.error}` : ''}`,
    ),
    ...Object.entries(store.pagesByOrigin).map(([origin, pages]) => `  ${origin}: ${pages.join(', ')}`),
  ];
}

function articleLines(visited: VisitedPage[]): string[] {
  return [
    'Per article: quotes found, quotes disputed (✗ shown), quotes with agreeing reports (✓)',
    ...visited.map(({ page, report }) => {
      if (!report) return `  ${page}: no report`;
      const agreed = report.quotes.filter((q) => q.agreeing > 0).length;
      return `  ${page.padEnd(40)} ${String(report.quotes.length).padStart(3)} quotes, ${String(report.disputed).padStart(2)} disputed, ${String(agreed).padStart(2)} with agreement (status ${report.status})`;
    }),
  ];
}

function pairLines(score: Scorecard): string[] {
  const count = (kind: string, verdict: string): number =>
    score.rows.filter((r) => r.kind === kind && r.verdict === verdict).length;
  const shown = score.shown.length;
  const designedShown = score.shown.filter((s) => s.designed !== null).length;
  const retold = score.shown.filter((s) => s.retold).length;
  return [
    'Designed pairs (e2e/site/conflicts.json):',
    ...score.rows.map(
      (r) => `  ${r.kind.padEnd(9)} ${r.id.padEnd(28)} ${r.verdict.padEnd(15)} ${r.pages.join(' ↔ ')}`,
    ),
    `Conflicts: ${count('conflict', 'found')} found, ${count('conflict', 'missed')} missed, ${count('conflict', 'not in this run')} not in this run; ` +
      `agreements: ${count('agreement', 'found')} found, ${count('agreement', 'missed')} missed, ${count('agreement', 'not in this run')} not in this run.`,
    `Conflicts shown: ${shown} distinct pairs, ${designedShown} designed (${retold} of them told by another outlet), ${shown - designedShown} not designed (counted as false).`,
  ];
}

/** The closing summary of a headless demo run, legend included. */
export function formatSummary(run: DemoRun): string {
  return [
    '',
    'Summary',
    ...readLines(run),
    ...articleLines(run.visited),
    ...pairLines(run.score),
    'Screenshots: artifacts/demo/NN-SITE-page.png, NN-SITE-popup.png (the popup as it opens, 400×600) and NN-SITE-popup-full.png.',
    '',
    ...legend,
    '',
  ].join('\n');
}
