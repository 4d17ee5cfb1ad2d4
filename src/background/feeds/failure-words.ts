import type { FeedError } from '../../core/feeds/index.ts';
import type { FetchFailure } from './fetch-capped.ts';

/** A failed request in the words the options page shows: "not found (404)", "timed out", … */
export function fetchFailureWords(failure: FetchFailure): string {
  switch (failure.kind) {
    case 'too-large':
      return 'too large (over 5 MB)';
    case 'timeout':
      return 'timed out';
    case 'network':
      return 'network error';
    case 'http':
      if (failure.status === 404 || failure.status === 410) return `not found (${failure.status})`;
      if (failure.status === 401 || failure.status === 403) return `access refused (${failure.status})`;
      if (failure.status === 429) return 'too many requests (429)';
      if (failure.status >= 500) return `server error (${failure.status})`;
      return `HTTP error ${failure.status}`;
  }
}

/** A feed the reader could not read, in words: "not a feed: …", "malformed feed: …", "too large", … */
export function feedErrorWords(error: FeedError): string {
  switch (error.code) {
    case 'not-a-feed':
      return `not a feed: ${error.message}`;
    case 'malformed':
      return `not a feed (malformed XML): ${error.message}`;
    case 'too-large':
      return `too large: ${error.message}`;
    case 'encoding':
      return `unreadable encoding: ${error.message}`;
  }
}
