import { stem } from './stem.ts';
import { STOPWORDS } from './stopwords.ts';
import type { Token } from './tokenize.ts';
import { ownValue } from '../text/own-value.ts';

/** A number in a claim with what it counts: "nine individuals" → { value: 9, unit: "individu" }. */
export interface Quantity {
  value: number;
  /** Stem of the thing counted or measured ("year", "individu", "%"), or "" when nothing follows. */
  unit: string;
  text: string;
  start: number;
  end: number;
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

/** True for a four-digit year-like number, which the dates module reads instead. */
function isYear(token: Token): boolean {
  return /^(?:19|20)\d\d$/.test(token.text);
}

/** Numbers with their units and what they count, read left to right ("nine individuals", "20-year-old"). */
export function findQuantities(tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || isYear(token)) continue;
    // "20-year-old", "two-year" carry their unit inside the token.
    const parts = token.lower.split('-');
    const parsed = parseNumber(parts[0] ?? '');
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
    out.push({ value, unit, text: token.text, start: token.start, end });
    if (out.length >= 20) break;
  }
  return out;
}
