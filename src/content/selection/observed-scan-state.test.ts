import { describe, expect, it } from 'vitest';
import type { ArticleRead } from '../../core/article/index.ts';
import { observedScanState } from './observed-scan-state.ts';

describe('observedScanState', () => {
  it('holds the last reading and reports each new one, not a cleared one', () => {
    const seen: ArticleRead[] = [];
    const state = observedScanState((article) => seen.push(article));
    expect(state.article).toBeNull();
    const first = { text: 'one' } as ArticleRead;
    const second = { text: 'two' } as ArticleRead;
    state.article = first;
    state.article = second;
    state.article = null;
    expect(seen).toEqual([first, second]);
    expect(state.article).toBeNull();
  });
});
