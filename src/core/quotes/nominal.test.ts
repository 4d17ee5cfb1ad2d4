import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

const find = (text: string, lemma: string) => {
  const q = extractQuotes(text).find((x) => x.cue.lemma === lemma);
  return (
    q && {
      content: q.text,
      speaker: q.speaker.name,
      mention: q.speaker.mention && text.slice(q.speaker.mention.start, q.speaker.mention.end),
    }
  );
};

describe('nominal cues', () => {
  it('reads a possessed claim as the possessor asserting the that-clause', () => {
    const text = 'Critics rejected Mr. Trump’s claim that the wall would pay for itself.';
    expect(find(text, 'claim')).toEqual({
      content: 'the wall would pay for itself',
      speaker: 'Trump',
      mention: 'Trump’s',
    });
  });

  it('follows a possessive pronoun back to its person', () => {
    const text = 'Mike Pence spoke in Ohio. He repeated his contention that the economy was weak.';
    expect(find(text, 'contention')).toMatchObject({
      content: 'the economy was weak',
      speaker: 'Mike Pence',
    });
  });

  it('takes the infinitive of a promise and the phrase after criticism of', () => {
    expect(find('Voters cheered his promise to build a wall on the border.', 'promise')?.content).toBe(
      'to build a wall on the border',
    );
    expect(
      find(
        'Ms. Warren roused the crowd with her criticism of the real estate developer, at length.',
        'criticism',
      ),
    ).toMatchObject({
      content: 'the real estate developer',
    });
  });

  it('reads "in X’s view" as the source of the clause beside it', () => {
    const text = 'In Ash’s view, the change would have a profound impact on the convention.';
    expect(find(text, 'in view')).toMatchObject({
      content: 'the change would have a profound impact on the convention',
      speaker: 'Ash',
    });
  });

  it('takes a source after "by", and leaves a that-clause with no source alone', () => {
    expect(
      find('Officials rejected claims by intelligence agencies that the files were secret.', 'claims'),
    ).toMatchObject({
      content: 'the files were secret',
      speaker: 'intelligence agencies',
    });
    expect(find('There were claims that the vote was rigged.', 'claims')).toBeUndefined();
  });

  it('leaves a noun without a possessor alone, and support for a candidate is no quote', () => {
    expect(find('There were allegations that the vote was rigged.', 'allegations')).toBeUndefined();
    expect(find('He announced his support for the Ohio governor on Thursday.', 'support')).toBeUndefined();
  });
});
