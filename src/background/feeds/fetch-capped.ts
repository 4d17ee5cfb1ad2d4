import { parseRetryAfter } from '../../core/feeds/index.ts';
import { readCapped } from './read-capped.ts';

/** Limits of one request: the time it may take, body included, and the most bytes read. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Defaults: 20 seconds and 5 MB, for feeds and pages alike. */
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 };

/** Why a request gave nothing to read, in the words the options page shows. */
export type FetchFailure =
  | { kind: 'http'; status: number; retryAfterMs?: number }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'network'; message: string };

/** The outcome of a capped request. */
export type Fetched =
  | {
      kind: 'ok';
      bytes: Uint8Array;
      /** The address after redirects, to resolve relative links against. */
      url: string;
      contentType: string;
      etag?: string;
      lastModified?: string;
    }
  | { kind: 'not-modified' }
  | { kind: 'failed'; failure: FetchFailure };

/** What fetchCapped needs: the platform fetch by default, a fake in tests. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

/**
 * GETs a URL as Counterclaim's feed reader does: no cookies or credentials, no HTTP cache (conditional headers
 * do that job), redirects followed, aborted after the timeout, and the body streamed up to the size cap.
 */
export async function fetchCapped(
  url: string,
  headers: Record<string, string>,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  fetchFn: FetchFn = (u, init) => fetch(u, init),
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetchFn(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(header(response, 'retry-after'), Date.now());
      return {
        kind: 'failed',
        failure: { kind: 'http', status: response.status, ...(retryAfterMs ? { retryAfterMs } : {}) },
      };
    }
    const length = Number(header(response, 'content-length'));
    if (Number.isFinite(length) && length > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', failure: { kind: 'too-large' } };
    }
    const body = await readCapped(response.body, limits.maxBytes);
    if (!body.ok) return { kind: 'failed', failure: { kind: 'too-large' } };
    const etag = header(response, 'etag');
    const lastModified = header(response, 'last-modified');
    return {
      kind: 'ok',
      bytes: body.bytes,
      url: response.url || url,
      contentType: header(response, 'content-type') ?? '',
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'failed', failure: { kind: 'timeout' } };
    return {
      kind: 'failed',
      failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) },
    };
  } finally {
    clearTimeout(timer);
  }
}
