import { quoteConfidence, REPORT_CONFIDENCE } from './confidence.ts';
import { isSource } from './source-check.ts';
import { PRONOUNS } from './speaker-words.ts';
import type { Quote } from './types.ts';

// The quote whose content holds another quote and its cue: "Ushakov denied that Trump had demanded …" holds
// "demanded", and so does "Many people think the economy is in a recession, polls show" hold "think". Quotes come
// in text order, so the earlier quote reaching furthest is the only candidate (linear).
function holds(o: Quote | null, q: Quote): boolean {
  return (
    !!o && o !== q && o.start <= q.start && q.end <= o.end && o.start <= q.cue.start && q.cue.end <= o.end
  );
}

// "denied that Trump had demanded a ceasefire": the subject of the denied clause reports nothing. A claim named
// inside it ("rejected Trump’s claim that …", "claims by agencies that …") is still its owner's.
function deniedReport(text: string, outer: Quote, q: Quote): boolean {
  const m = q.speaker.mention;
  if (outer.cue.stance !== 'deny' || !m || m.start < outer.start) return false;
  const around = text.slice(Math.min(m.start, q.cue.start), Math.max(m.end, q.cue.end));
  return !/['’]s\b|\bby\b/.test(around);
}

/**
 * True when a quote's speaker is "I" or "we" outside quotation marks: "a sentence I never thought I'd write: …" is
 * mostly the writer of a column, who is the page's author and no attributed source (an interview's "I said" is the
 * exception).
 */
export function writerSpeaks(text: string, q: Quote): boolean {
  const m = q.speaker.mention;
  if (!m || m.end - m.start > 2) return false;
  const word = text.slice(m.start, m.end);
  return word === 'I' || word === 'we' || word === 'We';
}

// "said that …": the content follows its cue and a "that".
function afterThat(text: string, q: Quote): boolean {
  const between = text.slice(Math.max(q.cue.end, q.start - 16), q.start);
  return q.start > q.cue.end && /\bthat\W*$/.test(between);
}

/**
 * A quote's confidence on its own, before the quotes around it are weighed (what holds it, what it holds); 0 for a
 * speaker that is no source.
 */
export function ownConfidence(text: string, q: Quote): number {
  if (!isSource(q)) return 0;
  return quoteConfidence(q, { thatClause: afterThat(text, q), nested: false, writer: writerSpeaks(text, q) });
}

/**
 * Gives every quote its confidence, and drops the readings that are no quote: a speaker that is no source (see
 * isSource), and what a denial's content would otherwise report (in "X denied that P", P is what X denies, not a
 * claim of P's subject). Quotes must be in text order.
 */
export function scoreQuotes(text: string, quotes: Quote[]): Quote[] {
  const kept: Quote[] = [];
  let reach: Quote | null = null;
  for (const q of quotes) {
    const outer = holds(reach, q) ? reach : null;
    if (outer && deniedReport(text, outer, q)) continue;
    if (!isSource(q)) {
      // "he said" followed back to no source keeps its pronoun, unresolved; a label or a place read as the
      // speaker is no quote at all.
      const m = q.speaker.mention;
      const word = m && m.end - m.start <= 4 ? text.slice(m.start, m.end).toLowerCase() : '';
      if (!PRONOUNS.has(word)) continue;
      q.speaker = { name: text.slice(m!.start, m!.end), kind: 'unknown', mention: m };
    }
    if (q.kind !== 'direct' && (!reach || q.end > reach.end)) reach = q;
    const thatClause = afterThat(text, q);
    // Only a report itself worth reporting holds another: in "widely expected to be the top donor, Adelson said
    // that …", the reading of "expected" swallows Adelson's report, which is no less his for that.
    const nested = outer !== null && outer.confidence >= REPORT_CONFIDENCE;
    q.confidence = quoteConfidence(q, { thatClause, nested, writer: writerSpeaks(text, q) });
    kept.push(q);
  }
  return kept;
}
