import type { QuoteReport } from '../report.ts';

/** The quotes of one speaker, in page order. */
export interface SpeakerGroup {
  /** Stable key for the speaker: the name as compared (case and spacing folded). */
  key: string;
  name: string;
  kind: QuoteReport['speaker']['kind'];
  quotes: QuoteReport[];
  /** How many quotes the speaker has on the page, including those a window leaves out. */
  count: number;
  /** How many of the speaker's quotes other sources dispute. */
  disputed: number;
}

const speakerKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Groups quotes by speaker: groups in order of each speaker's first quote, quotes in page order within. */
export function groupBySpeaker(quotes: readonly QuoteReport[]): SpeakerGroup[] {
  const ordered = [...quotes].sort((a, b) => a.start - b.start || a.index - b.index);
  const groups = new Map<string, SpeakerGroup>();
  for (const quote of ordered) {
    const key = speakerKey(quote.speaker.name);
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: quote.speaker.name.trim() || 'Unknown speaker',
        kind: quote.speaker.kind,
        quotes: [],
        count: 0,
        disputed: 0,
      };
      groups.set(key, group);
    }
    group.quotes.push(quote);
    group.count += 1;
    if (quote.conflicts.length > 0) group.disputed += 1;
  }
  return [...groups.values()];
}

/** The first `limit` quotes in grouped order, still grouped: the popup renders a window of a long list. */
export function takeGrouped(groups: readonly SpeakerGroup[], limit: number): SpeakerGroup[] {
  const taken: SpeakerGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    taken.push(group.quotes.length <= left ? group : { ...group, quotes: group.quotes.slice(0, left) });
    left -= group.quotes.length;
  }
  return taken;
}
