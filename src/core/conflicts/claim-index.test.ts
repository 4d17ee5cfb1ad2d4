import { describe, expect, it } from 'vitest';
import { ClaimIndex } from './claim-index.ts';
import { rankCandidates } from './rank.ts';

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
});
