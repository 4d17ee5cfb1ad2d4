/**
 * Public suffixes of more than one label that news sites commonly sit under. Without the Public Suffix List
 * (about 230 KB), a host's registrable domain is its last two labels, or its last three under one of these: the
 * country second levels where news outlets live, and the hosting platforms where every subdomain is someone else's
 * site. A suffix missing here makes two sites under it look like one, so the list leans towards listing.
 */
const MULTI_PART_SUFFIXES = new Set([
  ...['co', 'org', 'ac', 'gov', 'ltd', 'plc', 'me', 'net', 'nhs', 'police', 'sch'].map((l) => `${l}.uk`),
  ...['com', 'net', 'org', 'edu', 'gov', 'asn', 'id'].map((l) => `${l}.au`),
  ...['co', 'org', 'net', 'govt', 'ac'].map((l) => `${l}.nz`),
  ...['co', 'ne', 'or', 'go', 'ac'].map((l) => `${l}.jp`),
  ...['co', 'or', 'go', 'ac'].map((l) => `${l}.kr`),
  ...['co', 'org', 'gov', 'ac'].map((l) => `${l}.za`),
  ...['co', 'org', 'gov', 'ac'].map((l) => `${l}.il`),
  ...['co', 'or', 'go', 'ac'].map((l) => `${l}.id`),
  ...['co', 'or', 'go', 'ac'].map((l) => `${l}.ke`),
  ...['co', 'net', 'org', 'gov', 'ac'].map((l) => `${l}.in`),
  ...['com', 'net', 'org', 'gov'].flatMap((l) =>
    ['br', 'cn', 'hk', 'tw', 'sg', 'my', 'ph', 'pk', 'ng', 'tr', 'ua', 'mx', 'ar', 'eg', 'sa', 'vn'].map(
      (cc) => `${l}.${cc}`,
    ),
  ),
  'gob.mx',
  'gob.ar',
  'gob.es',
  'com.es',
  'co.at',
  'or.at',
  // Hosting platforms: each subdomain is a site of its own.
  'github.io',
  'gitlab.io',
  'blogspot.com',
  'wordpress.com',
  'substack.com',
  'medium.com',
  'tumblr.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'herokuapp.com',
  'azurewebsites.net',
  'cloudfront.net',
  's3.amazonaws.com',
]);

const isIpAddress = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

/**
 * The registrable domain of a host ("www.bbc.co.uk" → "bbc.co.uk", "news.example.com" → "example.com"), by the
 * last two labels, or three under a known multi-part suffix; an IP address or a one-label host is its own.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIpAddress(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_PART_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** Whether two http(s) URLs are on the same site (registrable domain); false for anything unparsable. */
export function sameSite(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    if (!/^https?:$/.test(x.protocol) || !/^https?:$/.test(y.protocol)) return false;
    return registrableDomain(x.hostname) === registrableDomain(y.hostname);
  } catch {
    return false;
  }
}
