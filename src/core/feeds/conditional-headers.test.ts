import { describe, expect, it } from 'vitest';
import { conditionalHeaders } from './conditional-headers.ts';

describe('conditionalHeaders', () => {
  it('sends the stored ETag and Last-Modified back', () => {
    expect(conditionalHeaders({ etag: 'W/"abc"', lastModified: 'Wed, 17 Jan 2024 09:30:00 GMT' })).toEqual({
      'If-None-Match': 'W/"abc"',
      'If-Modified-Since': 'Wed, 17 Jan 2024 09:30:00 GMT',
    });
  });

  it('sends nothing for a feed never read', () => {
    expect(conditionalHeaders({})).toEqual({});
  });

  it('drops values that are not valid header values', () => {
    expect(conditionalHeaders({ etag: '"a"\r\nCookie: x', lastModified: 'x'.repeat(2000) })).toEqual({});
    expect(conditionalHeaders({ etag: '"\u2603"' })).toEqual({});
  });
});
