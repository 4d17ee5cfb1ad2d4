import type { Sentence } from '../text/sentences.ts';
import { isCapitalized } from '../text/tokenize.ts';
import { cueAt } from './cue-match.ts';
import { cueOf, emitSpan, type Work } from './emit.ts';
import { subjectBefore } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';

const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);
const ITEM_END = new Set([';', '.', ',']);

/**
 * Finds the points of a bulleted list introduced by a cue and a colon (`Abernathy also said:` then `- the state
 * would …;`): each point is that speaker's reported speech; a plain paragraph after the colon is one block.
 */
export function findBulletLists(work: Work, ctx: SpeakerContext, sentences: Sentence[]): void {
  const { tokens } = work;
  sentences.forEach((s, si) => {
    if (s.end - s.first < 3 || tokens[s.end - 1]!.text !== ':') return;
    const cue = cueAt(tokens, s.end - 2, s.end - 1);
    if (!cue || work.used[cue.first]) return;
    const phrase = subjectBefore(tokens, cue.first, s.first, cue);
    if (!phrase) return;
    const speaker = resolveSpeaker(ctx, phrase);
    const c = cueOf(work, cue);
    let paragraph = s.paragraph;
    const next = sentences[si + 1];
    // `In a speech last July, he said:` then a paragraph of his words set as a block, without quote marks.
    if (next && next.paragraph === paragraph + 1 && isCapitalized(tokens[next.first])) {
      let last = si + 1;
      while (sentences[last + 1]?.paragraph === next.paragraph) last++;
      emitSpan(work, next.first, sentences[last]!.end, c, speaker);
      return;
    }
    for (let j = si + 1; j < sentences.length; j++) {
      const item = sentences[j]!;
      // Each point is a paragraph of its own, opened by a bullet.
      if (item.paragraph !== paragraph + 1 || !BULLETS.has(tokens[item.first]!.text)) break;
      paragraph = item.paragraph;
      let last = j;
      while (sentences[last + 1]?.paragraph === paragraph) last++;
      let end = sentences[last]!.end;
      while (end > item.first + 1 && ITEM_END.has(tokens[end - 1]!.text)) end--;
      emitSpan(work, item.first + 1, end, c, speaker);
      j = last;
    }
  });
}
