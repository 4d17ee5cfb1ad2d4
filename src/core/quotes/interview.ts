import type { Sentence } from '../text/sentences.ts';
import type { Work } from './emit.ts';
import { isNameWord, nameInRun } from './speaker-phrase.ts';
import { resolveSpeaker, type SpeakerContext } from './speaker-resolver.ts';
import { FIRST_NAME_GENDER } from './first-names.ts';
import type { Speaker } from './types.ts';

const MAX_LABEL_WORDS = 3;

/**
 * Finds the answers of a question-and-answer interview: a paragraph opening with a known person's name and a colon
 * ("Varga: Because I kept writing…") is that person's direct quote, up to the paragraph's end.
 */
export function findInterviewAnswers(work: Work, ctx: SpeakerContext, sentences: Sentence[]): void {
  const { tokens } = work;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const first = sentence.first;
    if (first > 0 && tokens[first - 1]!.kind !== 'break') continue;
    let colon = first;
    while (colon < sentence.end && colon < first + MAX_LABEL_WORDS && isNameWord(tokens[colon])) colon++;
    if (colon === first || tokens[colon]?.text !== ':' || tokens[colon]!.quote >= 0) continue;
    // Only a name the article has introduced as a person labels an answer; "Update:" or "Note:" does not.
    const speaker = labelSpeaker(work, ctx, first, colon);
    if (!speaker) continue;
    let last = s;
    while (sentences[last + 1] && sentences[last + 1]!.paragraph === sentence.paragraph) last++;
    const startToken = colon + 1;
    const endToken = sentences[last]!.end;
    if (endToken - startToken < 2) continue;
    const start = tokens[startToken]!.start;
    const end = tokens[endToken - 1]!.end;
    const colonToken = tokens[colon]!;
    work.quotes.push({
      start,
      end,
      text: work.text.slice(start, end),
      kind: 'direct',
      cue: { start: colonToken.start, end: colonToken.end, text: ':', lemma: 'say', stance: 'assert' },
      speaker,
      confidence: 0,
    });
    for (let k = startToken; k < endToken; k++) work.used[k] = 1;
    s = last;
  }
}

// "Varga:", and in a transcript set in capitals "BENENSON:" or "JOEL BENENSON:": a person the article names, or
// a capitalised label that opens with a first name. A section label in capitals ("ENERGY:") is neither.
function labelSpeaker(work: Work, ctx: SpeakerContext, first: number, colon: number): Speaker | null {
  const { tokens } = work;
  const mention = { start: tokens[first]!.start, end: tokens[colon - 1]!.end };
  const raw = work.text.slice(mention.start, mention.end);
  if (raw === raw.toUpperCase() && /[A-Z]{2}/.test(raw)) {
    // Only names written in the article's running text count: a label in capitals names itself as well.
    const label = raw
      .toLowerCase()
      .split(' ')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ');
    const full = ctx.fullNameBySurname.get(label) ?? (introduced(ctx, label) ? label : null);
    const words = label.split(' ');
    const named = full ?? (words.length >= 2 && FIRST_NAME_GENDER.has(words[0]!) ? label : null);
    return named ? { name: named, kind: 'person', mention } : null;
  }
  const phrase = nameInRun(tokens, first, colon);
  if (phrase.kind !== 'person') return null;
  const label = work.text.slice(tokens[phrase.first]!.start, tokens[phrase.end - 1]!.end);
  if (!introduced(ctx, label)) return null;
  return resolveSpeaker(ctx, phrase);
}

// True when the article introduced someone by this name: a surname it knows, or a full name it gave.
function introduced(ctx: SpeakerContext, label: string): boolean {
  return ctx.fullNameBySurname.has(label) || [...ctx.fullNameBySurname.values()].includes(label);
}
