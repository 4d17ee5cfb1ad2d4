import { describe, expect, it } from 'vitest';
import type { QuoteReport, RelatedClaimView, TabReport } from '../report.ts';
import { describeLoss, exportFileName } from './data-summary.ts';
import { groupBySpeaker, takeGrouped } from './group-quotes.ts';
import { parseWholeNumber } from './number-field.ts';
import { disputedCount, popupState } from './popup-state.ts';
import { rankConflicts } from './rank-conflicts.ts';

const related = (over: Partial<RelatedClaimView>): RelatedClaimView => ({
  claimId: 'c',
  text: 'x',
  speaker: null,
  outlet: 'Wire',
  domain: 'wire.test',
  url: 'http://wire.test/a',
  score: 0.5,
  reasons: [],
  onThisPage: false,
  trusted: false,
  ...over,
});
const quote = (
  index: number,
  speaker: string,
  start: number,
  conflicts: RelatedClaimView[] = [],
): QuoteReport => ({
  index,
  start,
  end: start + 10,
  text: `quote ${index}`,
  kind: 'direct',
  speaker: { name: speaker, kind: 'person' },
  cue: { text: 'said', lemma: 'say', stance: 'assert' },
  conflicts,
  agreeing: 0,
});
const report = (over: Partial<TabReport>): TabReport => ({
  status: 'article',
  page: null,
  quotes: [],
  disputed: 0,
  otherSourceClaims: 10,
  scannedAt: 0,
  ...over,
});

describe('groupBySpeaker', () => {
  it('groups by speaker in order of first appearance, quotes in page order', () => {
    const groups = groupBySpeaker([
      quote(2, 'Ushakov', 300),
      quote(0, 'Donald Trump', 10),
      quote(1, 'Yuri  ushakov', 200),
      quote(3, 'donald trump', 400, [related({})]),
    ]);
    expect(groups.map((g) => [g.name, g.quotes.map((q) => q.index), g.disputed])).toEqual([
      ['Donald Trump', [0, 3], 1],
      ['Yuri  ushakov', [1], 0],
      ['Ushakov', [2], 0],
    ]);
  });
  it('names a blank speaker', () => {
    expect(groupBySpeaker([quote(0, ' ', 0)])[0]?.name).toBe('Unknown speaker');
  });
});

describe('takeGrouped', () => {
  it('keeps the first quotes in grouped order', () => {
    const groups = groupBySpeaker([quote(0, 'A', 0), quote(1, 'B', 1), quote(2, 'A', 2), quote(3, 'C', 3)]);
    const taken = takeGrouped(groups, 3);
    expect(taken.map((g) => [g.name, g.quotes.map((q) => q.index)])).toEqual([
      ['A', [0, 2]],
      ['B', [1]],
    ]);
    expect(takeGrouped(groups, 0)).toEqual([]);
  });
});

describe('rankConflicts', () => {
  it('puts trusted outlets first, then higher scores, then newer', () => {
    const ranked = rankConflicts([
      related({ claimId: 'low', score: 0.2 }),
      related({ claimId: 'old', score: 0.9, published: '2020-01-01' }),
      related({ claimId: 'new', score: 0.9, published: '2024-01-01' }),
      related({ claimId: 'trusted', score: 0.1, trusted: true }),
    ]);
    expect(ranked.map((c) => c.claimId)).toEqual(['trusted', 'new', 'old', 'low']);
  });
});

describe('popupState', () => {
  it('covers each state', () => {
    expect(popupState(null)).toBe('unread');
    expect(popupState(report({ status: 'scanning' }))).toBe('scanning');
    expect(popupState(report({ status: 'disabled' }))).toBe('disabled');
    expect(popupState(report({ status: 'not-article' }))).toBe('not-article');
    expect(popupState(report({}))).toBe('no-quotes');
    expect(popupState(report({ quotes: [quote(0, 'A', 0)], otherSourceClaims: 0 }))).toBe('no-other-claims');
    expect(popupState(report({ quotes: [quote(0, 'A', 0)] }))).toBe('nothing-disputed');
    expect(
      popupState(
        report({ quotes: [quote(0, 'A', 0, [related({ onThisPage: true })])], otherSourceClaims: 0 }),
      ),
    ).toBe('disputed');
  });
  it('counts disputed quotes from the quotes when the figure lags', () => {
    expect(disputedCount(report({ quotes: [quote(0, 'A', 0, [related({})]), quote(1, 'B', 5)] }))).toBe(1);
  });
});

describe('parseWholeNumber', () => {
  it('reads numbers in range and says what is wrong otherwise', () => {
    expect(parseWholeNumber(' 200,000 ', 100, 5_000_000)).toEqual({ ok: true, value: 200_000 });
    expect(parseWholeNumber('12.5', 0, 100)).toEqual({ ok: false, error: 'Enter a whole number.' });
    expect(parseWholeNumber('-1', 0, 100).ok).toBe(false);
    expect(parseWholeNumber('3', 5, 10_080)).toEqual({
      ok: false,
      error: 'Enter a number from 5 to 10,080.',
    });
  });
});

describe('describeLoss', () => {
  it('says what clearing deletes', () => {
    const text = describeLoss({
      claims: 1204,
      byOrigin: { page: 1100, feed: 100, factcheck: 3, import: 0, selection: 1 },
      pages: 31,
      savedHighlights: 1,
      outlets: 7,
      bytesUsed: null,
      quota: null,
    });
    expect(text).toBe(
      'This deletes 1,204 claims (from 7 sites), 31 pages and 1 saved highlight. It cannot be undone. Your settings and sources stay.',
    );
  });
  it('names the export file by day', () => {
    expect(exportFileName(new Date(Date.UTC(2025, 4, 3, 12)))).toBe('counterclaim-claims-2025-05-03.jsonl');
  });
});
