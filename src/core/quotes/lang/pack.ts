import type { Stance } from '../types.ts';

/** The languages other than English whose quotes are read. */
export type QuoteLanguage = 'fr' | 'es' | 'pt' | 'de';

/** Grammatical gender a title, role noun, first name or pronoun tells about a person. */
export type Gender = 'male' | 'female';

/** A verb form or phrase of saying, with the lemma it belongs to and whether it asserts, denies or hedges. */
export interface CueWord {
  lemma: string;
  stance: Stance;
}

/** What the quote reader needs to know about one language: its cues, who speaks, and its little words. */
export interface LanguagePack {
  lang: QuoteLanguage;
  /** Inflected forms of the verbs of saying, lower case ("a déclaré" is an auxiliary and "déclaré"). */
  cues: ReadonlyMap<string, CueWord>;
  /** Auxiliaries of the compound past ("a", "ha", "hat"), so "a déclaré" reads as one cue. */
  auxiliaries: ReadonlySet<string>;
  /** Source prepositions before their source ("selon", "según", "laut"), one to three words. */
  sources: ReadonlyMap<string, CueWord>;
  /** Prepositions that attribute a view only at a sentence's start ("Pour le ministre, …"). */
  openers: ReadonlyMap<string, CueWord>;
  /** Postpositions after their source ("dem Ministerium zufolge"). */
  postSources: ReadonlyMap<string, CueWord>;
  /** Cues that only attribute right after a closing quote mark (German ", so Merz"). */
  trailerOnly: ReadonlyMap<string, CueWord>;
  /** Words that open a reported clause ("que", "dass"). */
  complementizers: ReadonlySet<string>;
  /** Titles before a name, as tokens read them ("M.", "Mme", "Herr"), with the gender they tell. */
  titles: ReadonlyMap<string, Gender | null>;
  /** Lower-case role nouns that head a speaker phrase ("ministre", "porte-parole"), with any gender they mark. */
  roles: ReadonlyMap<string, Gender | null>;
  /** Role words that name an institution rather than a person ("gouvernement", "Polizei"). */
  organizations: ReadonlySet<string>;
  /** Endings of compound role nouns (German "Gewerkschaftschef"). */
  roleSuffixes: readonly string[];
  /** Articles and determiners that start a role phrase. */
  determiners: ReadonlySet<string>;
  /** Articles that tell the gender of the role noun they introduce ("la ministre", "der Sprecher"). */
  determinerGender: ReadonlyMap<string, Gender | null>;
  /** Subject pronouns of a cue, with their gender. */
  pronouns: ReadonlyMap<string, Gender | 'plural'>;
  /** Lower-case particles inside names ("de", "da", "von"). */
  particles: ReadonlySet<string>;
  /** Capitalised words that start sentences but never a name, in lower case. */
  notNames: ReadonlySet<string>;
  /** Words between a subject and its cue ("également", "auch"). */
  between: ReadonlySet<string>;
}

/** A set of the white-space separated words of a list. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

const STANCES: Record<string, Stance> = { a: 'assert', d: 'deny', h: 'hedge' };

/**
 * Reads a cue table: one lemma a line, `lemma stance form,form,…` with stance a (assert), d (deny) or h (hedge);
 * multiword forms write their words with `_` ("de_acordo_com").
 */
export function cueTable(table: string): ReadonlyMap<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const line of table.trim().split('\n')) {
    const [lemma, stance, forms] = line.trim().split(/\s+/);
    if (!lemma || !stance || !forms || !STANCES[stance]) throw new Error(`bad cue line: ${line}`);
    const word: CueWord = { lemma: lemma.replace(/_/g, ' '), stance: STANCES[stance]! };
    for (const form of forms.split(',')) map.set(form.replace(/_/g, ' '), word);
  }
  return map;
}

/** Reads `word:gender` entries (m, f or nothing) into a map. */
export function genderMap(words: string): ReadonlyMap<string, Gender | null> {
  const map = new Map<string, Gender | null>();
  for (const entry of words.trim().split(/\s+/)) {
    const [word, g] = entry.split(':');
    map.set(word!, g === 'm' ? 'male' : g === 'f' ? 'female' : null);
  }
  return map;
}
