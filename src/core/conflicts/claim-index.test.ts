import { describe, expect, it } from 'vitest';
import { ClaimIndex } from './claim-index.ts';
import { rankCandidates } from './rank-candidates.ts';

const claims = [
  {
    id: 'trump',
    text: 'Moscow agreed to immediately start negotiations toward a ceasefire',
    speaker: 'Donald Trump',
    url: 'https://a.test/1',
    date: '2025-05-20',
  },
  {
    id: 'kremlin',
    text: 'The ceasefire timeline had not been covered in the talks',
    speaker: 'Yuri Ushakov',
    url: 'https://b.test/1',
    date: '2025-05-20',
  },
  {
    id: 'same-page',
    text: 'No negotiations toward a ceasefire were agreed',
    speaker: 'Kremlin',
    url: 'https://a.test/1',
    date: '2025-05-20',
  },
  {
    id: 'old',
    text: 'Negotiations toward a ceasefire were not agreed',
    speaker: 'Kremlin',
    url: 'https://c.test/1',
    date: '2024-01-01',
  },
  {
    id: 'frog',
    text: 'A new species of frog lives in the cloud forest',
    url: 'https://d.test/1',
    date: '2025-05-20',
  },
];

describe('ClaimIndex', () => {
  const index = new ClaimIndex();
  for (const c of claims) index.add(c);

  it('finds the conflicting claim of another source, never itself or its own page', () => {
    const found = index.conflictsFor(claims[0] ?? { id: '', text: '' }, { window: 30 });
    const ids = found.map((c) => c.id);
    expect(ids).toContain('kremlin');
    expect(ids).not.toContain('trump');
    expect(ids).not.toContain('same-page');
    expect(ids).not.toContain('old');
    expect(ids).not.toContain('frog');
    expect(found[0]?.reasons.length).toBeGreaterThan(0);
  });

  it('ranks the same way from fetched candidates and store statistics', () => {
    const pure = rankCandidates(claims[0] ?? { id: '', text: '' }, claims, index.stats(), { window: 30 });
    expect(pure.map((c) => c.id)).toEqual(
      index.conflictsFor(claims[0] ?? { id: '', text: '' }, { window: 30 }).map((c) => c.id),
    );
  });

  it('leaves out an excluded source', () => {
    const query = claims[0] ?? { id: '', text: '' };
    const withSource = new ClaimIndex();
    for (const c of claims) withSource.add({ ...c, source: c.id === 'kremlin' ? 'tass' : 'other' });
    const ids = withSource.conflictsFor(query, { window: 30, excludeSource: 'tass' }).map((c) => c.id);
    expect(ids).not.toContain('kremlin');
  });

  it('ranks every related claim with rankAll, disputes first, still never the query or its page', () => {
    const query = claims[0] ?? { id: '', text: '' };
    const all = index.conflictsFor(query, { rankAll: true });
    const ids = all.map((c) => c.id);
    // Both other outlets' accounts dispute the query; they lead the ranking.
    expect(ids.slice(0, 2).sort()).toEqual(['kremlin', 'old']);
    expect(ids).not.toContain('trump');
    expect(ids).not.toContain('same-page');
    expect(ids).not.toContain('frog');
  });
});

describe('ClaimIndex at scale', () => {
  it('answers from the rare keys when every claim shares the common ones', () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 1500; i++) {
      index.add({ id: `n${i}`, text: `The ministry said talks on grain exports were going well ${i % 7}` });
    }
    index.add({ id: 'rare-yes', text: 'Zorblatt Industries agreed to sell the Quorvex plant' });
    index.add({ id: 'rare-no', text: 'Zorblatt Industries denied it would sell the Quorvex plant' });
    const ids = index
      .conflictsFor({ id: 'q', text: 'Zorblatt Industries will sell the Quorvex plant' }, { rankAll: true })
      .map((c) => c.id);
    expect(ids.slice(0, 2).sort()).toEqual(['rare-no', 'rare-yes']);
    expect(index.stats().df('quorvex', 'entities') + index.stats().df('quorvex', 'terms')).toBeGreaterThan(0);
  });
});
