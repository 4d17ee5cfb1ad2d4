import { charBits, LETTER, UPPER } from '../text/char-class.ts';
import type { Sentence } from '../text/sentences.ts';
import { isCapitalized, type Token } from '../text/tokenize.ts';
import { FIRST_NAME_GENDER } from './first-names.ts';
import { addRole, appositiveRole, latestWithRole, roleOf, type RoleIndex } from './role-names.ts';
import { nameInRun, nameRunEnd, type SpeakerPhrase } from './speaker-phrase.ts';
import { NOT_NAMES, ORG_WORDS, TITLES } from './speaker-words.ts';
import type { Speaker } from './types.ts';
import { ownValue } from '../text/own-value.ts';
import { isPossessive, withoutPossessive } from '../text/possessive.ts';

type Gender = 'male' | 'female';

interface Mention {
  token: number;
  name: string;
  kind: 'person' | 'organization' | 'group';
  /** The mention is the object of a preposition ("like Trump", "In New York", "with the Rev. Al Sharpton"). */
  oblique?: boolean;
  /** A verb of saying follows the mention: "…, Tester said." */
  reports?: boolean;
}

/** What the resolver knows about the people and organisations of one text. */
export interface SpeakerContext {
  text: string;
  tokens: Token[];
  sentenceOf: Int32Array;
  /** Person and organisation mentions outside quotes, per sentence, in text order. */
  mentions: Mention[][];
  fullNameBySurname: Map<string, string>;
  /** Organisation names by their first word ("Almora") and their last word in lower case ("agency"). */
  orgByWord: Map<string, string>;
  gender: Map<string, Gender>;
  /** he/she tokens outside quotes, resolved in text order. */
  pronouns: Map<number, Mention>;
  /** People named with a role ("Senator Warren"), so "the senator" later resolves to them. */
  roles: RoleIndex;
}

// "him" names someone other than the sentence's subject, so it is no evidence ("her" is mostly possessive).
const MALE_WORDS = new Set(['he', 'his', 'himself']);
const FEMALE_WORDS = new Set(['she', 'her', 'hers', 'herself']);
const HONORIFIC_GENDER: Record<string, Gender> = { 'Mr.': 'male', 'Mrs.': 'female', 'Ms.': 'female' };
const LOOK_BACK_SENTENCES = 8;

const spanText = (ctx: SpeakerContext, first: number, end: number) =>
  ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[end - 1]!.end);

// True for a name with two capitals in a row and no lower-case letter ("USA TODAY"), checked without copying it:
// this runs on every name of a text.
function inCapitals(name: string): boolean {
  let pair = false;
  for (let k = 0; k < name.length; k++) {
    const bits = charBits(name.charCodeAt(k));
    if (bits & LETTER && !(bits & UPPER)) return false;
    if (bits & UPPER && k > 0 && charBits(name.charCodeAt(k - 1)) & UPPER) pair = true;
  }
  return pair;
}

/** Collects name mentions and gender evidence in one pass, so pronouns and surnames resolve later. */
export function buildSpeakerContext(text: string, tokens: Token[], sentences: Sentence[]): SpeakerContext {
  const sentenceOf = new Int32Array(tokens.length);
  const ctx: SpeakerContext = {
    text,
    tokens,
    sentenceOf,
    mentions: [],
    fullNameBySurname: new Map(),
    orgByWord: new Map(),
    gender: new Map(),
    pronouns: new Map(),
    roles: new Map(),
  };
  // Names first met in the headline ("Understated Perez raises profile", "… About Trump Speech") may hold its other
  // capitalised words, so a name the story itself gives for the same surname replaces them.
  const headlineEnd = headlineLength(text);
  const fromHeadline = new Set<string>();
  const nameSurname = (key: string, name: string, headline: boolean) => {
    if (ctx.fullNameBySurname.has(key) && (headline || !fromHeadline.has(key))) return;
    ctx.fullNameBySurname.set(key, name);
    if (headline) fromHeadline.add(key);
    else fromHeadline.delete(key);
  };
  sentences.forEach((s, si) => {
    const found: Mention[] = [];
    const headline = tokens[s.first]!.start < headlineEnd;
    ctx.mentions.push(found);
    let male = 0;
    let female = 0;
    // "By Anna Kowalski": the writer of the page, whom the page's "she said" never means.
    const byline = tokens[s.first]?.text === 'By' && nameRunEnd(tokens, s.first + 1, s.end) >= s.end - 1;
    for (let i = s.first; i < s.end; i++) {
      sentenceOf[i] = si;
      const t = tokens[i]!;
      if (t.quote >= 0 || byline) continue;
      const w = t.lower;
      // Only after a person is named: in "Her neighbor, Luis Ortega, disagrees" the "her" is someone else's.
      const named = found.length > 0;
      if (named && MALE_WORDS.has(w)) male++;
      else if (named && FEMALE_WORDS.has(w)) female++;
      if (w === 'he' || w === 'she') {
        // Resolved in text order, so a later "he" can follow this one back to the same person.
        const target = pronounTarget(ctx, w, i);
        if (target) {
          ctx.pronouns.set(i, target);
          found.push({ token: i, name: target.name, kind: target.kind });
        }
        continue;
      }
      if (!isCapitalized(t) || NOT_NAMES.has(t.text)) continue;
      let end = nameRunEnd(tokens, i, s.end);
      // "among Donald Trump’s detractors": a possessive closes the name it belongs to, so "Trump" is known later.
      if (end < s.end && isPossessiveName(tokens[end]!)) end++;
      for (let k = i + 1; k < end; k++) sentenceOf[k] = si;
      const phrase = nameInRun(tokens, i, end);
      const honorific = ownValue(HONORIFIC_GENDER, tokens[phrase.first - 1]?.text ?? '');
      const titled = phrase.first > i;
      i = end - 1;
      if (phrase.kind !== 'person' && phrase.kind !== 'organization') continue;
      const name = withoutPossessive(spanText(ctx, phrase.first, phrase.end));
      // "USA TODAY NETWORK", "BREAKING NEWS": a run in capitals is a label or a banner, no one "he" refers to.
      if (phrase.kind === 'person' && inCapitals(name)) continue;
      const words = name.split(' ');
      // A lone capitalised word is a person only when it is a known surname or follows a title; otherwise it is
      // as likely a place ("Arizona") or a demonym ("Georgian").
      if (phrase.kind === 'person' && words.length === 1 && !titled && !ctx.fullNameBySurname.has(name)) {
        if (!ORG_WORDS.has(name)) continue;
      }
      if (phrase.kind === 'organization' && words.length >= 2 && !ctx.orgByWord.has(words[0]!)) {
        ctx.orgByWord.set(words[0]!, name);
        ctx.orgByWord.set(words[words.length - 1]!.toLowerCase(), name);
      }
      if (phrase.kind === 'person' && words.length >= 2 && words.length <= 4) {
        const surname = words[words.length - 1]!;
        nameSurname(surname, name, headline);
        // "Liu Wenjing" is later "Liu": a first word that is no known first name may be the family name.
        const head = words[0]!;
        if (words.length === 2 && !FIRST_NAME_GENDER.has(head)) nameSurname(head, name, headline);
        // "Marieke de Vries" is later "De Vries", "Jan van der Berg" "Van der Berg": the surname starts at the
        // first particle.
        const particle = words.findIndex((x, k) => k > 0 && /^[a-z]/.test(x));
        if (words.length >= 3 && particle > 0 && particle < words.length - 1) {
          const compound = words.slice(particle).join(' ');
          const capital = compound.charAt(0).toUpperCase() + compound.slice(1);
          for (const key of [compound, capital]) nameSurname(key, name, headline);
        }
        const g = honorific ?? FIRST_NAME_GENDER.get(words[0]!);
        if (g && !ctx.gender.has(name)) ctx.gender.set(name, g);
      }
      if (phrase.kind === 'person') {
        // Titles before the name, whether or not the capitalised run took them in ("U.S. President Joe Biden").
        for (
          let k = phrase.first - 1;
          k >= s.first && k >= phrase.first - 4 && TITLES.has(tokens[k]!.text);
          k--
        )
          addRole(ctx.roles, tokens[k]!.text, phrase.first, name);
        // "Kremlin foreign policy aide Arkady Lomov": a lower-case role noun right before the name.
        const roleWord = tokens[phrase.first - 1];
        if (roleWord && roleWord.quote < 0 && roleWord.text === roleWord.lower && phrase.first - 1 >= s.first)
          addRole(ctx.roles, roleWord.text, phrase.first, name);
        const before = roleBefore(tokens, phrase.first, s.first);
        if (before) addRole(ctx.roles, before, phrase.first, name);
        const role = appositiveRole(tokens, phrase.end, s.end);
        if (role) addRole(ctx.roles, role, phrase.first, name);
      }
      found.push({
        token: phrase.first,
        name,
        kind: phrase.kind,
        oblique: afterPreposition(tokens, phrase.first),
        reports: SAYING_FORMS.has(tokens[phrase.end]?.lower ?? ''),
      });
    }
    // A sentence about one person with only "he" or only "she" pronouns tells that person's gender.
    const people = new Set(found.filter((m) => m.kind === 'person').map((m) => fullName(ctx, m.name)));
    if (people.size === 1 && male > 0 !== female > 0) {
      const only = [...people][0]!;
      if (!ctx.gender.has(only)) ctx.gender.set(only, male > 0 ? 'male' : 'female');
    }
  });
  return ctx;
}

const SAYING_FORMS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

const ARTICLES = new Set(['the', 'a', 'an']);

const MAX_HEADLINE_WORDS = 20;

// Length of the text's first line when it reads as a headline: short, with more text after it.
function headlineLength(text: string): number {
  const end = text.indexOf('\n');
  if (end <= 0) return 0;
  return text.slice(0, end).split(/\s+/).length <= MAX_HEADLINE_WORDS ? end : 0;
}

// "the governor of the Bank of Korea, Choi Eun-ha,": a role standing before the name as its appositive.
function roleBefore(tokens: Token[], nameFirst: number, floor: number): string | null {
  if (tokens[nameFirst - 1]?.text !== ',') return null;
  for (let k = nameFirst - 2; k > floor && k > nameFirst - 11; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) return null;
    if (tokens[k - 1]!.lower === 'the' && t.text === t.lower && roleOf(t.text)) return t.text;
  }
  return null;
}

function isPossessiveName(t: Token): boolean {
  return t.quote < 0 && isCapitalized(t) && isPossessive(t.text) && !NOT_NAMES.has(withoutPossessive(t.text));
}

// Words before a name that make it an object, not the subject a later "he" or "she" refers back to: "For black
// voters in states like South Carolina, he said", "After meeting Obama, she said".
const PREPOSITIONS_BEFORE = new Set(
  'in at of like from to with by about for on against than into among including after before'.split(' '),
);

// True when the word before a name, past its titles and article, is a preposition: the name is an object inside a
// phrase ("like Trump", "In New York", "at a New Hampshire Elks lodge").
function afterPreposition(tokens: Token[], first: number): boolean {
  let k = first - 1;
  // "in U.S. Sen. Chuck Grassley's", "Secretary of State John Kerry": titles the name left out stand between.
  const title = (j: number) => TITLES.has(tokens[j]?.text ?? '');
  while (
    k >= 0 &&
    (title(k) || ARTICLES.has(tokens[k]!.lower) || (tokens[k]!.lower === 'of' && title(k - 1)))
  )
    k--;
  // "As for Trump, he said": the topic named is who the pronoun goes on about.
  if (tokens[k]?.lower === 'for' && tokens[k - 1]?.lower === 'as') return false;
  return PREPOSITIONS_BEFORE.has(tokens[k]?.lower ?? '');
}

function fullName(ctx: SpeakerContext, name: string): string {
  const full = ctx.fullNameBySurname.get(name);
  return full && full.length > name.length ? full : name;
}

function pronounTarget(ctx: SpeakerContext, pronoun: string, at: number): Mention | null {
  const want: Gender | null = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  const kinds = pronoun === 'they' || pronoun === 'it' ? ['organization', 'group'] : ['person'];
  const si = ctx.sentenceOf[at] ?? 0;
  const fits = (m: Mention) => {
    if (!kinds.includes(m.kind)) return false;
    const g = ctx.gender.get(fullName(ctx, m.name));
    return !want || !g || g === want;
  };
  // Same sentence: the first fitting name before the pronoun (usually the subject); then earlier sentences. A name
  // governed by a preposition ("But like Trump, Rubio holds …", "In New York, … Clinton proposed …") is taken only
  // when no other name fits; the first such is kept as the fallback on the way.
  let fallback: Mention | null = null;
  for (const m of ctx.mentions[si] ?? []) {
    if (m.token >= at || !fits(m)) continue;
    if (!m.oblique) return m;
    fallback ??= m;
  }
  // "Webb’s lawyer, Jamal Whitlow, said …. “…,” he said": a possessor is rarely the one who goes on speaking.
  const owned = (m: Mention) => /[’']s$/.test(ctx.tokens[m.token + m.name.split(' ').length - 1]?.text ?? '');
  for (let s = si - 1; s >= 0 && s >= si - LOOK_BACK_SENTENCES; s--) {
    // One pass over the sentence's names, in order: "…, and Grassley … are in trouble, Tester said. He said …": the
    // one who spoke goes on speaking; else the first name that is no possessor; else the first.
    let speaking: Mention | null = null;
    let plain: Mention | null = null;
    let any: Mention | null = null;
    let obliquePlain: Mention | null = null;
    let obliqueAny: Mention | null = null;
    for (const x of ctx.mentions[s] ?? []) {
      if (!fits(x)) continue;
      if (x.oblique) {
        obliqueAny ??= x;
        if (!obliquePlain && !owned(x)) obliquePlain = x;
        continue;
      }
      if (x.reports) {
        speaking = x;
        break;
      }
      any ??= x;
      if (!plain && !owned(x)) plain = x;
    }
    const m = speaking ?? plain ?? any;
    if (m) return m;
    fallback ??= obliquePlain ?? obliqueAny;
  }
  return fallback;
}

// A possessive pronoun ("his claim that …") refers back the way its subject form does.
const POSSESSIVE_TO_SUBJECT: Readonly<Record<string, string>> = {
  his: 'he',
  her: 'she',
  their: 'they',
  its: 'it',
};

/** Resolves a speaker phrase to a named speaker: titles folded, surnames expanded, pronouns followed back. */
export function resolveSpeaker(ctx: SpeakerContext, phrase: SpeakerPhrase): Speaker {
  const mention = { start: ctx.tokens[phrase.first]!.start, end: ctx.tokens[phrase.end - 1]!.end };
  const raw = ctx.text.slice(mention.start, mention.end);
  if (phrase.kind === 'pronoun') {
    // "He’s comparing …": a contracted pronoun refers back as the pronoun does.
    const bare = raw.toLowerCase().replace(/[’'](?:s|re|d|ll|ve)$/, '');
    const pronoun = ownValue(POSSESSIVE_TO_SUBJECT, bare) ?? bare;
    const target = ctx.pronouns.get(phrase.first) ?? pronounTarget(ctx, pronoun, phrase.first);
    if (target) {
      const name = fullName(ctx, target.name);
      if (target.kind === 'person' && (pronoun === 'he' || pronoun === 'she') && !ctx.gender.has(name)) {
        ctx.gender.set(name, pronoun === 'he' ? 'male' : 'female');
      }
      return { name, kind: target.kind, mention };
    }
    return { name: raw, kind: pronoun === 'they' ? 'group' : 'unknown', mention };
  }
  const name = withoutPossessive(raw.replace(/^(the|The)\s+/, ''));
  if (phrase.kind === 'person') {
    const single = !name.includes(' ');
    if (single && ORG_WORDS.has(name) && !ctx.fullNameBySurname.has(name)) {
      return { name, kind: 'organization', mention };
    }
    const org = single && !ctx.fullNameBySurname.has(name) ? ctx.orgByWord.get(name) : undefined;
    if (org) return { name: org, kind: 'organization', mention };
    return { name: fullName(ctx, name), kind: 'person', mention };
  }
  // Organisations and groups keep the words the article uses ("the ministry", "the teachers’ union"); a group
  // drops its post-modifier and a vague quantifier ("some investors at the fund" → "investors").
  if (phrase.kind === 'group') {
    const held = roleHolder(ctx, phrase);
    if (held) return { name: held, kind: 'person', mention };
    const name = groupName(raw);
    const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
    return { name, kind: DOCUMENT_HEADS.has(head) ? 'document' : 'group', mention };
  }
  return { name, kind: phrase.kind, mention };
}

// Documents and bodies that report: "the study found", "the report said", "the ruling states".
const DOCUMENT_HEADS = new Set(
  'study studies report reports paper survey surveys poll polls analysis review audit memo letter filing ruling order verdict judgment findings research document documents statement'.split(
    ' ',
  ),
);

const POST_MODIFIER = / (?:at|of|for|from|in|with|to|who|close to|familiar with|near|briefed on) /;
const QUANTIFIER = /^(?:some|many|several|most|other) /i;

// "two of the people", "one of the firefighters": the part names the group it is taken from.
const PART_OF = /^(?:one|two|three|four|five|some|many|several|most|all|none|both|each|few) of (?:the )?/i;

function groupName(raw: string): string {
  const whole = raw.replace(PART_OF, '');
  const cut = POST_MODIFIER.exec(whole);
  const head = cut ? whole.slice(0, cut.index) : whole;
  return head.replace(QUANTIFIER, '');
}

// "the senator", "the US president": the latest person the text named with that role, when the phrase is a
// definite singular role and nothing else.
function roleHolder(ctx: SpeakerContext, phrase: SpeakerPhrase): string | null {
  if (ctx.tokens[phrase.first]!.lower !== 'the' || phrase.end - phrase.first > 4) return null;
  const role = roleOf(ctx.tokens[phrase.end - 1]!.text);
  if (!role) return null;
  const name = latestWithRole(ctx.roles, role, phrase.first);
  return name ? fullName(ctx, name) : null;
}
