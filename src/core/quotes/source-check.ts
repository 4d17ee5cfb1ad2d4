import type { Quote } from './types.ts';

const words = (s: string): ReadonlySet<string> => new Set(s.trim().toLowerCase().split(/\s+/));

// Words that open a sentence or a clause and were read as its subject: "Now, …", "Sometimes …".
const TIME_WORDS =
  words(`now sometimes today tonight yesterday tomorrow then later meanwhile also often recently still
again always never once soon earlier afterwards currently lately instead however here there perhaps maybe indeed
thus therefore hence moreover furthermore nevertheless nonetheless likewise similarly apparently obviously clearly
certainly surely usually finally ultimately eventually actually really basically essentially`);

// A name that opens with a preposition of time or place ("on Tuesday", "in which applicants are") or ends with a
// relative pronoun, a form of "be" or a dangling preposition ("her lead in", "the results of which will be") is a
// piece of the sentence, not a noun phrase.
const OPENING_PREPOSITION = /^(?:on|in|during|since|until)\s/;
const DANGLING_END = /\s(?:in|on|at|into|which|that|be|been|being)$/i;

// Markets move; they do not speak: "Brent crude added 30 cents", "the benchmark index showed".
const MARKET_HEADS =
  words(`crude index indexes indices shares stocks stock dollar yen euro pound sterling bonds bond
yields yield futures prices price gold oil benchmark currency bitcoin`);

// Places that are not institutions: a street, a terminal, a beach. Only the first few are never surnames
// ("Tom Park", "Ann Lake" are people).
const STREET_HEADS = words('terminal street avenue road square harbor harbour bridge');
const PLACE_HEADS =
  words(`terminal street avenue road square park beach harbor harbour bridge island valley river lake
mountain mountains hills coast peninsula`);

// US states speak through their governments, named as such; a bare state name is a place.
const STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`
    .split(/\s+/)
    .concat([
      'New Hampshire',
      'New Jersey',
      'New Mexico',
      'New York State',
      'North Carolina',
      'South Carolina',
    ])
    .concat(['North Dakota', 'South Dakota', 'Rhode Island', 'West Virginia']),
);

// Adjectives of nationality or region: "Russian" from "Russian state media", "East Asian" from "the East Asian
// democracy".
const ADJECTIVES =
  words(`russian american ukrainian chinese british french german israeli iranian syrian turkish
mexican canadian japanese korean indian pakistani asian european african arab palestinian hungarian polish italian
spanish brazilian australian western eastern northern southern east west north south central`);

/**
 * Whether a resolved speaker can be a source: a person, an organisation, a group or a document. Section labels
 * ("WATCH BELOW:", "ENERGY:"), time words, markets, places that are not institutions and adjectives never are.
 */
export function isSource(q: Quote): boolean {
  const { name, kind } = q.speaker;
  if (kind === 'unknown') return true;
  const bare = name.replace(/^the\s+/i, '').trim();
  const parts = bare.toLowerCase().split(/\s+/);
  const head = parts[parts.length - 1] ?? '';
  // A label in capitals before a colon ("ENERGY: Oil prices climbed …") heads a section, not a quote.
  if (/[A-Z]/.test(bare) && bare === bare.toUpperCase() && (q.cue.text === ':' || parts.length > 1))
    return false;
  if (parts.length === 1 && TIME_WORDS.has(head)) return false;
  if (OPENING_PREPOSITION.test(bare) || DANGLING_END.test(bare)) return false;
  if (MARKET_HEADS.has(head) && kind !== 'person') return false;
  if (parts.length > 1 && (STREET_HEADS.has(head) || (PLACE_HEADS.has(head) && kind !== 'person')))
    return false;
  // A one-word state read as a person may be one ("Virginia", "Georgia").
  if (STATES.has(bare) && (kind !== 'person' || parts.length > 1)) return false;
  if (parts.every((p) => ADJECTIVES.has(p))) return false;
  // "African Americans" is a group, never one person.
  return !(kind === 'person' && parts.every((p) => ADJECTIVES.has(p.replace(/s$/, ''))));
}
