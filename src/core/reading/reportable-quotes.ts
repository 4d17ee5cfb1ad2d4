import { confidentQuotes, REPORT_CONFIDENCE, type Quote } from '../quotes/index.ts';
import { limits } from './limits.ts';

/**
 * Reported speech with nobody named as its source ("Asked whether he would run, …") is not an attributed
 * claim: a reader cannot weigh it, and it would only add noise to conflicts. A direct quote keeps its place
 * even then, as the words on the page are someone's.
 */
const attributed = (q: Quote) => q.kind === 'direct' || q.speaker.kind !== 'unknown';

/**
 * The quotes of a page worth reporting: confident enough (core's threshold), attributed, within the caps the
 * background enforces, in text order, so their indexes line up wherever the page was read (content script,
 * offscreen document, feed text). Another threshold than the shipped one is for studying the curve (`eval quotes`).
 */
export function reportableQuotes(quotes: Quote[], threshold = REPORT_CONFIDENCE): Quote[] {
  return confidentQuotes(quotes, threshold)
    .filter((q) => attributed(q) && q.text.length <= limits.quoteChars)
    .slice(0, limits.quotesPerPage);
}
