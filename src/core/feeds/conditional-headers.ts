/** Validators stored from a feed's last successful response. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

const MAX_VALIDATOR = 1024;

// A stored value came from a server: send it back only if it is a valid header value (printable Latin-1, no
// CR/LF), or fetch() would throw, or worse, a header could be smuggled.
function headerSafe(value: string | undefined): value is string {
  if (!value || value.length > MAX_VALIDATOR) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0x7f || c > 0xff) return false;
  }
  return true;
}

/** Request headers for a conditional GET (If-None-Match / If-Modified-Since) from a feed's stored validators. */
export function conditionalHeaders(state: FeedValidators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (headerSafe(state.etag)) headers['If-None-Match'] = state.etag.trim();
  if (headerSafe(state.lastModified)) headers['If-Modified-Since'] = state.lastModified.trim();
  return headers;
}
