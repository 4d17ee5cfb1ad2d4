import { describe, expect, it } from 'vitest';
import { storyScores } from './story.ts';

describe('storyScores', () => {
  it('lifts a candidate that shares words with the query’s closest neighbours over one that shares none', () => {
    const related = [
      { relevance: 3, keys: ['burger', 'mcdonald', 'year'] },
      { relevance: 2.5, keys: ['burger', 'rot', 'mcdonald'] },
      // Barely relevant to the query itself, but of the same story as its neighbours.
      { relevance: 0.5, keys: ['mcdonald', 'rot', 'hoax'] },
      // As relevant to the query, but about something else.
      { relevance: 0.5, keys: ['year', 'tax'] },
    ];
    const scores = storyScores(related, () => 1, 3);
    expect(Math.max(...scores)).toBe(1);
    expect(scores[2] ?? 0).toBeGreaterThan(scores[3] ?? 0);
    for (const s of scores) expect(s).toBeLessThanOrEqual(1);
  });

  it('is empty for no candidates', () => {
    expect(storyScores([], () => 1, 3)).toEqual([]);
  });
});
