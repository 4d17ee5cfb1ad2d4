import { scanOf, type PageReading } from '../../core/reading/index.ts';
import { paragraphsOf } from './read-html.ts';

/** One JSON line for a file's reading: what the extension reports for the page, with the article's paragraphs. */
export function readingJson(file: string, reading: PageReading): string {
  const { status, page, quotes, claimReviews, textLength } = scanOf(reading);
  return JSON.stringify({
    file,
    status,
    reason: reading.article.reason,
    page,
    paragraphs: paragraphsOf(reading),
    quotes,
    claimReviews,
    textLength,
  });
}

const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);

/** A reading for a person: title, byline, date, the article's paragraphs, then its quotes with speakers. */
export function readingText(reading: PageReading): string {
  const { page, quotes, claimReviews } = reading;
  const lines = [
    `Title:   ${page.headline}`,
    `Byline:  ${page.authors.length > 0 ? page.authors.join(', ') : '(none)'}`,
    `Date:    ${page.published ?? '(none)'}`,
    `Outlet:  ${page.outlet} (${page.domain || 'no domain'})`,
    `URL:     ${page.canonicalUrl}`,
    `Reading: ${reading.status} (${reading.article.reason})`,
    '',
  ];
  const paragraphs = paragraphsOf(reading);
  lines.push(`Paragraphs (${paragraphs.length}):`);
  for (const p of paragraphs) lines.push(`  ${indent(p, '  ')}`, '');
  lines.push(`Quotes (${quotes.length}):`);
  quotes.forEach((q, i) => {
    lines.push(
      `  ${i + 1}. ${q.speaker.name || '(unnamed)'} [${q.speaker.kind}], ${q.kind}, ${q.cue.text ? `"${q.cue.text}" ` : ''}(${q.cue.stance}) at ${q.start}-${q.end}`,
      `     ${indent(q.text, '     ')}`,
    );
  });
  if (claimReviews.length > 0) {
    lines.push('', `Fact-checks (${claimReviews.length}):`);
    for (const r of claimReviews)
      lines.push(`  - ${r.claimReviewed} (${r.claimant ?? 'claimant not named'}): ${r.rating.name}`);
  }
  return `${lines.join('\n')}\n`;
}
