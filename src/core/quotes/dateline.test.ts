import { describe, expect, it } from 'vitest';
import { extractQuotes } from './extract.ts';

describe('a wire dateline before a report', () => {
  const reports = (text: string) => extractQuotes(text).map((q) => q.text);

  it('is no part of the clause before a trailing attribution', () => {
    expect(
      reports(
        'KYIV, Ukraine (AP) — Russian forces struck a power plant overnight, Ukrainian officials said Saturday.',
      ),
    ).toEqual(['Russian forces struck a power plant overnight']);
    expect(
      reports('SACRAMENTO, Calif. — The state will run out of water by August, officials warned.'),
    ).toEqual(['The state will run out of water by August']);
    expect(reports('LONDON, Dec 3 (Reuters) - Oil prices will rise next year, analysts said.')).toEqual([
      'Oil prices will rise next year',
    ]);
  });

  it('is no part of a mixed quote', () => {
    expect(
      reports('WASHINGTON (AP) — The economy is “on a solid path,” the Treasury secretary said.'),
    ).toEqual(['The economy is “on a solid path,”']);
  });

  it('leaves a sentence that only opens with a capitalised word as it is', () => {
    expect(reports('A SMALL town will vote in May, officials said.')).toEqual([
      'A SMALL town will vote in May',
    ]);
  });
});
