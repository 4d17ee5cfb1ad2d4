import type { NormalizedClaim } from '../claims/index.ts';
import type { Quantity } from '../claims/index.ts';
import { capitalise, excerpt, source, sourceList } from './describe.ts';
import { isKnownPlace, twoPlacesApart } from './places.ts';
import { sameMeaning, sharedMeanings } from './synonyms.ts';
import type { Reason } from './types.ts';

/** Units so common that a figure of them says little of which thing is counted ("two people"). */
const GENERIC_UNITS = new Set(['', 'peopl', 'person', 'time', 'year', 'dai', 'week', 'month', 'other']);

/**
 * Units of time: two spans in different ones ("three years" / "a little over an hour") measure different things, or
 * the same at another scale, so they are never set against each other as one count named two ways.
 */
const TIME_UNITS = new Set(['second', 'minut', 'hour', 'dai', 'week', 'month', 'year', 'decad']);

/** Units that are really dates ("14 March"): the date rule judges those. */
const DATE_UNITS = new Set([
  'januari',
  'februari',
  'march',
  'april',
  'mai',
  'june',
  'juli',
  'august',
  'septemb',
  'octob',
  'novemb',
  'decemb',
]);

/** True when two figures can be the same count: their ranges ("a little over an hour") meet, give or take 5%. */
function close(x: Quantity, y: Quantity): boolean {
  const [xl, xh] = [x.low ?? x.value, x.high ?? x.value];
  const [yl, yh] = [y.low ?? y.value, y.high ?? y.value];
  return xl <= yh * 1.05 + 1e-9 && yl <= xh * 1.05 + 1e-9;
}

/** What joins the two ends of a range ("2.5 to 4 hours", "10-12 people", "between 3 and 5 days"). */
const RANGE_JOIN = /^\s*(?:to|-|–|—|or|and)\s*$/;

/**
 * A claim's counts, with a bare figure joined to the next when the two make one range: "2.5 to 4 hours" is one
 * span of 2.5 to 4 hours, which "2.5 hours" falls within, not a bare 2.5 and a 4 hours that clash with it.
 */
function counts(claim: NormalizedClaim): Quantity[] {
  const qs = claim.quantities.filter((q) => !DATE_UNITS.has(q.unit));
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const next = qs[i + 1];
    if (!q) continue;
    if (next && !q.unit && next.value > q.value && RANGE_JOIN.test(claim.text.slice(q.end, next.start))) {
      out.push({ ...next, start: q.start, low: q.low ?? q.value, high: next.high ?? next.value });
      i++;
    } else out.push(q);
  }
  return out;
}

/** A different number for the same thing ("nine individuals" vs "twelve individuals"). */
export function numberReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  const shared = sharedMeanings(a, b).size;
  if (shared === 0) return null;
  const qas = counts(a);
  const qbs = counts(b);
  // With one figure on each side and much else in common, the two figures count the same thing even when
  // they name it differently ("three cargo ships" / "one vessel", "magnitude 6.1" / "a magnitude of 7.4").
  const single = qas.length === 1 && qbs.length === 1 && shared >= 2;
  for (const qa of qas) {
    if (!qa.unit && !single) continue;
    const same = qbs.filter(
      (q) =>
        (qa.unit && q.unit && sameMeaning(q.unit, qa.unit)) ||
        (single && !(TIME_UNITS.has(q.unit) && TIME_UNITS.has(qa.unit))),
    );
    // One matching figure on the other side means they agree on this count.
    if (same.length === 0 || same.some((q) => close(q, qa))) continue;
    const qb = same[0];
    if (!qb) continue;
    // A bare unit shared by chance ("two people" / "five people") needs more than one word in common.
    if (!single && shared < 2 && GENERIC_UNITS.has(qa.unit)) continue;
    const wa = excerpt(a, qa.start, qa.end);
    const wb = excerpt(b, qb.start, qb.end);
    const text = `${capitalise(wa)} (${sourceList(a, 'one account')}) against ${wb} (${sourceList(b, 'the other')}).`;
    return { code: 'number', text, a: wa, b: wb };
  }
  return null;
}

/** What a date value is precise to, so only values of one kind are compared ("monday" with "wednesday"). */
function dateKind(value: string): string {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-/.test(value)) return `iso${value.length}`;
  if (/^\d/.test(value)) return `md${value.length}`;
  return /day$/.test(value) ? 'weekday' : value;
}

/** A different date for the same event ("on Monday" vs "on Friday", "in 2015" vs "in 2016"). */
export function dateReason(a: NormalizedClaim, b: NormalizedClaim, minShared = 2): Reason | null {
  const shared = sharedMeanings(a, b).size;
  if (shared < Math.min(1, minShared)) return null;
  for (const da of a.dates) {
    if (!da.value) continue;
    const ka = dateKind(da.value);
    // A year or a full date is precise enough to clash with one word in common ("set in 2012" / "from 2016");
    // weekdays need more, as one story runs over several days.
    if (shared < minShared && !(ka === 'year' || ka === 'iso10')) continue;
    // Compare at the coarser of the two precisions: "2015-03" and "2015-03-09" do not clash.
    const same = b.dates.filter((d) => {
      if (!d.value) return false;
      const kb = dateKind(d.value);
      return kb === ka || ((ka === 'year' || kb === 'year') && ka.startsWith('iso') !== kb.startsWith('iso'));
    });
    if (same.length === 0) continue;
    const width = (d: string) => Math.min(d.length, da.value.length);
    if (same.some((d) => d.value.slice(0, width(d.value)) === da.value.slice(0, width(d.value)))) continue;
    // Both sides also naming the other's date means they speak of two moments, not two versions of one.
    if (b.dates.some((d) => d.value === da.value)) continue;
    const db = same[0];
    if (!db) continue;
    return {
      code: 'date',
      text: `Dated ${da.text} by ${source(a, 'one account')}; ${db.text} by ${source(b, 'the other')}.`,
      a: da.text,
      b: db.text,
    };
  }
  return null;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'off', 'on', 'hit', 'targeted']);

/** The place prepositions that still mark a place in a title-case headline, where capitals mark nothing. */
const TITLED_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'off', 'at']);

/** Nouns after which "of" names a place ("the port city of Mombasa", "the coast of Sumatra"). */
const PLACE_NOUNS = new Set([
  'city',
  'coast',
  'town',
  'village',
  'province',
  'region',
  'county',
  'island',
  'port',
]);

/** "Bosnian girls", "a Chinese man": a people's word before a noun says who, not where something happened. */
function isDemonym(key: string): boolean {
  return !key.includes(' ') && /(?:ish|ese|ian|ean)$/.test(key);
}

/** Share of longer words a headline capitalises above which its capitals no longer mark names. */
const TITLE_CASE_SHARE = 0.6;

/** True for text written in title case or capitals ("Amazon To Open First Store"), where every word looks like a name. */
function isTitleCase(claim: NormalizedClaim): boolean {
  const long = claim.words.filter((w) => w.text.length > 3 && /^\p{L}/u.test(w.text));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return long.length >= 3 && capitalised / long.length >= TITLE_CASE_SHARE;
}

/** Words after a name that make it the venue ("Istanbul remains the venue", "Jakarta will host"). */
const VENUE_AFTER =
  /^\s*(?:(?:remains|is|was|will be|would be|has been) (?:the )?(?:venue|host)\b|(?:will |would |to )?host(?:s|ed)?\b)/i;

/** Words before a name that make it the venue ("hosted by the Vatican", "held at the Kremlin"). */
const VENUE_BEFORE =
  /\b(?:hosted by|host(?:ed)? in|held in|held at|take place in|takes place in|venue of|venue in|venue at)(?: the)?$/i;

/** A name opening a claim as its venue ("Istanbul remains the venue …"), which a sentence's first capital hides. */
const OPENING_VENUE = new RegExp(
  `^\\s*((?:the )?\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)*)(?=${VENUE_AFTER.source.slice(1)})`,
  'u',
);

/** Named entities of a claim, each marked whether a place preposition (or a venue phrase) comes before it. */
function places(claim: NormalizedClaim): { key: string; text: string; placed: boolean; venue: boolean }[] {
  const titled = isTitleCase(claim);
  const opening = OPENING_VENUE.exec(claim.text)?.[1];
  const named =
    opening &&
    !claim.entities.some(
      (e) => e.start <= claim.text.indexOf(opening) + opening.length && e.end > claim.text.indexOf(opening),
    );
  const extra =
    opening && named
      ? [{ key: opening.toLowerCase().replace(/^the /, ''), text: opening, placed: true, venue: true }]
      : [];
  return [
    ...extra,
    ...claim.entities.map((e) => {
      const head = claim.text.slice(Math.max(0, e.start - 24), e.start);
      const before = head.toLowerCase().trim().split(/\s+/);
      const the = before[before.length - 1] === 'the';
      const at = the ? before.length - 2 : before.length - 1;
      const word = before[at] ?? '';
      const ofPlace = word === 'of' && PLACE_NOUNS.has(before[at - 1] ?? '');
      const venue =
        VENUE_BEFORE.test(head.trimEnd()) || VENUE_AFTER.test(claim.text.slice(e.end, e.end + 40));
      // In a title-case headline "To Open First Store" is a verb after "to", not a place.
      const placed = titled ? TITLED_PREPOSITIONS.has(word) : PLACE_PREPOSITIONS.has(word);
      return { key: e.key, text: the ? `the ${e.text}` : e.text, placed: placed || ofPlace || venue, venue };
    }),
  ];
}

/** A different place for the same event ("talks in the Vatican" vs "talks in Istanbul", "Jakarta will host"). */
export function placeReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  const shared = sharedMeanings(a, b).size;
  if (shared === 0) return null;
  const keysA = new Set(a.entities.map((e) => e.key));
  const keysB = new Set(b.entities.map((e) => e.key));
  // "NY" and "New York City" name one place: a short key may be the initials of a longer one.
  const initials = (k: string) =>
    k
      .split(' ')
      .map((w) => w.charAt(0))
      .join('');
  // "Kobane" / "Kobani", "Scottish" / "Scotland", "ISIS" / "ISIL": one place spelt or derived two ways.
  const near = (p: string, q: string) =>
    q.includes(p) ||
    p.includes(q) ||
    initials(q).startsWith(p) ||
    initials(p).startsWith(q) ||
    (p.length >= 4 && q.length >= 4 && p.slice(0, 4) === q.slice(0, 4));
  // Only names the other side does not say: "in Paris, France" vs "in France" is no clash.
  const onlyA = places(a).filter((p) => !keysB.has(p.key) && !b.entities.some((q) => near(p.key, q.key)));
  const onlyB = places(b).filter((p) => !keysA.has(p.key) && !a.entities.some((q) => near(p.key, q.key)));
  // A place after "in" / "near" on both sides; a name elsewhere (the subject, as in "Jakarta will host the
  // summit") only when it is the one name each side says and the rest is said alike, since headlines name
  // one party many ways ("ISIS" / "Islamic State").
  // In a headline written in title case every word is capitalised, so a lone "name" there is no name at all.
  const lone = (only: typeof onlyA, claim: NormalizedClaim) =>
    only.length === 1 &&
    claim.entities.length === 1 &&
    shared >= 3 &&
    !isTitleCase(claim) &&
    !isDemonym(only[0]?.key ?? '')
      ? only[0]
      : undefined;
  // Two venues of one meeting clash however little else the two claims share in words.
  const venueA = onlyA.find((p) => p.venue);
  const venueB = onlyB.find((p) => p.venue);
  const x = venueA && venueB ? venueA : (onlyA.find((p) => p.placed) ?? lone(onlyA, a));
  const y = venueA && venueB ? venueB : (onlyB.find((p) => p.placed) ?? lone(onlyB, b));
  if (!x || !y || x.placed !== y.placed) return null;
  // Two places clash only when they are surely apart: "NY" holds "Manhattan", and a capital after "in" in a headline
  // ("in First Mass Graves", "on OSU plane") is often no place at all. Two venues named as such ("hosted by the
  // Vatican" / "Istanbul remains the venue") say where one meeting is, whatever the table knows of them, unless it
  // knows that one holds the other.
  const venues = x.venue === true && y.venue === true;
  const known = isKnownPlace(x.key) && isKnownPlace(y.key);
  if (venues ? known && !twoPlacesApart(x.key, y.key) : !twoPlacesApart(x.key, y.key)) return null;
  const text = `Placed in ${x.text} by ${source(a, 'one account')}; in ${y.text} by ${source(b, 'the other')}.`;
  return { code: 'place', text, a: x.text, b: y.text, ...(x.venue && y.venue ? { venue: true } : {}) };
}

/** True when both claims give figures and none of one side's is matched on the other (by value or by unit). */
export function figuresDiffer(a: NormalizedClaim, b: NormalizedClaim): boolean {
  const qas = a.quantities.filter((q) => !DATE_UNITS.has(q.unit));
  const qbs = b.quantities.filter((q) => !DATE_UNITS.has(q.unit));
  if (qas.length === 0 || qbs.length === 0) return false;
  // "nine people from each side" / "nine people were injured": one figure, two things counted.
  return !qas.some((qa) =>
    qbs.some((qb) => close(qa, qb) && (qa.unit === qb.unit || sameMeaning(qa.unit, qb.unit))),
  );
}

/** True when each claim names someone or somewhere the other does not ("the Kessel crossing" / "the Marin crossing"). */
export function namesDiffer(a: NormalizedClaim, b: NormalizedClaim): boolean {
  const keysB = b.entities.map((e) => e.key);
  const keysA = a.entities.map((e) => e.key);
  const near = (p: string, q: string) => q.includes(p) || p.includes(q);
  return (
    a.entities.some((e) => !keysB.some((k) => near(k, e.key))) &&
    b.entities.some((e) => !keysA.some((k) => near(k, e.key)))
  );
}
