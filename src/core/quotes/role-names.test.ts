import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker.name);

describe('role phrases and name particles', () => {
  it('resolves "the senator" and "the US president" to the latest person named with that role', () => {
    const text =
      'Senator Elizabeth Warren spoke in Boston. "We will win," the senator said.\n' +
      'U.S. President Joe Biden met Marieke de Vries, the Dutch minister. "Trade is fine," the US president said. ' +
      '"Yes," said the minister.';
    expect(speakers(text)).toEqual(['Elizabeth Warren', 'Joe Biden', 'Marieke de Vries']);
  });

  it('prefers the most recent holder of a role, and keeps a role nobody holds as a group', () => {
    const text =
      'Governor Ann Lee left office. Governor Tom Park took over. "We start today," the governor said. ' +
      '"It is a mess," the mayor said.';
    expect(speakers(text)).toEqual(['Tom Park', 'the mayor']);
  });

  it('expands a surname with one or two particles to the full name', () => {
    const text =
      'Jan van der Berg, a farmer, was angry. "It is unfair," Van der Berg said. Marieke de Vries agreed. "No," said De Vries.';
    expect(speakers(text)).toEqual(['Jan van der Berg', 'Marieke de Vries']);
  });
});
