import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

const said = (text: string) => extractQuotes(text).map((q) => [q.text, q.speaker.name]);

describe('colonSource', () => {
  it('reads a name alone before a colon as the speaker of the quote after it', () => {
    expect(
      said('TURNOUT IS UP - Michael P. McDonald: “At long last the contests have started.” More later.'),
    ).toEqual([['At long last the contests have started.', 'Michael P. McDonald']]);
  });

  it('leaves single-quoted headlines and colons after ordinary words alone', () => {
    expect(said('Kasich: ‘We Are Going All The Way To Cleveland.’ The crowd cheered loudly.')).toEqual([]);
    expect(said('The sign read as follows: “Keep out of the park after dark.”')).toEqual([]);
  });
});
