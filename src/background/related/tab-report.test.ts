import { describe, expect, it } from 'vitest';
import type { RelatedClaimView } from '../../core/conflicts/index.ts';
import type { QuoteReport } from '../../shared/report.ts';
import { tabReport } from './tab-report.ts';

function view(claimId: string, reasons: string[], onThisPage = false): RelatedClaimView {
  return {
    claimId,
    text: 'There was no discussion of a ceasefire timeline.',
    speaker: 'Yuri Ushakov',
    outlet: 'Global Wire',
    domain: 'wire.test',
    url: 'https://wire.test/call',
    score: 0.8,
    reasons: reasons.map((text) => ({ code: 'negation', text })),
    onThisPage,
    trusted: false,
  };
}

function quote(index: number, conflicts: RelatedClaimView[]): QuoteReport {
  return {
    index,
    start: 0,
    end: 10,
    text: 'Russia agreed to immediately start negotiations toward a ceasefire.',
    kind: 'direct',
    speaker: { name: 'Donald Trump', kind: 'person' },
    cue: { text: 'said', lemma: 'say', stance: 'assert' },
    conflicts,
    otherAccounts: [],
    agreeing: 0,
  };
}

function report(quotes: QuoteReport[]) {
  return tabReport({ status: 'article', page: null, quotes, otherSourceClaims: 3, scannedAt: 1 });
}

describe('tabReport', () => {
  it('lets no dispute without a reason in words reach the page, the popup or the badge', () => {
    const built = report([
      quote(0, [view('silent', [])]),
      quote(1, [view('blank', ['  ']), view('said', ['One says it was agreed, the other that it was not.'])]),
      quote(2, [view('on-page', [], true)]),
    ]);
    for (const q of built.quotes) for (const c of q.conflicts) expect(c.reasons.length).toBeGreaterThan(0);
    expect(built.quotes.map((q) => q.conflicts.map((c) => c.claimId))).toEqual([[], ['said'], []]);
    expect(built.disputed).toBe(1);
  });

  it('marks a quote disputed only by another source, never by its own page', () => {
    const reason = ['One says twelve people, the other nine people.'];
    const built = report([quote(0, [view('elsewhere', reason)]), quote(1, [view('here', reason, true)])]);
    expect(built.disputed).toBe(1);
    expect(built.quotes[1]?.conflicts).toEqual([]);
  });
});
