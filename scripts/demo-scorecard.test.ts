import { describe, expect, it } from 'vitest';
import type { QuoteReport, RelatedClaimView, TabReport } from '../src/shared/report.ts';
import { pageKey, sameWords, scoreDemo, type DesignedPairs } from './demo-scorecard.ts';

const side = (page: string, text: string) => ({ page, speaker: 'x', text, kind: 'direct' });

const designed: DesignedPairs = {
  conflicts: [
    {
      id: 'twelve-nine',
      a: side('ledger/a.html', 'a prisoner exchange involving twelve people'),
      b: side('wire/b.html', 'nine people from each side'),
      why: '',
    },
    { id: 'far', a: side('ledger/a.html', 'two hours'), b: side('tribune/c.html', 'an hour'), why: '' },
    {
      id: 'unseen',
      a: side('ledger/a.html', 'the Vatican'),
      b: side('wire/b.html', 'Istanbul'),
      why: '',
      retold: { a: [side('courier/d.html', 'hosted by the Vatican')] },
    },
  ],
  agreements: [{ id: 'well', text: 'went very well', speaker: 'x', pages: ['ledger/a.html', 'wire/b.html'] }],
  unrelated: [],
};

const other = (url: string, text: string): RelatedClaimView => ({
  claimId: text,
  text,
  speaker: 'Yuri Ushakov',
  outlet: 'Wire',
  domain: 'wire.test',
  url,
  score: 1,
  reasons: [{ code: 'number', text: 'twelve against nine' }],
  onThisPage: false,
  trusted: false,
});

const quote = (text: string, conflicts: RelatedClaimView[], agreeing = 0): QuoteReport => ({
  index: 0,
  start: 0,
  end: text.length,
  text,
  kind: 'direct',
  speaker: { name: 'Donald Trump', kind: 'person' },
  cue: { text: 'said', lemma: 'say', stance: 'assert' },
  conflicts,
  agreeing,
});

const report = (quotes: QuoteReport[]): TabReport => ({
  status: 'article',
  page: null,
  quotes,
  disputed: quotes.filter((q) => q.conflicts.length > 0).length,
  otherSourceClaims: 0,
  scannedAt: 0,
});

describe('the demo scorecard', () => {
  it('names a page the same from its .test host and from 127.0.0.1', () => {
    expect(pageKey('http://wire.test:4000/b.html')).toBe('wire/b.html');
    expect(pageKey('http://127.0.0.1:4000/wire/b.html')).toBe('wire/b.html');
  });

  it('matches whole words, and refuses a fragment that keeps few of them', () => {
    expect(sameWords('“We spoke for two hours,”', 'we spoke for two hours')).toBe(true);
    expect(sameWords('to an immediate ceasefire', 'Mr Putin had agreed to an immediate ceasefire')).toBe(
      false,
    );
    expect(sameWords('nineteen people', 'nine people')).toBe(false);
  });

  it('finds a designed conflict, counts an undesigned one as false, and says what could not be shown', () => {
    const ledger = report([
      quote('The two leaders agreed on a prisoner exchange involving twelve people from each side', [
        other('http://wire.test:1/b.html', 'involving nine people from each side'),
        other('http://wire.test:1/b.html', 'the call was long'),
      ]),
      quote('It went very well', [], 2),
      quote('the Vatican', []),
    ]);
    const score = scoreDemo(
      designed,
      [{ page: 'ledger/a.html', report: ledger }],
      ['ledger/a.html', 'wire/b.html'],
    );
    const verdicts = Object.fromEntries(score.rows.map((r) => [r.id, r.verdict]));
    expect(verdicts).toEqual({
      'twelve-nine': 'found',
      far: 'not in this run',
      unseen: 'missed',
      well: 'found',
    });
    expect(score.shown.map((s) => s.designed)).toEqual(['twelve-nine', null]);
  });

  it('counts a pair shown from both of its pages once', () => {
    const a = report([quote('twelve people', [other('http://wire.test:1/b.html', 'nine people')])]);
    const b = report([quote('nine people', [other('http://ledger.test:1/a.html', 'twelve people')])]);
    const score = scoreDemo(
      designed,
      [
        { page: 'ledger/a.html', report: a },
        { page: 'wire/b.html', report: b },
      ],
      ['ledger/a.html', 'wire/b.html'],
    );
    expect(score.shown).toHaveLength(1);
    expect(score.rows.find((r) => r.id === 'well')?.verdict).toBe('missed');
  });

  it('labels a designed conflict told by another outlet as retold, not false, and not as finding it', () => {
    const courier = report([
      quote('the talks would be hosted by the Vatican', [
        other('http://wire.test:1/b.html', 'Istanbul'),
        other('http://wire.test:1/b.html', 'the call was long'),
      ]),
    ]);
    const score = scoreDemo(
      designed,
      [{ page: 'courier/d.html', report: courier }],
      ['ledger/a.html', 'wire/b.html', 'courier/d.html'],
    );
    expect(score.shown.map((s) => [s.designed, s.retold])).toEqual([
      ['unseen', true],
      [null, false],
    ]);
    // Neither of its own pages was opened: the retelling does not stand in for it.
    expect(score.rows.find((r) => r.id === 'unseen')?.verdict).toBe('not in this run');
  });
});
