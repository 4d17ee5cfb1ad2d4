import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import type { ClaimToken } from './claim-tokens.ts';
import { ownValue } from '../text/own-value.ts';

/** A number in a claim with what it counts: "nine individuals" → { value: 9, unit: "individu" }. */
export interface Quantity {
  value: number;
  /** Stem of the thing counted or measured ("year", "individu", "%"), or "" when nothing follows. */
  unit: string;
  text: string;
  start: number;
  end: number;
  /** The range the wording allows ("a little over an hour" → 1 to 1.5), when it is not the value itself. */
  low?: number;
  high?: number;
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
  thousand: 1000,
};
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  dozen: 12,
};
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
// Words between a number and what it counts that say nothing about the thing ("19M Apple Watch sales").
const SKIP = new Set([
  'more',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'some',
  'of',
  'the',
  'other',
]);

/** Parses "19", "19,000", "3.5", "19M", "$500", "40%", "nine" into a value and a suffix unit, or null. */
export function parseNumber(text: string): { value: number; unit: string } | null {
  const lower = text.toLowerCase();
  const small = ownValue(SMALL, lower);
  if (small !== undefined) return { value: small, unit: '' };
  const match = /^([$£€]?)(\d+(?:,\d{3})*(?:\.\d+)?)(k|m|mn|bn|b|tn|%)?$/.exec(lower);
  if (!match) return null;
  let value = Number((match[2] ?? '').replace(/,/g, ''));
  const suffix = match[3] ?? '';
  if (suffix === '%') return { value, unit: '%' };
  if (suffix) value *= ownValue(SCALE, suffix) ?? 1;
  return { value, unit: match[1] ? 'money' : '' };
}

/** Units a bare "a" or "an" counts one of, after a word that makes it a measure ("for an hour", "over a week"). */
const ARTICLE_UNITS = new Set([
  'hour',
  'minute',
  'day',
  'week',
  'month',
  'year',
  'mile',
  'kilometre',
  'kilometer',
]);
const ARTICLE_BEFORE = new Set([
  'over',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'for',
  'under',
  'lasted',
  'took',
]);

/** How the words before a figure widen it: [low factor, high factor] of the value. */
const QUALIFIERS: readonly [readonly string[], number, number][] = [
  [['a', 'little', 'over'], 1, 1.5],
  [['just', 'over'], 1, 1.5],
  [['a', 'little', 'more', 'than'], 1, 1.5],
  [['slightly', 'more', 'than'], 1, 1.5],
  [['just', 'under'], 0.67, 1],
  [['a', 'little', 'under'], 0.67, 1],
  [['more', 'than'], 1, Infinity],
  [['over'], 1, Infinity],
  [['at', 'least'], 1, Infinity],
  [['less', 'than'], 0, 1],
  [['fewer', 'than'], 0, 1],
  [['under'], 0, 1],
  [['up', 'to'], 0, 1],
  [['nearly'], 0.8, 1],
  [['almost'], 0.8, 1],
  [['about'], 0.8, 1.25],
  [['around'], 0.8, 1.25],
  [['roughly'], 0.8, 1.25],
  [['approximately'], 0.8, 1.25],
  [['some'], 0.8, 1.25],
];

/** The range a qualifier before token i gives a value ("a little over" an hour), or null for an exact figure. */
function qualifiedRange(tokens: readonly ClaimToken[], i: number, value: number): [number, number] | null {
  for (const [words, lo, hi] of QUALIFIERS) {
    const from = i - words.length;
    if (from < 0) continue;
    // An open range ends at the largest finite number: the reading is stored as JSON, which has no Infinity.
    if (words.every((w, k) => tokens[from + k]?.lower === w)) {
      return [value * lo, hi === Infinity ? Number.MAX_VALUE : value * hi];
    }
  }
  return null;
}

/** True for a four-digit year-like number, which the dates module reads instead. */
function isYear(token: ClaimToken): boolean {
  return /^(?:19|20)\d\d$/.test(token.text);
}

/** Numbers with their units and what they count, read left to right ("nine individuals", "20-year-old"). */
export function findQuantities(tokens: readonly ClaimToken[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || isYear(token)) continue;
    // "20-year-old", "two-year" carry their unit inside the token.
    const parts = token.lower.split('-');
    const unitAfter = stem(tokens[i + 1]?.lower ?? '');
    const measured =
      (token.lower === 'a' || token.lower === 'an') &&
      ARTICLE_UNITS.has(unitAfter) &&
      ARTICLE_BEFORE.has(tokens[i - 1]?.lower ?? '');
    const parsed = measured ? { value: 1, unit: '' } : parseNumber(parts[0] ?? '');
    if (!parsed) continue;
    if (parts[0] === 'one' && parts.length === 1) continue; // "one of", "no one": too often not a count
    const previous = tokens[i - 1];
    if (previous && MONTHS.test(previous.lower) && /^\d{1,2}$/.test(token.text)) continue; // "March 3" is a date
    let value = parsed.value;
    let unit = parsed.unit;
    let end = token.end;
    let j = i + 1;
    if (parts.length > 1) {
      unit = unit || stem(parts[1] ?? '');
    } else {
      const scale = tokens[j] && ownValue(SCALE, tokens[j]?.lower ?? '');
      if (scale && tokens[j]?.lower.length !== 1) {
        value *= scale;
        end = tokens[j]?.end ?? end;
        j++;
      }
      if (tokens[j]?.lower === 'percent' || tokens[j]?.lower === 'per') unit = '%';
      // The counted thing is the first content word after the number ("nine individuals", "19M Apple Watch
      // sales" → appl): the first word is what two wordings of one count most often share.
      while (!unit && j < tokens.length && j < i + 4) {
        const next = tokens[j];
        if (!next || next.text === '?') break;
        const bare = next.lower.replace(/'s$/, '');
        if (!STOPWORDS.has(bare) && !SKIP.has(bare) && /^\p{L}/u.test(next.text)) {
          unit = stem(bare);
          end = next.end;
        } else if (!SKIP.has(bare)) break;
        j++;
      }
    }
    const range = qualifiedRange(tokens, i, value);
    const qualifier = range
      ? (QUALIFIERS.find(([w]) => w.every((x, k) => tokens[i - w.length + k]?.lower === x))?.[0].length ?? 0)
      : 0;
    const first = tokens[i - qualifier] ?? token;
    out.push({
      value,
      unit,
      text: token.text,
      start: first.start,
      end,
      ...(range ? { low: range[0], high: range[1] } : {}),
    });
    if (out.length >= 20) break;
  }
  return out;
}
