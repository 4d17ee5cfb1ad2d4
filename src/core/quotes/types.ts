/** A half-open range of UTF-16 offsets into the text that was analysed. */
export interface Span {
  start: number;
  end: number;
}

/** Whether a reporting cue asserts what follows, denies it, or hedges it. */
export type Stance = 'assert' | 'deny' | 'hedge';

/** The reporting verb or phrase that attributes a quote ("said", "according to"). */
export interface Cue extends Span {
  text: string;
  lemma: string;
  stance: Stance;
}

/**
 * What sort of speaker a quote is attributed to: a person, an organisation, a group of people, or a document or
 * body that reports (a study, a report, a poll, a court ruling).
 */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'document' | 'unknown';

/** Who said a quote: a resolved name, and the words in the sentence that name them (null when none do). */
export interface Speaker {
  name: string;
  kind: SpeakerKind;
  mention: Span | null;
}

/** Direct ("…," he said), indirect (he said that …), or mixed (reported speech with a quoted fragment). */
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** One attributed quote found in a text; start/end delimit its content. */
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  cue: Cue;
  speaker: Speaker;
  /** For a quote in several parts (paragraphs, or both sides of its attribution): each part's content; text joins them with " … ". */
  parts?: Span[];
  /** How sure the reading is that this is attributed speech with the right speaker, from 0 to 1. */
  confidence: number;
}
