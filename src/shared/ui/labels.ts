import type { QuoteKind, SpeakerKind, Stance } from '../../core/quotes/types.ts';

/** Quote kinds in words, for readers. */
export const quoteKindLabel: Record<QuoteKind, string> = {
  direct: 'direct quote',
  indirect: 'reported speech',
  mixed: 'partly quoted',
};

/** Speaker kinds in words, for readers. */
export const speakerKindLabel: Record<SpeakerKind, string> = {
  person: 'person',
  organization: 'organisation',
  group: 'group',
  document: 'study or report',
  unknown: 'speaker not named',
};

/** Cue stances in words, shown beside the cue when it is not a plain assertion. */
export const stanceLabel: Record<Stance, string> = {
  assert: 'asserts',
  deny: 'denies',
  hedge: 'hedges',
};
