import type { TabReport } from '../src/shared/report.ts';

/** A quote or claim on one line: its parts joined with " … ", cut at `max` characters. */
const line = (text: string, max: number): string => {
  const flat = text.replace(/\s*\n\s*/g, ' … ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** A tab's report as plain text for the terminal (the marks are explained by the demo's legend). */
export function formatReport(url: string, report: TabReport | null): string {
  const lines = [`■ ${url}`];
  if (!report) return [...lines, '  no report from Counterclaim', ''].join('\n');
  if (report.page) lines.push(`  ${report.page.outlet}: ${report.page.headline}`);
  lines.push(
    `  status ${report.status}; ${report.quotes.length} quotes; ${report.disputed} disputed by other sources`,
  );
  if (report.error) lines.push(`  the reading failed: ${report.error}`);
  for (const quote of report.quotes) {
    lines.push(`  • ${quote.speaker.name} (${quote.cue.text}, ${quote.kind}): “${line(quote.text, 90)}”`);
    for (const other of quote.conflicts.slice(0, 3)) {
      const where = other.onThisPage ? 'on this page' : `${other.outlet}, ${other.url}`;
      lines.push(`      ✗ ${other.speaker ?? 'unattributed'} (${where}): “${line(other.text, 80)}”`);
      for (const reason of other.reasons.slice(0, 2)) lines.push(`        because ${reason.text}`);
    }
    if (quote.conflicts.length > 3) lines.push(`      ✗ … and ${quote.conflicts.length - 3} more`);
    if (quote.agreeing > 0) lines.push(`      ✓ ${quote.agreeing} other report(s) agree`);
  }
  return [...lines, ''].join('\n');
}
