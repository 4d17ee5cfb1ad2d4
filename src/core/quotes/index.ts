/** Attributed quotes: find every quote in a text, its reporting cue, and who said it. */
export { extractQuotes, type ExtractOptions } from './extract.ts';
export { CUE_FORMS, CUE_LEMMA_COUNT, type CueEntry, type CueFrame } from './cue-lexicon.ts';
export type { Cue, Quote, QuoteKind, Span, Speaker, SpeakerKind, Stance } from './types.ts';
export {
  confidentQuotes,
  isSpeechCue,
  quoteConfidence,
  readsAsClause,
  REPORT_CONFIDENCE,
} from './confidence.ts';
