import { describe, expect, it } from 'vitest';
import type { Claim } from '../claim.ts';
import { claimId } from '../claim-id.ts';
import { claimLine, jsonlHeaderLine, serializeClaims } from './jsonl.ts';
import { IMPORT_LIMITS } from './limits.ts';
import { parseImport } from './parse-import.ts';

const url = 'https://ledger.test/2025/call';
const full: Claim = {
  id: claimId(url, 'We will start negotiations', 'Donald Trump'),
  text: 'We will start negotiations',
  speaker: { name: 'Donald Trump', kind: 'person' },
  cue: { text: 'said', lemma: 'say', stance: 'assert' },
  kind: 'direct',
  source: {
    outlet: 'The Ledger',
    domain: 'ledger.test',
    url,
    headline: 'Two accounts',
    published: '2025-05-19',
  },
  collected: 1_750_000_000_000,
  origin: 'page',
  keys: { terms: ['start', 'negoti'], entities: ['donald_trump'], numbers: [] },
  selectors: [
    { type: 'TextQuoteSelector', exact: 'We will start negotiations', prefix: '“', suffix: ',” he said' },
    { type: 'TextPositionSelector', start: 120, end: 146 },
  ],
};
const bare: Claim = {
  id: 'abc',
  text: 'The call lasted two hours',
  speaker: null,
  cue: null,
  kind: 'statement',
  source: { outlet: 'Wire', domain: 'wire.test', url: 'https://wire.test/a' },
  collected: 5,
  origin: 'factcheck',
  keys: { terms: [], entities: [], numbers: [] },
  rating: { name: 'Mostly true', value: 4, best: 5, worst: 1, reviewer: 'Checkers' },
};

describe('claim lines', () => {
  it('give back the same claims after export and import', () => {
    const text = serializeClaims([full, bare], Date.UTC(2025, 5, 1));
    expect(text.split('\n')[0]).toBe(
      '{"format":"counterclaim-claims","version":1,"exported":"2025-06-01T00:00:00.000Z","count":2}',
    );
    expect(parseImport(text)).toEqual({ format: 'jsonl', claims: [full, bare], rejected: [] });
  });

  it('read bare claim lines without a header, skipping blank lines and CRLF', () => {
    const text = `\r\n${claimLine(full).replace('\n', '\r\n')}\n${claimLine(bare)}`;
    expect(parseImport(text).claims).toEqual([full, bare]);
  });

  it('refuse the whole file when one line is bad, naming each bad line', () => {
    const badText = { ...full, text: 'x'.repeat(2_001) };
    const badOrigin = { ...bare, origin: 'stolen' };
    const text = [
      jsonlHeaderLine(0).trim(),
      claimLine(full).trim(),
      JSON.stringify(badText),
      '{oops',
      JSON.stringify(badOrigin),
    ].join('\n');
    const parsed = parseImport(text);
    expect(parsed.claims).toEqual([]);
    expect(parsed.rejected).toEqual([
      { line: 3, reason: 'text: 2001 characters, at most 2000 allowed' },
      { line: 4, reason: expect.stringContaining('not valid JSON') },
      { line: 5, reason: 'origin: expected one of page, feed, import, selection, factcheck' },
    ]);
  });

  it('refuse a cut-off file, another version, and an empty file', () => {
    const cut = jsonlHeaderLine(0, 3) + claimLine(full);
    expect(parseImport(cut).rejected).toEqual([
      { line: 1, reason: 'header says 3 claims, the file has 1: is it cut off?' },
    ]);
    const v2 = '{"format":"counterclaim-claims","version":2,"exported":"x"}\n' + claimLine(full);
    expect(parseImport(v2).rejected[0]).toEqual({
      line: 1,
      reason: 'version 2: this Counterclaim reads version 1',
    });
    expect(parseImport('\n \n').rejected).toEqual([{ line: 0, reason: 'the file holds no claims' }]);
  });

  it('accept claims stored while the export ran beyond the header count, and nothing else', () => {
    const exportedAt = full.collected + 3_600_000;
    const during = { ...bare, collected: exportedAt + 5_000 };
    const grown = jsonlHeaderLine(exportedAt, 1) + claimLine(full) + claimLine(during);
    expect(parseImport(grown).rejected).toEqual([]);
    const foreign = jsonlHeaderLine(exportedAt, 1) + claimLine(full) + claimLine(bare);
    expect(parseImport(foreign).rejected).toEqual([
      { line: 1, reason: 'header says 1 claims, the file has 2: is it cut off?' },
    ]);
    expect(parseImport(jsonlHeaderLine(exportedAt) + claimLine(full) + claimLine(bare)).rejected).toEqual([]);
  });

  it('strip control and bidi-override characters, drop unknown fields, and compute a missing id', () => {
    const { id: _id, ...rest } = full;
    const dirty = { ...rest, text: 'We will\u0000 start\u202e negotiations', html: '<b>x</b>' };
    const [claim] = parseImport(JSON.stringify(dirty)).claims;
    expect(claim).toEqual(full);
  });

  it('check shapes: speaker kinds, selectors, URLs, key counts', () => {
    const cases: [unknown, string][] = [
      [
        { ...full, speaker: { name: 'X', kind: 'alien' } },
        'speaker.kind: expected one of person, organization, group, document, unknown',
      ],
      [
        { ...full, selectors: [full.selectors![0]] },
        'selectors: expected [TextQuoteSelector, TextPositionSelector]',
      ],
      [
        { ...full, source: { ...full.source, url: 'javascript:alert(1)' } },
        'source.url: expected an http(s) URL',
      ],
      [{ ...full, keys: { ...full.keys, terms: Array(129).fill('a') } }, 'keys.terms: 129 keys, at most 128'],
      [{ ...full, collected: -1 }, 'collected: expected a non-negative integer'],
      [{ ...full, id: 'a b' }, 'id: expected 1 to 64 letters, digits, "-" or "_"'],
      ['hello', 'claim: expected an object'],
    ];
    for (const [value, reason] of cases)
      expect(parseImport(JSON.stringify(value)).rejected).toEqual([{ line: 1, reason }]);
  });

  it('fill keys for claims that arrive without them', () => {
    const { keys: _keys, ...noKeys } = full;
    const keysFor = (c: Claim) => ({ terms: c.text.split(' '), entities: [], numbers: [] });
    expect(parseImport(JSON.stringify(noKeys), { keysFor }).claims[0]?.keys.terms).toEqual([
      'We',
      'will',
      'start',
      'negotiations',
    ]);
  });

  it('cap line length and file size, and stay fast on hostile input', () => {
    const long = `{"text":"${'a'.repeat(IMPORT_LIMITS.lineChars)}"}`;
    expect(parseImport(long).rejected[0]?.reason).toMatch(/^line is \d+ characters/);
    const started = performance.now();
    const hostile = `${'{"a":'.repeat(50_000)}\n${'\u0000 '.repeat(20_000)}\n${'['.repeat(10_000)}`;
    expect(parseImport(hostile).claims).toEqual([]);
    const many = Array.from({ length: 500 }, () => 'nope').join('\n');
    const report = parseImport(many).rejected;
    expect(report).toHaveLength(101);
    expect(report[100]).toEqual({ line: 0, reason: 'and 400 more lines not checked' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
