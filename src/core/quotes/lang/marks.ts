import { isSpaceAt, isWordAt } from '../../text/char-class.ts';
import type { QuoteLanguage } from './pack.ts';

/**
 * Rewrites a text's quote marks, one character for one, into the English marks the pairing reads (“ opens,
 * ” closes), so offsets into the result are offsets into the original:
 * - French « … » (spaced or not), and » or « reopening a quote on a continued paragraph;
 * - German „ … “ and » … «, and Swiss « … »;
 * - Spanish and Portuguese « … », and the dash of dialogue: a paragraph opening with "—" is speech up to a dash
 *   before a verb of saying ("—No cederemos —dijo Pérez—. Y…"), and speech again after that incise.
 */
export function normalizeMarks(text: string, lang: QuoteLanguage, isCue: (word: string) => boolean): string {
  const out = text.split('');
  const german = lang === 'de' && (text.includes('„') || text.includes('‚'));
  let paragraphStart = true;
  let dialogue = false; // inside a dash-opened speech of the current paragraph
  let incise = false; // inside "—dijo X—" of such a speech
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (c === '\n') {
      paragraphStart = true;
      dialogue = false;
      incise = false;
      continue;
    }
    if (isSpaceAt(text, i)) continue;
    const atStart = paragraphStart;
    paragraphStart = false;
    if (c === '«' || c === '»') {
      out[i] = guillemet(text, i, lang, atStart);
    } else if (german && (c === '„' || c === '“')) {
      out[i] = c === '„' ? '“' : '”';
    } else if (german && (c === '‚' || c === '‘')) {
      out[i] = c === '‚' ? '‘' : '’';
    } else if ((c === '—' || c === '―') && (lang === 'es' || lang === 'pt')) {
      const after = nextWordAt(text, i + 1);
      // A line of dialogue counts only with its incise ("—dijo Pérez"): an unattributed line is often the interviewer's.
      if (atStart && after >= 0 && after <= i + 2 && hasIncise(text, i + 1, isCue)) {
        out[i] = '“';
        dialogue = true;
      } else if (dialogue && !incise && isSpaceAt(text, i - 1) && after >= 0 && isCue(wordAt(text, after))) {
        out[i] = '”';
        incise = true;
      } else if (incise) {
        // The speech resumes after the incise when words follow in the same paragraph.
        incise = false;
        const rest = text.indexOf('\n', i);
        const words = text
          .slice(i + 1, rest < 0 ? undefined : rest)
          .split(/\s+/)
          .filter((w) => /\w/.test(w));
        if (words.length >= 2) out[i] = '“';
        else dialogue = false;
      }
    }
  }
  return out.join('');
}

// Whether the paragraph from `from` holds a dash followed by a verb of saying.
function hasIncise(text: string, from: number, isCue: (word: string) => boolean): boolean {
  const end = text.indexOf('\n', from);
  const stop = end < 0 ? text.length : end;
  for (let k = from; k < stop; k++) {
    const c = text[k];
    if (c !== '—' && c !== '―') continue;
    const w = nextWordAt(text, k + 1);
    if (w >= 0 && isCue(wordAt(text, w))) return true;
  }
  return false;
}

// The start of the word after `at` past spaces, or -1 when a non-word comes first.
function nextWordAt(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpaceAt(text, k) && text[k] !== '\n') k++;
  return isWordAt(text, k) ? k : -1;
}

function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && isWordAt(text, end)) end++;
  return text.slice(at, end).toLowerCase();
}

// « and » by language: French and Spanish open with «; German books open with »; a mark that leans on a word
// on one side only tells its role whatever the convention.
function guillemet(text: string, at: number, lang: QuoteLanguage, paragraphStart: boolean): string {
  const c = text[at]!;
  if (lang === 'de') {
    const wordBefore = isWordAt(text, at - 1) || '.!?…'.includes(text[at - 1] ?? ' ');
    const wordAfter = isWordAt(text, at + 1);
    if (wordAfter && !wordBefore) return '“';
    if (wordBefore && !wordAfter) return '”';
    return c === '»' ? '“' : '”';
  }
  // French continued paragraphs may reopen with » as well as «.
  if (paragraphStart) return '“';
  return c === '«' ? '“' : '”';
}
