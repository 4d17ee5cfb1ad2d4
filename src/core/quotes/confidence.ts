import { CUE_FORMS } from './cue-lexicon.ts';
import type { Quote } from './types.ts';

/**
 * The confidence above which a quote is highlighted and kept as a claim. Chosen for precision: a wrong quote
 * becomes a wrong claim and then a false conflict, while a quote left out only costs one highlight.
 */
export const REPORT_CONFIDENCE = 0.5;

// Verbs that mostly report doing, wanting, planning, perceiving or finding, not saying: read as cues so the
// research figures keep their recall, but below the reporting threshold unless the content is quoted.
const WEAK_CUES: ReadonlySet<string> = new Set(
  `want plan intend seek expect offer attack decline order charge show find see learn realize recognize know understand hear consider seem appear support favor prefer prove rule begin continue allow request welcome encourage endorse oppose view address discuss talk_about speak_of speak_about refer_to echo thank praise laud hail commend defend champion tout blame criticize criticise slam blast condemn denounce decry lambaste chide rebuke mock ridicule express voice cite quote appraise question project estimate calculate determine establish threaten refuse demonstrate deride scoff ask_about tell_of go_on post respond answer comment highlight maintain sing chant sigh laugh figure imagine guess wonder`
    .split(/\s+/)
    .map((w) => w.replace('_', ' ')),
);

// Cues that take a noun phrase ("condemned the attack", "called for a ceasefire") report no clause of their own.
const OBJECT_CUES: ReadonlySet<string> = new Set(
  [...CUE_FORMS.values()].filter((e) => e.frame === 'o').map((e) => e.lemma),
);

// A content that is a clause has a finite verb: an auxiliary or modal, a past form, or a clitic.
const FINITE_WORDS = `is are was were be been has have had will would could should can may might must shall did does do
isn't aren't wasn't weren't won't didn't doesn't don't can't couldn't wouldn't hasn't haven't needs remains means
wants says goes makes seems looks lacks works matters belongs depends stands faces holds keeps knows plans thinks
expects puts takes gets gives comes fell kept went came made took gave got told said thought knew saw found left lost
won paid met ran rose grew began became brought bought held led meant sent spent stood struck understood felt built
broke chose drove fought flew sold shot spoke stole taught threw wrote cost hit hurt spread lay sat hung drew wore`;
const FINITE = new RegExp(
  `\\b(?:${FINITE_WORDS.trim().split(/\s+/).join('|')})\\b|[’'](?:s|re|ll|d|ve)\\b|n[’']t\\b|\\b[a-z]{3,}ed\\b`,
);
// A subject pronoun opening the content is a clause's subject: "said they support a proposal", "says he and
// Trump differ on Israel". An object never takes these forms.
const SUBJECT_OPENING = /^(?:he|she|they|we|I)\s+[a-z]/i;

/**
 * True for a cue that reports speech or belief by itself: a verb of saying, believing or reporting, not one of
 * doing, wanting, planning or finding, nor one that takes only a noun phrase ("condemned the attack").
 */
export function isSpeechCue(lemma: string): boolean {
  return !WEAK_CUES.has(lemma) && !OBJECT_CUES.has(lemma);
}

/** True when a reported content reads as a clause (or carries quoted words), not a bare noun phrase or infinitive. */
export function readsAsClause(content: string): boolean {
  if (/["“”«»]/.test(content)) return true;
  const plain = content.replace(/’/g, "'");
  // "plans to open three stores", "reported from Seoul": an infinitive or a place is no report.
  if (/^(?:to|from)\s/i.test(content)) return false;
  // "added 30 cents to $82.10", "rose 2% to …": an amount is a market move.
  if (/^[\d$€£¥]/.test(content)) return false;
  return SUBJECT_OPENING.test(content) || FINITE.test(plain);
}

// A content that opens as a noun phrase: an article, a possessive or a quantifier.
const NOUN_PHRASE_OPENING =
  /^(?:a|an|the|his|her|their|its|our|my|your|new|some|no|any|more|further|this|these|those)\s/i;
// Where a noun phrase's own modifier starts: a relative clause, a clause of time or manner, or a participle.
const MODIFIER_START = /\s(?:that|which|who|whom|whose|when|where|as)\s|,\s*[a-z]+ing\b/i;
// Nouns whose "that" opens what is reported, not a relative clause: "rejected the notion that …".
const CONTENT_NOUN_THAT =
  /^\S+\s(?:\S+\s)?(?:notion|idea|claims?|argument|assertion|suggestion|contention|assurance|allegations?|accusations?|charges?|view|belief|possibility|premise|theory|reports?|fact|impression|perception)\sthat\s/i;

/**
 * True when a content after its cue is a noun phrase whose only verbs are its modifier's: "recalled an incident at
 * a movie theater that left her friend in tears", "claimed responsibility for the attack, leading police to ask …".
 * The cue then reports no clause, whatever verbs the modifier holds.
 */
function nounPhraseObject(content: string, lemma: string): boolean {
  if (!NOUN_PHRASE_OPENING.test(content) || CONTENT_NOUN_THAT.test(content)) return false;
  const m = MODIFIER_START.exec(content);
  if (!m) return false;
  // "told his roommate that …", "wrote the local paper that …": the addressee, then the reported clause.
  if (ADDRESSEE_CUES.has(lemma) && m[0].trim() === 'that') return false;
  const head = content.slice(0, m.index).replace(/’/g, "'");
  // "argued a few days ago that …": a time before "that" is the cue's adverbial, and the clause follows it.
  if (TIME_BEFORE_THAT.test(head)) return false;
  return !SUBJECT_OPENING.test(head) && !FINITE.test(head);
}

const ADDRESSEE_CUES: ReadonlySet<string> = new Set(
  'tell write inform remind assure notify email advise'.split(' '),
);

const TIME_BEFORE_THAT =
  /\b(?:ago|day|week|month|year|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

// Verbs of believing and arguing take a clause, hardly ever an object: in "aides believe her efforts as a senator,
// promoting growth, will offset …" the noun phrase is the clause's subject.
const CLAUSE_TAKERS: ReadonlySet<string> = new Set(
  'say think believe insist argue suggest predict assert contend worry fear hope feel warn add'.split(' '),
);

// Verbs of instructing or committing report an order given or a promise made: "instructed governors to report
// within 48 hours", "vowed to veto the bill", "pledged to support the nominee".
const DIRECTIVES: ReadonlySet<string> = new Set([
  'instruct',
  'urge',
  'advise',
  'warn',
  'call on',
  'vow',
  'pledge',
  'promise',
  'propose',
  'swear',
]);

// Verbs of finding report when a document finds: "an Ipsos poll showed Trump leading the field", "the April survey
// found Clinton ahead". A person who "found" or "showed" something did, saw or proved it.
const FINDINGS: ReadonlySet<string> = new Set(['show', 'find', 'indicate', 'reveal', 'suggest', 'conclude']);
const DOCUMENT_WORDS =
  /\b(?:polls?|surveys?|study|studies|reports?|data|results|records|analysis|analyses|research|findings|figures)\b/i;

function documentFinding(q: Quote): boolean {
  if (!FINDINGS.has(q.cue.lemma)) return false;
  return q.speaker.kind === 'document' || (q.speaker.kind === 'group' && DOCUMENT_WORDS.test(q.speaker.name));
}

// An accusation states what its target did: "accused Trump of using divisive rhetoric", "blamed Russia for
// stealing data". Without "of" or "for" the verb takes only a noun phrase ("blamed the weather").
const ACCUSATIONS: ReadonlyMap<string, RegExp> = new Map([
  ['accuse', /^(?:\S+\s){1,5}?of\s/],
  ['blame', /^(?:\S+\s){1,5}?for\s/],
]);

const isAccusation = (q: Quote) => q.kind === 'indirect' && !!ACCUSATIONS.get(q.cue.lemma)?.test(q.text);

// Verbs of saying that take a clause and seldom a noun phrase: "said conservatives need to band together",
// "according to the poll, Clinton leads". What they report is a clause even when its verb is one the FINITE list
// does not know ("leads", "need"); only a short object ("said the same", "said nothing") or an amount is not.
const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'according to']);
// The cue must be the verb itself: a colon read as "said" ("The Latest: …") or "in the polls" read as "according
// to" keeps the clause test.
const SAYING_VERB_FORMS = /^(?:according to|said|says|say|saying)$/i;
const OBJECT_OPENINGS =
  /^(?:at|in|on|about|to|from|of|for|with|during|after|before|by|the same|nothing|something|anything|little|much|more|less|yes|no|so|otherwise|goodbye|hello|grace|a prayer|thanks|it|that|this|what|whatever|[\d$€£¥])\b/i;

function sayingWithClause(q: Quote): boolean {
  if (!SAYING_VERBS.has(q.cue.lemma) || !SAYING_VERB_FORMS.test(q.cue.text)) return false;
  const words = q.text.split(/\s+/).length;
  // What "according to" reports is the sentence around it, never its object.
  return words >= 4 && (q.cue.lemma === 'according to' || !OBJECT_OPENINGS.test(q.text));
}

/** Facts about a quote that its confidence weighs, beyond the quote itself. */
export interface ConfidenceFacts {
  /** The reported clause was introduced by "that". */
  thatClause: boolean;
  /** The quote lies inside the content of another quote of the same sentence ("said he believed …"). */
  nested: boolean;
  /** The speaker is "I" or "we" outside quotation marks: the writer of the page, as in a column. */
  writer?: boolean;
}

/** How sure the reading is that a quote is attributed speech with the right speaker, from 0 to 1. */
export function quoteConfidence(q: Quote, facts: ConfidenceFacts): number {
  const finding = documentFinding(q);
  const accusation = isAccusation(q);
  const weak =
    !finding &&
    !accusation &&
    (WEAK_CUES.has(q.cue.lemma) || (OBJECT_CUES.has(q.cue.lemma) && q.kind === 'indirect'));
  let c: number;
  if (q.kind === 'direct') c = weak ? 0.6 : 0.9;
  // What a poll or a study shows is reported whether or not it reads as a clause ("showed Trump leading").
  else if (finding && q.kind === 'indirect') c = 0.7;
  else if (accusation) c = 0.6;
  else if (q.kind === 'mixed') c = weak ? 0.55 : 0.85;
  // A weak verb with a that-clause can still report: "the study found that …", "she knew that …".
  // "rejected the idea that …", "dismissed claims that …": a noun with a that-clause names what is reported.
  else if (weak) c = facts.thatClause || /^(?:\S+\s){1,3}that\s/.test(q.text) ? 0.55 : 0.3;
  else c = q.cue.stance === 'hedge' ? 0.7 : 0.8;
  const directive = DIRECTIVES.has(q.cue.lemma) && /\bto [a-z]/.test(q.text);
  if (
    q.kind === 'indirect' &&
    !sayingWithClause(q) &&
    !finding &&
    !accusation &&
    !facts.thatClause &&
    !directive &&
    (!readsAsClause(q.text) ||
      (q.start > q.cue.start && !CLAUSE_TAKERS.has(q.cue.lemma) && nounPhraseObject(q.text, q.cue.lemma)))
  )
    c *= 0.5;
  if (facts.nested) c *= 0.55;
  if (facts.writer) c *= 0.3;
  if (q.speaker.kind === 'unknown') c *= q.kind === 'direct' ? 0.75 : 0.5;
  return Math.round(c * 100) / 100;
}

/** The quotes confident enough to highlight and keep as claims, in the order given. */
export function confidentQuotes<Q extends Pick<Quote, 'confidence'>>(
  quotes: readonly Q[],
  threshold = REPORT_CONFIDENCE,
): Q[] {
  return quotes.filter((q) => q.confidence >= threshold);
}
