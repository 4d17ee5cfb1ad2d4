const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// North American zone names that RFC 822 allows, in hours from UTC.
const ZONES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

// No nested or overlapping quantifiers: each group consumes a distinct kind of character, so no backtracking blow-up.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function offsetMinutes(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const named = Object.hasOwn(ZONES, zone.toLowerCase()) ? ZONES[zone.toLowerCase()] : undefined;
  if (named !== undefined) return named * 60;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return /^[a-z]{1,5}$/i.test(zone) ? 0 : undefined; // an unknown zone name: treat as UTC
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function toIso(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
) {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60)
    return undefined;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  const date = new Date(time);
  // Date.UTC rolls 31 February over into March: reject instead of inventing a date.
  if (Number.isNaN(time) || new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  return date.toISOString();
}

function parseIso(s: string): string | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const offset = offsetMinutes(m[8]);
  if (offset === undefined) return undefined;
  const ms = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const n = (i: number) => Number(m[i] ?? 0);
  return toIso(n(1), n(2), n(3), n(4), n(5), n(6), Math.floor(ms), offset);
}

// "Tue, 10 Jun 2003 04:00:00 GMT", with the usual variations: no weekday, no seconds, two-digit years, +hhmm.
function parseRfc822(s: string): string | undefined {
  const tokens = s.split(/[\s,]+/).filter(Boolean);
  if (tokens[0] && /^[a-z]+\.?$/i.test(tokens[0]) && !MONTHS.includes(tokens[0].slice(0, 3).toLowerCase())) {
    tokens.shift();
  }
  const [dayToken, monthToken, yearToken, timeToken, zone] = tokens;
  let day = dayToken;
  let month = monthToken;
  if (day && month && /^[a-z]/i.test(day)) [day, month] = [month, day]; // "Jun 10 2003"
  if (!day || !month || !yearToken || !/^\d{1,2}$/.test(day)) return undefined;
  const mo = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  if (mo === 0 || !/^\d{2}(\d{2})?$/.test(yearToken)) return undefined;
  let year = Number(yearToken);
  if (yearToken.length === 2) year += year < 50 ? 2000 : 1900;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(timeToken ?? '0:00');
  if (!time) return undefined;
  const offset = offsetMinutes(zone);
  if (offset === undefined) return undefined;
  return toIso(year, mo, Number(day), Number(time[1]), Number(time[2]), Number(time[3] ?? 0), 0, offset);
}

/** Reads an RFC 822 (RSS) or ISO 8601 / RFC 3339 (Atom, Dublin Core) date into an ISO UTC string, or undefined. */
export function parseFeedDate(value: string): string | undefined {
  const s = value.trim();
  if (!s || s.length > 80) return undefined;
  return parseIso(s) ?? parseRfc822(s);
}
