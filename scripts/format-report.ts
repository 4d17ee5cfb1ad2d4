import type { TabReport } from '../src/shared/report.ts';

/** A tab's report as plain text for the terminal. */
export function formatReport(url: string, report: TabReport | null): string {
  const lines = [`■ ${url}`];
  if (!report) return [...lines, '  no report from Counterclaim', ''].join('\n');
  if (report.page) lines.push(`  ${report.page.outlet}: ${report.page.headline}`);
  lines.push(
    `  status ${report.status}; ${report.quotes.length} quotes; ${report.disputed} disputed by other sources`,
  );
  for (const quote of report.quotes) {
    const text = quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text;
    lines.push(`  • ${quote.speaker.name} (${quote.cue.text}, ${quote.kind}): “${text}”`);
    for (const other of quote.conflicts.slice(0, 3)) {
      const where = other.onThisPage ? 'on this page' : `${other.outlet}, ${other.url}`;
      lines.push(`      ✗ ${other.speaker ?? 'unattributed'} (${where}): “${other.text.slice(0, 80)}”`);
      for (const reason of other.reasons.slice(0, 2)) lines.push(`        because ${reason.text}`);
    }
    if (quote.agreeing > 0) lines.push(`      ✓ ${quote.agreeing} other report(s) agree`);
  }
  return [...lines, ''].join('\n');
}
