import type { Token } from '../text/tokenize.ts';
import { ROLE_NOUNS } from './speaker-words.ts';
import { ownValue } from '../text/own-value.ts';

/** A person named with a role: "Senator Elizabeth Warren", "Marieke de Vries, the Dutch minister". */
export interface RoleMention {
  /** Token index of the name. */
  token: number;
  name: string;
}

/** Role words by their lower-case role noun, each with its named people in text order. */
export type RoleIndex = Map<string, RoleMention[]>;

// Abbreviated titles stand for the role noun a later "the senator" uses.
const ALIASES: Readonly<Record<string, string>> = {
  'sen.': 'senator',
  'gov.': 'governor',
  'rep.': 'representative',
  'gen.': 'general',
  'atty.': 'attorney',
};

// Role nouns that are plural, collective or an institution: "the officials" or "the department" never means
// one named person.
const NOT_PERSONAL = new Set(
  'ministry department agency government administration campaign committee commission council court panel board office team group party union organization report poll survey study statement document memo letter filing data analysis review audit estimate record complaint lawsuit indictment percent majority minority half third quarter share newspaper paper article magazine website tweet post book network station outlet company firm person people family staff police authorities'.split(
    ' ',
  ),
);

/** The role noun a title or role word stands for ("Sen." → "senator"), or null when it names no single role. */
export function roleOf(word: string): string | null {
  const w = ownValue(ALIASES, word.toLowerCase()) ?? word.toLowerCase();
  return ROLE_NOUNS.has(w) && !NOT_PERSONAL.has(w) && !w.endsWith('s') ? w : null;
}

/** Records that the person `name` at token `token` holds the role a title or role word names. */
export function addRole(index: RoleIndex, word: string, token: number, name: string): void {
  const role = roleOf(word);
  if (!role) return;
  const list = index.get(role);
  if (list) list.push({ token, name });
  else index.set(role, [{ token, name }]);
}

/** Roles named in the appositive after a name: ", the Dutch minister," → "minister" (at most four words). */
export function appositiveRole(tokens: Token[], end: number, limit: number): string | null {
  if (tokens[end]?.text !== ',' || tokens[end + 1]?.lower !== 'the') return null;
  for (let k = end + 2; k < limit && k < end + 6; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return null;
    const next = tokens[k + 1];
    // The head is the last word before the comma or the sentence end: "the Dutch trade minister,".
    if (!next || next.kind !== 'word' || k + 1 >= limit) return roleOf(t.lower);
  }
  return null;
}

/** The latest person named with `role` before token `before`, or null. */
export function latestWithRole(index: RoleIndex, role: string, before: number): string | null {
  const list = index.get(role);
  if (!list) return null;
  for (let k = list.length - 1; k >= 0; k--) if (list[k]!.token < before) return list[k]!.name;
  return null;
}
