import { describe, expect, it } from 'vitest';
import { parseFeedDate } from './feed-dates.ts';

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0200', '2003-06-10T02:00:00.000Z'],
    ['10 Jun 03 04:00 EST', '2003-06-10T09:00:00.000Z'],
    ['Sun, 7 Jan 2024 23:59:59 -05:30', '2024-01-08T05:29:59.000Z'],
    ['Jun 10 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['2003-12-13T18:30:02Z', '2003-12-13T18:30:02.000Z'],
    ['2003-12-13T18:30:02.25+01:00', '2003-12-13T17:30:02.250Z'],
    ['2003-12-13 18:30', '2003-12-13T18:30:00.000Z'],
    ['2024-01-16', '2024-01-16T00:00:00.000Z'],
  ])('reads %j', (value, iso) => {
    expect(parseFeedDate(value)).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '31 Feb 2024 10:00 GMT',
    '2024-13-01',
    'Tue, 10 Jun 2003 04:00:00 constructor',
    'x'.repeat(500),
  ])('gives undefined for %j', (value) => {
    expect(parseFeedDate(value)).toBeUndefined();
  });
});
