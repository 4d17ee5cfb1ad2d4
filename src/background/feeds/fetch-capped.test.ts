import { describe, expect, it } from 'vitest';
import { fetchCapped, type FetchFn } from './fetch-capped.ts';
import { readCapped } from './read-capped.ts';

const limits = { timeoutMs: 1_000, maxBytes: 100 };

function streamOf(chunks: number[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const size = chunks[i++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(65));
    },
  });
}

describe('readCapped', () => {
  it('reads a body within the cap whole', async () => {
    const body = await readCapped(streamOf([40, 40]), 100);
    expect(body.ok && body.bytes.length).toBe(80);
  });

  it('stops as soon as an endless body passes the cap', async () => {
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(new Uint8Array(64));
      },
    });
    expect(await readCapped(endless, 1_000)).toEqual({ ok: false, tooLarge: true });
    expect(pulls).toBeLessThan(30);
  });
});

describe('fetchCapped', () => {
  it('sends no credentials, skips the HTTP cache and passes the conditional headers', async () => {
    let seen: RequestInit | undefined;
    const fetchFn: FetchFn = (_url, init) => {
      seen = init;
      return Promise.resolve(new Response(null, { status: 304 }));
    };
    const result = await fetchCapped('https://a.example/feed', { 'If-None-Match': '"x"' }, limits, fetchFn);
    expect(result).toEqual({ kind: 'not-modified' });
    expect(seen).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      headers: { 'If-None-Match': '"x"' },
    });
  });

  it('returns the body with its validators', async () => {
    const fetchFn: FetchFn = () =>
      Promise.resolve(
        new Response('<rss/>', {
          headers: {
            etag: '"1"',
            'last-modified': 'Mon, 19 May 2025 10:00:00 GMT',
            'content-type': 'application/rss+xml',
          },
        }),
      );
    const result = await fetchCapped('https://a.example/feed', {}, limits, fetchFn);
    expect(result).toMatchObject({
      kind: 'ok',
      etag: '"1"',
      lastModified: 'Mon, 19 May 2025 10:00:00 GMT',
      contentType: 'application/rss+xml',
    });
  });

  it('reports HTTP errors, oversized bodies, network errors and timeouts', async () => {
    const notFound: FetchFn = () => Promise.resolve(new Response('gone', { status: 404 }));
    expect(await fetchCapped('https://a.example/', {}, limits, notFound)).toEqual({
      kind: 'failed',
      failure: { kind: 'http', status: 404 },
    });
    const huge: FetchFn = () => Promise.resolve(new Response(streamOf([60, 60])));
    expect(await fetchCapped('https://a.example/', {}, limits, huge)).toEqual({
      kind: 'failed',
      failure: { kind: 'too-large' },
    });
    const offline: FetchFn = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchCapped('https://a.example/', {}, limits, offline)).toMatchObject({
      failure: { kind: 'network' },
    });
    const hanging: FetchFn = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await fetchCapped('https://a.example/', {}, { timeoutMs: 5, maxBytes: 100 }, hanging)).toEqual({
      kind: 'failed',
      failure: { kind: 'timeout' },
    });
  });
});
