import type { ClaimToken } from './claim-tokens.ts';

/** A date or time said in a claim, resolved against the article's date when it is relative. */
export interface DateMention {
  text: string;
  /** ISO day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); "" when it cannot be resolved. */
  value: string;
  start: number;
  end: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A Map, not an object: a page word such as "constructor" must not find Object's own properties.
const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([
  ['today', 0],
  ['tonight', 0],
  ['yesterday', -1],
  ['tomorrow', 1],
]);

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseBase(date: string | undefined): Date | null {
  if (!date) return null;
  const parsed = new Date(date.length === 10 ? `${date}T12:00:00Z` : date);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function addDays(base: Date, days: number): Date {
  return new Date(base.getTime() + days * 86_400_000);
}

/** The most recent given weekday on or before the base date (news speaks of the past: "on Monday"). */
function lastWeekday(base: Date, weekday: number): Date {
  const back = (base.getUTCDay() - weekday + 7) % 7;
  return addDays(base, -back);
}

function monthIndex(word: string): number {
  const bare = word.replace(/\.$/, '');
  const full = MONTHS.indexOf(bare);
  if (full >= 0) return full;
  return bare.length === 3 || bare === 'sept' ? MONTH_ABBR.indexOf(bare.slice(0, 3)) : -1;
}

/**
 * Dates and times in a claim: weekdays, "yesterday", "over the weekend", "last week", "March 3", "in 2015",
 * each resolved relative to `articleDate` (ISO) when one is given.
 */
export function findDates(tokens: readonly ClaimToken[], articleDate?: string): DateMention[] {
  const base = parseBase(articleDate);
  const out: DateMention[] = [];
  const push = (from: ClaimToken, to: ClaimToken, value: string) =>
    out.push({
      text: `${from.text}${from === to ? '' : ` … ${to.text}`}`,
      value,
      start: from.start,
      end: to.end,
    });
  for (let i = 0; i < tokens.length && out.length < 10; i++) {
    const token = tokens[i];
    if (!token) continue;
    // "mid-April", "early-March": the month is what is dated.
    const word = token.lower.replace(/^(?:mid|early|late)-/, '').replace(/['’]s$/, '');
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const weekday = WEEKDAYS.indexOf(word);
    if (weekday >= 0) {
      push(token, token, base ? iso(lastWeekday(base, weekday)) : word);
    } else if (DAY_OFFSETS.has(word)) {
      push(token, token, base ? iso(addDays(base, DAY_OFFSETS.get(word) ?? 0)) : word);
    } else if (word === 'weekend') {
      // "over the weekend": the Saturday before the article.
      push(token, token, base ? iso(lastWeekday(addDays(base, -1), 6)) : 'weekend');
    } else if (
      (word === 'last' || word === 'next' || word === 'this') &&
      next &&
      /^(week|month|year)$/.test(next.lower)
    ) {
      push(token, next, relativePeriod(base, word, next.lower));
      i++;
    } else if (
      monthIndex(word) >= 0 &&
      (token.capital || word !== token.lower) &&
      (word !== 'may' || (next && /^\d/.test(next.text)))
    ) {
      const month = monthIndex(word);
      // "March 14" or, in British order, "14 March".
      const dayBefore =
        prev && /^\d{1,2}(?:st|nd|rd|th)?$/.test(prev.lower) ? Number.parseInt(prev.lower, 10) : 0;
      const dayAfter =
        next && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next.lower) ? Number.parseInt(next.lower, 10) : 0;
      const day = dayAfter || dayBefore;
      const yearToken = tokens[i + (dayAfter ? 2 : 1)];
      const year =
        yearToken && /^(?:19|20)\d\d$/.test(yearToken.text) ? Number(yearToken.text) : base?.getUTCFullYear();
      const mm = String(month + 1).padStart(2, '0');
      const dd = String(day).padStart(2, '0');
      const value = year ? (day ? `${year}-${mm}-${dd}` : `${year}-${mm}`) : day ? `${mm}-${dd}` : mm;
      push(dayBefore && prev ? prev : token, dayAfter && next ? next : token, value);
      if (dayAfter) i++;
    } else if (
      /^(?:19|20)\d\d$/.test(word) &&
      !(tokens[i - 1] && monthIndex(tokens[i - 1]?.lower ?? '') >= 0)
    ) {
      push(token, token, word);
    }
  }
  return out;
}

function relativePeriod(base: Date | null, which: string, unit: string): string {
  if (!base) return `${which} ${unit}`;
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'week') return iso(addDays(base, shift * 7)).slice(0, 10);
  if (unit === 'month') {
    const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + shift, 1));
    return d.toISOString().slice(0, 7);
  }
  return String(base.getUTCFullYear() + shift);
}
