import type { Sentence } from '../text/sentences.ts';
import { cueAt } from './cue-match.ts';
import { cueOf, emitRegion, type Work } from './emit.ts';
import { sourceAfter } from './speaker-after.ts';
import { isNameWord } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';

const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);
const MAX_GAP = 3;

/**
 * Finds the passive report of quoted words with its source after "by": `The loss was described as “heartbreaking”
 * by the department` gives the department's direct quote “heartbreaking”.
 */
export function findPassiveQuotes(work: Work, ctx: SpeakerContext, sentence: Sentence): void {
  const { tokens, regions } = work;
  for (let i = sentence.first + 1; i < sentence.end; i++) {
    if (work.used[i] || !BE_FORMS.has(tokens[i - 1]!.lower)) continue;
    const cue = cueAt(tokens, i, sentence.end);
    if (!cue || !cue.entry.past) continue;
    // "described as “…”", "called “…”": the quoted words follow within a word or two.
    let k = cue.end;
    while (k < sentence.end && k < cue.end + MAX_GAP && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0)
      k++;
    if (tokens[k]?.kind !== 'quote') continue;
    const region = regions[tokens[k + 1]?.quote ?? -1];
    if (!region || region.close < 0) continue;
    let by = region.close + 1;
    while (by < sentence.end && tokens[by]!.kind === 'punct' && tokens[by]!.text !== '.') by++;
    if (tokens[by]?.lower !== 'by') continue;
    let phrase = sourceAfter(tokens, by + 1, sentence.end);
    if (!phrase) continue;
    // "by the state Department of Marine Resources": a group phrase holding a name is that organisation.
    if (phrase.kind === 'group') {
      let name = phrase.first;
      while (name < phrase.end && !isNameWord(tokens[name])) name++;
      if (name < phrase.end) phrase = { first: name, end: phrase.end, kind: 'organization' };
    }
    for (let u = cue.first; u < cue.end; u++) work.used[u] = 1;
    emitRegion(work, region, cueOf(work, cue), resolveSpeaker(ctx, phrase));
    i = region.close;
  }
}
