import { isCapitalized, type Token } from '../../text/tokenize.ts';
import { genderOfGivenName } from './first-names.ts';
import type { Gender, LanguagePack } from './pack.ts';

/** One text being read in one language: the original text, its tokens (marks normalised) and the language pack. */
export interface Reader {
  text: string;
  tokens: Token[];
  pack: LanguagePack;
}

/** Words naming a speaker: token range [first, end), the tokens of the name itself, and what they tell. */
export interface Phrase {
  first: number;
  end: number;
  kind: 'person' | 'organization' | 'group' | 'pronoun';
  /** Token range of the name or role words, without determiners and titles. */
  nameFirst: number;
  nameEnd: number;
  gender: Gender | null;
  /** The role noun a person was named with ("ministre"), or that a role phrase stands on. */
  role: string | null;
  /** True for a singular definite role phrase ("le député de la Gironde"), which news style uses for someone named before. */
  definite?: boolean;
}

const MAX_NAME_WORDS = 6;
const CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'der',
  'von',
  'vom',
  'd’',
  "d'",
]);

/** The text of tokens [first, end) in the original text. */
export const tokensText = (r: Reader, first: number, end: number): string =>
  r.text.slice(r.tokens[first]!.start, r.tokens[end - 1]!.end);

const word = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.quote < 0;

// "l'Intérieur", "d’Artagnan": an elided article or preposition glued to the word.
const ELIDED = /^[ldLD]['’]/;
const bare = (lower: string) => (ELIDED.test(lower) ? lower.slice(2) : lower);

// Little words that never modify a role noun: articles, particles, prepositions, auxiliaries.
const PREPOSITIONS = new Set(
  'a à au aux en dans sur pour par avec sans con sin por para en em com sem ao na no in im am an auf bei mit für von vor nach zu'.split(
    ' ',
  ),
);
function isFunctionWord(r: Reader, lower: string): boolean {
  const p = r.pack;
  return (
    PREPOSITIONS.has(lower) ||
    CONNECTORS.has(lower) ||
    p.particles.has(lower) ||
    p.determiners.has(lower) ||
    p.auxiliaries.has(lower) ||
    p.between.has(lower) ||
    p.complementizers.has(lower)
  );
}

/** A title before a name ("M.", "Mme", "Sra." as two tokens): the token after it and the gender it tells. */
export function titleAt(r: Reader, i: number): { end: number; gender: Gender | null } | null {
  const t = r.tokens[i];
  if (!word(t) || !isCapitalized(t)) return null;
  if (r.pack.titles.has(t.text)) return { end: i + 1, gender: r.pack.titles.get(t.text) ?? null };
  if (r.tokens[i + 1]?.text === '.' && r.pack.titles.has(t.text + '.'))
    return { end: i + 2, gender: r.pack.titles.get(t.text + '.') ?? null };
  return null;
}

/** A role noun at `i` ("ministre", "Gewerkschaftschef"): its gender and whether it names an institution. */
export function roleAt(r: Reader, i: number): { gender: Gender | null; org: boolean; noun: string } | null {
  const t = r.tokens[i];
  if (!word(t)) return null;
  let noun = bare(t.lower);
  // German genitive: "des Gerichts", "des Ministeriums".
  if (r.pack.lang === 'de' && !r.pack.roles.has(noun) && r.pack.roles.has(noun.replace(/e?s$/, '')))
    noun = noun.replace(/e?s$/, '');
  if (r.pack.roles.has(noun))
    return { gender: r.pack.roles.get(noun) ?? null, org: r.pack.organizations.has(noun), noun };
  const suffix = r.pack.roleSuffixes.find((s) => noun.length > s.length + 2 && noun.endsWith(s));
  if (suffix) return { gender: r.pack.roles.get(suffix) ?? null, org: false, noun: suffix };
  return null;
}

const isNameWord = (r: Reader, t: Token | undefined): boolean =>
  word(t) && isCapitalized(t) && !/^[0-9]/.test(t.text) && roleAtToken(r, t) === false;

// German capitalises every noun: a role noun is never part of a name run.
function roleAtToken(r: Reader, t: Token): boolean {
  return (
    r.pack.lang === 'de' &&
    (r.pack.roles.has(t.lower) || r.pack.roleSuffixes.some((s) => t.lower.endsWith(s)))
  );
}

/** End of the run of capitalised words (with name particles) starting at `i`, or `i` when none starts there. */
export function nameRunEnd(r: Reader, i: number, limit: number): number {
  const t = r.tokens[i];
  if (!isNameWord(r, t) || r.pack.notNames.has(t!.lower)) return i;
  let j = i + 1;
  let words = 1;
  while (j < limit && words < MAX_NAME_WORDS) {
    const u = r.tokens[j];
    if (isNameWord(r, u)) {
      j++;
      words++;
      continue;
    }
    // "Marine Le Pen", "Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Rodríguez de la Fuente".
    let k = j;
    while (k < limit && k < j + 2 && word(r.tokens[k]) && r.pack.particles.has(r.tokens[k]!.lower)) k++;
    if (k > j && k < limit && isNameWord(r, r.tokens[k])) {
      j = k;
      continue;
    }
    break;
  }
  return j;
}

function person(
  first: number,
  end: number,
  nameFirst: number,
  gender: Gender | null,
  role: string | null,
): Phrase {
  return { first, end, kind: 'person', nameFirst, nameEnd: end, gender, role };
}

/** A title and a name run at `i` ("Mme Anne Dupont", "Pedro Sánchez"), as a person phrase. */
export function namedAt(r: Reader, i: number, limit: number): Phrase | null {
  let k = i;
  let gender: Gender | null = null;
  let titled = false;
  for (let title = titleAt(r, k); title && k < limit; title = titleAt(r, k)) {
    gender ??= title.gender;
    titled = true;
    k = title.end;
  }
  const end = nameRunEnd(r, k, limit);
  if (end === k) return null;
  // German capitalises nouns: "Feuerwehrkommandant Andreas Huber" is a role before a given name.
  if (r.pack.lang === 'de' && !genderOfGivenName(r.tokens[k]!.text)) {
    for (let g = k + 1; g < end - 1; g++)
      if (genderOfGivenName(r.tokens[g]!.text))
        return person(i, end, g, gender ?? genderOfGivenName(r.tokens[g]!.text), null);
  }
  const phrase = person(i, end, k, gender, null);
  if (!titled && isOrganization(r, k, end)) phrase.kind = 'organization';
  return phrase;
}

// "CGT", "PSOE", "Ministerio de Sanidad": an acronym or a name with an institution's word in it.
function isOrganization(r: Reader, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = r.tokens[k]!;
    if (r.pack.organizations.has(bare(t.lower))) return true;
    if (t.text.length >= 2 && t.text === t.text.toUpperCase() && /^[A-ZÀ-Þ]+$/.test(t.text)) return true;
  }
  return false;
}

/**
 * The speaker phrase starting at `i` and ending before `limit`: a pronoun, a titled or bare name, or a role
 * phrase ("le ministre de l'Intérieur", "der Sprecher") with any name in apposition ("…, Gérald Darmanin,").
 */
export function phraseAt(r: Reader, i: number, limit: number): Phrase | null {
  const t = r.tokens[i];
  if (!word(t) || i >= limit) return null;
  const pronoun = r.pack.pronouns.get(t.lower);
  if (pronoun) {
    return {
      first: i,
      end: i + 1,
      kind: 'pronoun',
      nameFirst: i,
      nameEnd: i + 1,
      gender: pronoun === 'plural' ? null : pronoun,
      role: null,
    };
  }
  const named = r.pack.determiners.has(t.lower) ? null : namedAt(r, i, limit);
  if (named) return named;
  let k = i;
  let gender: Gender | null = null;
  let definite = ELIDED.test(t.lower) && t.lower.startsWith('l');
  if (r.pack.determiners.has(t.lower)) {
    gender = r.pack.determinerGender.get(t.lower) ?? null;
    definite = r.pack.determinerGender.has(t.lower);
    k++;
  }
  // "die 58-Jährige", "le quinquagénaire": an age written with digits is tokenised apart.
  if (k > i && /^[0-9]+$/.test(r.tokens[k]?.text ?? '') && r.tokens[k + 1]?.text === '-') k += 2;
  // "el nuevo ministro", "le porte-parole": up to two modifiers before the role noun.
  let role = roleAt(r, k);
  for (
    let skip = 0;
    !role &&
    skip < 2 &&
    word(r.tokens[k]) &&
    !isCapitalized(r.tokens[k]) &&
    !isFunctionWord(r, r.tokens[k]!.lower) &&
    k > i;
    skip++
  ) {
    k++;
    role = roleAt(r, k);
  }
  if (!role || k >= limit) return k > i ? institutionAt(r, i, k, limit) : null;
  const roleFirst = k;
  gender = gender ?? role.gender;
  k++;
  // "de l'Intérieur", "del Gobierno", "des Innern", "de la CGT".
  k = postModifiersEnd(r, k, limit);
  // "l'entraîneur nantais, Didier Moreau", "el ministro español": a modifier after the role noun.
  const next = r.tokens[k];
  if (
    k < limit &&
    word(next) &&
    !isCapitalized(next) &&
    !isFunctionWord(r, next.lower) &&
    !r.pack.cues.has(next.lower)
  ) {
    const after = r.tokens[k + 1];
    const verb =
      after && after.kind === 'word' && (r.pack.cues.has(after.lower) || r.pack.auxiliaries.has(after.lower));
    const modifier = after && after.kind === 'word' && CONNECTORS.has(after.lower);
    if (after && (after.text === ',' || isNameWord(r, after) || verb || modifier))
      k = postModifiersEnd(r, k + 1, limit);
  }
  // "le ministre Jean Dupont", "Gewerkschaftschef Frank Werneke", "die Vorsitzende Richterin Claudia Weber".
  while (k < limit && k < roleFirst + 3 && roleAt(r, k)) k++;
  const apposed = k < limit ? namedAt(r, k, limit) : null;
  // "el sindicato médico Amyts": an institution followed by its name.
  if (apposed && role.org) {
    const end = postModifiersEnd(r, apposed.end, limit);
    return {
      first: i,
      end,
      kind: 'organization',
      nameFirst: roleFirst,
      nameEnd: end,
      gender,
      role: role.noun,
    };
  }
  if (apposed && apposed.kind === 'person' && !role.org)
    return person(i, apposed.end, apposed.nameFirst, apposed.gender ?? gender, role.noun);
  // "le ministre de l'Intérieur, Gérald Darmanin, a déclaré", "o relator, ministro André Mendonça,".
  if (r.tokens[k]?.text === ',' && !role.org) {
    let m = k + 1;
    while (m < k + 3 && roleAt(r, m)) m++;
    const inner = namedAt(r, m, limit);
    const after = inner ? r.tokens[inner.end] : undefined;
    if (
      inner &&
      inner.kind === 'person' &&
      (!after || after.text === ',' || after.text === '.' || inner.end === limit)
    ) {
      const end = after?.text === ',' && inner.end < limit ? inner.end + 1 : inner.end;
      return { ...person(i, end, inner.nameFirst, inner.gender ?? gender, role.noun), nameEnd: inner.end };
    }
  }
  const kind = role.org ? 'organization' : 'group';
  return {
    first: i,
    end: k,
    kind,
    nameFirst: roleFirst,
    nameEnd: k,
    gender,
    role: role.noun,
    definite: definite && !role.org,
  };
}

/** End of the post-modifiers at `k` ("de l'Intérieur", "del Gobierno", "do estado"): at most two. */
function postModifiersEnd(r: Reader, k: number, limit: number): number {
  for (let n = 0; n < 2 && k < limit && CONNECTORS.has(r.tokens[k]!.lower); n++) {
    let m = k + 1;
    if (word(r.tokens[m]) && r.pack.determiners.has(r.tokens[m]!.lower)) m++;
    const run = nameRunEnd(r, m, limit);
    if (run > m) m = run;
    else if (word(r.tokens[m]) && !r.pack.cues.has(r.tokens[m]!.lower)) m++;
    else break;
    k = m;
  }
  return k;
}

// "la Receita Federal", "a Defesa Civil do estado": a name after an article is an institution's.
function institutionAt(r: Reader, i: number, k: number, limit: number): Phrase | null {
  const run = nameRunEnd(r, k, limit);
  if (run === k) return null;
  const end = Math.min(limit, postModifiersEnd(r, run, limit));
  return { first: i, end, kind: 'organization', nameFirst: k, nameEnd: end, gender: null, role: null };
}

/** The subject phrase that ends right before a cue at `cue` (past auxiliaries and adverbs), not before `floor`. */
export function subjectBefore(r: Reader, cue: number, floor: number): Phrase | null {
  let end = cue;
  while (
    end - 1 >= floor &&
    word(r.tokens[end - 1]) &&
    (r.pack.between.has(r.tokens[end - 1]!.lower) || r.pack.auxiliaries.has(r.tokens[end - 1]!.lower))
  )
    end--;
  const ending = (stop: number) => {
    for (let s = Math.max(floor, stop - 14); s < stop; s++) {
      const p = phraseAt(r, s, stop);
      if (p && p.end === stop) return p;
    }
    return null;
  };
  const found = ending(end);
  if (found) return found;
  // "Jean Dupont, maire de Lyon, a déclaré": the subject before a description set off by commas.
  if (r.tokens[end - 1]?.text === ',') {
    for (let c = end - 2; c >= floor && c >= end - 12; c--) {
      const t = r.tokens[c]!;
      if (t.kind !== 'word' && t.text !== ',' && t.text !== "'" && t.text !== '’' && t.text !== '-') break;
      if (t.text === ',') return ending(c);
    }
  }
  return null;
}
