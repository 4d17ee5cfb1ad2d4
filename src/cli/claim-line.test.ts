import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { claimLine } from './claim-line.ts';
import type { CommandIo } from './command.ts';
import { main } from './main.ts';

const asString = {
  id: 'a',
  text: 'The Kremlin said nine prisoners from each side would be exchanged',
  speaker: 'Yuri Ushakov',
  source: 'Global Wire',
  url: 'https://wire.test/a.html',
  date: '2025-05-19',
};
const asObject = {
  id: 'b',
  text: 'The White House said twelve prisoners from each side would be exchanged',
  speaker: { name: 'Karoline Leavitt', kind: 'person' },
  source: { outlet: 'The Ledger', domain: 'ledger.test', url: 'https://ledger.test/b.html' },
};

async function run(argv: (dir: string) => string[], files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'cc-line-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdin: Readable.from(['']),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  const code = await main(argv(dir), io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('one claim line for every command', () => {
  it('reads the speaker as a name or as an object, and the source as an outlet or an object', () => {
    expect(claimLine(asString)).toEqual({
      id: 'a',
      text: asString.text,
      speaker: 'Yuri Ushakov',
      source: 'Global Wire',
      url: 'https://wire.test/a.html',
      date: '2025-05-19',
    });
    expect(claimLine(asObject)).toEqual({
      id: 'b',
      text: asObject.text,
      speaker: 'Karoline Leavitt',
      source: 'The Ledger',
      url: 'https://ledger.test/b.html',
    });
    expect(() => claimLine({ text: 'x', speaker: 3 })).toThrow(/speaker/);
    expect(() => claimLine({ speaker: 'x' })).toThrow(/text/);
  });

  const lines = `${JSON.stringify(asString)}\n${JSON.stringify(asObject)}\n`;

  it('import accepts both', async () => {
    const { code, out, err } = await run((d) => ['import', join(d, 'c.jsonl')], { 'c.jsonl': lines });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('2 claims');
  });

  it('conflicts accepts both, and answers for each', async () => {
    const { code, out, err } = await run((d) => ['conflicts', '--store', join(d, 'c.jsonl')], {
      'c.jsonl': lines,
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; conflicts: unknown[] });
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('judge accepts both as the sides of a pair', async () => {
    const pair = JSON.stringify({ id: 'p', a: asString, b: asObject });
    const { code, out, err } = await run((d) => ['judge', join(d, 'p.jsonl')], { 'p.jsonl': `${pair}\n` });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ id: 'p' });
  });
});
