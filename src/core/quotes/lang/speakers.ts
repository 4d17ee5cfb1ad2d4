import type { Speaker } from '../types.ts';
import { genderOfGivenName } from './first-names.ts';
import type { Gender } from './pack.ts';
import { phraseAt, tokensText, type Phrase, type Reader } from './phrases.ts';

interface Mention {
  token: number;
  name: string;
  gender: Gender | null;
}

/** The people a text names, in text order, with what is known of their full names, genders and roles. */
export interface Speakers {
  mentions: Mention[];
  fullName: Map<string, string>;
  gender: Map<string, Gender>;
  /** The people named with each role noun ("ministre" → "Jean Dupont"), in text order. */
  roleHolder: Map<string, { token: number; name: string }[]>;
}

/** Collects the people a text names outside quotes: titled names, names with a known given name, named roles. */
export function collectSpeakers(r: Reader): Speakers {
  const s: Speakers = { mentions: [], fullName: new Map(), gender: new Map(), roleHolder: new Map() };
  const { tokens } = r;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quote >= 0) continue;
    const p = phraseAt(r, i, tokens.length);
    if (!p || p.kind !== 'person') continue;
    const name = tokensText(r, p.nameFirst, p.nameEnd);
    const given = name.split(/\s+/)[0]!;
    const known = p.role !== null || p.first < p.nameFirst || genderOfGivenName(given) !== null;
    if (known || s.fullName.has(name)) note(s, p, name, i);
    i = p.end - 1;
  }
  return s;
}

/** Records a person at token `at`: the mention, the names it is later called by, its gender and role. */
function note(s: Speakers, p: Phrase, rawName: string, at: number): string {
  const name = fullNameOf(s, rawName);
  const words = name.split(/\s+/);
  if (words.length >= 2) {
    // "Le Pen", "von der Leyen", "Sánchez", "Lula da Silva": each tail of the name after the given name.
    for (let k = 1; k < words.length; k++) {
      const tail = words.slice(k).join(' ');
      if (!s.fullName.has(tail)) s.fullName.set(tail, name);
      const capital = tail.charAt(0).toUpperCase() + tail.slice(1);
      if (!s.fullName.has(capital)) s.fullName.set(capital, name);
    }
    // "Pedro Sánchez Pérez" is "Sánchez" too.
    if (words.length === 3 && !s.fullName.has(words[1]!)) s.fullName.set(words[1]!, name);
  }
  const gender = p.gender ?? genderOfGivenName(words[0]!);
  if (gender && !s.gender.has(name)) s.gender.set(name, gender);
  if (p.role) {
    const list = s.roleHolder.get(p.role) ?? [];
    insertInOrder(list, { token: at, name });
    s.roleHolder.set(p.role, list);
  }
  insertInOrder(s.mentions, { token: at, name, gender: s.gender.get(name) ?? null });
  return name;
}

function fullNameOf(s: Speakers, name: string): string {
  const full = s.fullName.get(name);
  return full && full.length > name.length ? full : name;
}

// Mentions arrive in text order but for the few a later reading adds: a short walk back keeps the list sorted.
function insertInOrder<T extends { token: number }>(list: T[], item: T): void {
  let k = list.length;
  while (k > 0 && list[k - 1]!.token > item.token) k--;
  if (list[k - 1]?.token === item.token) return;
  list.splice(k, 0, item);
}

/** The latest person named before token `at` whose gender fits (any gender when `want` is null). */
export function latestPerson(s: Speakers, at: number, want: Gender | null, reach = Infinity): string | null {
  // Binary search for the last mention before `at`, then a bounded walk back: a page of thousands of names
  // and pronouns stays linear.
  let lo = 0;
  let hi = s.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.mentions[mid]!.token < at) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_LOOK_BACK; k--) {
    const m = s.mentions[k]!;
    if (at - m.token > reach) return null;
    const g = s.gender.get(m.name) ?? m.gender;
    if (!want || !g || g === want) return m.name;
  }
  return null;
}

/** People looked at, latest first, to find whom a pronoun stands for. */
const MAX_LOOK_BACK = 50;

/** Tokens back to the person a definite description may stand for: about two short paragraphs. */
const DESCRIPTION_REACH = 120;

const span = (r: Reader, first: number, end: number) => ({
  start: r.tokens[first]!.start,
  end: r.tokens[end - 1]!.end,
});

// "le ministère de l'Intérieur" → "ministère de l'Intérieur": leading articles, elided or not, are dropped.
const stripArticle = (r: Reader, name: string) => {
  // "des Gerichts" → "Gericht": a German genitive of a known institution.
  if (r.pack.lang === 'de' && !name.includes(' ')) {
    const stem = name.replace(/e?s$/, '');
    if (stem !== name && r.pack.organizations.has(stem.toLowerCase())) return stem;
  }
  const [head, ...rest] = name.split(' ');
  if (rest.length > 0 && r.pack.determiners.has(head!.toLowerCase())) return rest.join(' ');
  return name.replace(/^[lL]['’]/, '');
};

/** Resolves a speaker phrase: pronouns to the latest fitting person, surnames to full names, roles to holders. */
export function resolvePhrase(r: Reader, s: Speakers, p: Phrase): Speaker {
  const mention = span(r, p.first, p.end);
  const raw = tokensText(r, p.nameFirst, p.nameEnd);
  if (p.kind === 'pronoun') {
    const plural = r.pack.pronouns.get(r.tokens[p.first]!.lower) === 'plural';
    const name = plural ? null : latestPerson(s, p.first, p.gender);
    if (name) {
      if (p.gender && !s.gender.has(name)) s.gender.set(name, p.gender);
      return { name, kind: 'person', mention };
    }
    return { name: raw, kind: plural ? 'group' : 'unknown', mention };
  }
  if (p.kind === 'person') return { name: note(s, p, raw, p.nameFirst), kind: 'person', mention };
  if (p.kind === 'organization') return { name: stripArticle(r, raw), kind: 'organization', mention };
  // "le ministre", "der Sprecher": the person last named with that role, when the phrase is that role alone.
  const holders = p.role && p.nameEnd - p.nameFirst === 1 ? s.roleHolder.get(p.role) : undefined;
  const holder = holders?.filter((h) => h.token < p.first).pop()?.name;
  if (holder) return { name: holder, kind: 'person', mention };
  // "a déclaré le député de la Gironde": a definite description of the person named just before.
  const described = p.definite ? latestPerson(s, p.first, p.gender, DESCRIPTION_REACH) : null;
  if (described) return { name: described, kind: 'person', mention };
  return { name: stripArticle(r, raw), kind: 'group', mention };
}

/** The speaker of a cue with no subject of its own (Spanish "dijo." with the subject dropped): the latest person. */
export function impliedSpeaker(s: Speakers, at: number): Speaker | null {
  const name = latestPerson(s, at, null);
  return name ? { name, kind: 'person', mention: null } : null;
}
