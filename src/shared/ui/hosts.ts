// Label rule of RFC 1123 host names. Labels are capped at 63 characters before the pattern runs,
// so the one repetition in it cannot take long whatever a reader pastes.
const label = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const ipv4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

/** What parsing a host from a reader's input gives: the normalised host, or why it is not one. */
export type HostParse = { ok: true; host: string } | { ok: false; error: string };

/**
 * Reads a host name from what a reader typed or pasted: "Example.com", "www.example.com" and
 * "https://example.com/news" all give "example.com". `requireDot` refuses single-label names.
 */
export function parseHost(input: string, requireDot = true): HostParse {
  const raw = input.trim().toLowerCase();
  if (!raw) return { ok: false, error: 'Enter a domain, e.g. example.com.' };
  if (raw.length > 2_100) return { ok: false, error: 'That is too long to be a domain.' };
  let host = raw;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(raw) || /[/?#:@\s]/.test(raw)) {
    try {
      // Let the URL parser do the work for pasted addresses, and turn non-ASCII names into punycode.
      host = new URL(raw.includes('://') ? raw : `http://${raw}`).hostname;
    } catch {
      return { ok: false, error: `“${input.trim().slice(0, 80)}” is not a domain, e.g. example.com.` };
    }
  } else if (/[^\x20-\x7e]/.test(raw)) {
    try {
      host = new URL(`http://${raw}`).hostname;
    } catch {
      return { ok: false, error: `“${input.trim().slice(0, 80)}” is not a domain, e.g. example.com.` };
    }
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  const bad = {
    ok: false as const,
    error: `“${input.trim().slice(0, 80)}” is not a domain, e.g. example.com.`,
  };
  if (!host || host.length > 253) return bad;
  if (ipv4.test(host)) return host.split('.').every((n) => Number(n) <= 255) ? { ok: true, host } : bad;
  const labels = host.split('.');
  if (requireDot && labels.length < 2) return bad;
  if (!labels.every((l) => l.length <= 63 && label.test(l))) return bad;
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return bad;
  return { ok: true, host };
}

/** Whether two domains overlap: the same, or one below the other. */
export function domainsOverlap(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** Checks a host to add to the sites never scanned; refuses one already covered by the list. */
export function validateSiteHost(input: string, existing: readonly string[]): HostParse {
  const parsed = parseHost(input, false);
  if (!parsed.ok) return parsed;
  const covering = existing.find((site) => parsed.host === site || parsed.host.endsWith(`.${site}`));
  if (covering) return { ok: false, error: `${parsed.host} is already covered by ${covering}.` };
  return parsed;
}
