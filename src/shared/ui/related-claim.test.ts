import { describe, expect, it } from 'vitest';
import type { RelatedClaimView } from '../report.ts';
import { relatedClaimLines, UNNAMED_SPEAKER } from './related-claim.ts';

const view: RelatedClaimView = {
  claimId: 'c1',
  text: 'There was no discussion of a ceasefire timeline.',
  speaker: null,
  outlet: '',
  domain: 'wire.test',
  url: 'javascript:alert(1)',
  published: '2025-05-20T10:00:00Z',
  score: 0.8,
  reasons: [
    { code: 'negation', text: 'Global Wire quotes Yuri Ushakov: the timeline "was not raised".' },
    { code: 'hedge', text: ' ' },
  ],
  onThisPage: false,
  trusted: true,
};

describe('relatedClaimLines', () => {
  it('names who, where and when the same way for the popup and the page’s card', () => {
    const lines = relatedClaimLines(view);
    expect(lines).toMatchObject({
      who: UNNAMED_SPEAKER,
      outlet: 'wire.test',
      day: '20 May 2025',
      trusted: true,
    });
    expect(lines.reasons).toEqual([view.reasons[0]?.text]);
  });

  it('links only to http(s) articles of other pages', () => {
    expect(relatedClaimLines(view).href).toBeNull();
    const https = { ...view, url: 'https://wire.test/call' };
    expect(relatedClaimLines(https).href).toBe('https://wire.test/call');
    expect(relatedClaimLines({ ...https, onThisPage: true }).href).toBeNull();
  });
});
