import { describe, expect, it } from 'vitest';
import { keysFor } from '../claims/index.ts';
import { normalizeClaim } from '../claims/index.ts';
import type { Bm25Stats } from './bm25.ts';
import { rankCandidates, rankPrepared } from './rank-candidates.ts';
import type { StoredClaim } from './rank.ts';

const lines: [string, string, string][] = [
  ['The Kremlin said there was no discussion of a ceasefire timeline.', 'the Kremlin', 'kremlin.test'],
  ['Moscow agreed to immediately start negotiations toward a ceasefire.', 'Donald Trump', 'wire.test'],
  ['Russia will work with Ukraine on a memorandum for a future peace accord.', 'Vladimir Putin', 'wire.test'],
  ['The ceasefire timeline was not covered in the talks.', 'Yuri Ushakov', 'ledger.test'],
  ['Negotiations toward a ceasefire will begin immediately.', 'Donald Trump', 'post.test'],
  ['Nine prisoners from each side will be exchanged on Monday.', 'Yuri Ushakov', 'ledger.test'],
  ['Ten prisoners from each side will be exchanged.', 'a Ukrainian official', 'post.test'],
  ['The Vatican has expressed a strong desire to host the talks.', 'Donald Trump', 'wire.test'],
];

function stored(i: number, [text, speaker, source]: [string, string, string]): StoredClaim {
  return {
    id: `c${i}`,
    text,
    speaker,
    source,
    url: `https://${source}/a/${i}`,
    date: '2025-05-20',
    keys: keysFor(text, speaker, undefined, '2025-05-20'),
  };
}

describe('rankPrepared', () => {
  const claims = lines.map((line, i) => stored(i, line));
  const df = (key: string, field: 'terms' | 'entities') =>
    claims.filter((c) => (field === 'terms' ? c.keys?.terms : c.keys?.entities)?.includes(key)).length;
  const stats: Bm25Stats = { df, total: claims.length };

  it('ranks exactly as rankCandidates does, reading candidates from the given readings', () => {
    let read = 0;
    for (const query of claims) {
      const others = claims.filter((c) => c.id !== query.id);
      const prepared = others.map((claim) => ({
        claim,
        normalize: () => {
          read += 1;
          return normalizeClaim({ text: claim.text, speaker: claim.speaker ?? null, date: claim.date });
        },
      }));
      const options = { limit: 10, rankAll: true };
      const normalized = normalizeClaim({
        text: query.text,
        speaker: query.speaker ?? null,
        date: query.date,
      });
      expect(rankPrepared(query, normalized, prepared, stats, options)).toEqual(
        rankCandidates(query, others, stats, options),
      );
    }
    expect(read).toBeGreaterThan(0);
  });

  it('leaves out the query itself and agrees with rankCandidates when the query is among the candidates', () => {
    const query = claims[1] as StoredClaim;
    const normalized = normalizeClaim({ text: query.text, speaker: query.speaker ?? null, date: query.date });
    const prepared = claims.map((claim) => ({
      claim,
      normalize: () => normalizeClaim({ text: claim.text, speaker: claim.speaker ?? null, date: claim.date }),
    }));
    const ranked = rankPrepared(query, normalized, prepared, stats);
    expect(ranked.map((r) => r.id)).not.toContain(query.id);
    expect(ranked).toEqual(rankCandidates(query, claims, stats));
  });
});
