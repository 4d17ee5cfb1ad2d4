import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { extractCommand, parseTextLine } from './extract.ts';

function io(input: string): { io: CommandIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdin: Readable.from([input]), stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    out,
    err,
  };
}

describe('counterclaim extract', () => {
  it('prints the quotes of plain text from stdin as JSON', async () => {
    const run = io('“We will win,” Ushakov said.');
    expect(await extractCommand.run(['-'], run.io)).toBe(0);
    const quotes = JSON.parse(run.out.join('')) as { text: string; speaker: { name: string } }[];
    expect(quotes).toMatchObject([{ text: 'We will win,', speaker: { name: 'Ushakov' } }]);
  });

  it('processes JSONL, reporting bad lines by number and keeping the good ones', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: '“Yes, we agreed,” the minister said.' }),
      'not json',
      JSON.stringify({ id: 'c' }),
      '{"id":"d","text":"x\\u0000y"}'.replace('\\u0000', '\u0000'),
      JSON.stringify({ id: 'e', text: 'Nothing said here.' }),
    ].join('\n');
    const run = io(lines);
    expect(await extractCommand.run(['--jsonl'], run.io)).toBe(1);
    const out = run.out.map((l) => JSON.parse(l) as { id: string; quotes: unknown[] });
    expect(out.map((o) => o.id)).toEqual(['a', 'e']);
    expect(out[0]!.quotes).toHaveLength(1);
    const errors = run.err.join('');
    expect(errors).toContain('line 2: not valid JSON');
    expect(errors).toContain('line 3: no "text" string field');
    expect(errors).toContain('line 4: binary data');
  });

  it('reads a text in the language --lang names, or guesses it', async () => {
    const text =
      'Le ministre est arrivé dans la ville pour une réunion avec les syndicats et les élus du département.\n' +
      '« Nous ne céderons pas », a déclaré Jean Dupont devant la presse, qui était au rendez-vous.';
    for (const lang of ['fr', 'auto']) {
      const run = io(text);
      expect(await extractCommand.run(['-', `--lang=${lang}`], run.io)).toBe(0);
      const quotes = JSON.parse(run.out.join('')) as { text: string; speaker: { name: string } }[];
      expect(quotes).toMatchObject([{ text: 'Nous ne céderons pas', speaker: { name: 'Jean Dupont' } }]);
    }
    const refused = io(text);
    expect(await extractCommand.run(['-', '--lang=xx'], refused.io)).toBe(2);
    expect(refused.err.join('')).toContain('--lang must be');
  });

  it('rejects an unknown option', async () => {
    expect(await extractCommand.run(['--nope'], io('').io)).toBe(2);
  });

  it('explains what is wrong with a line', () => {
    expect(parseTextLine('[1]')).toEqual({ error: 'not a JSON object' });
    expect(parseTextLine('{"id":1,"text":"t"}')).toEqual({ id: '1', text: 't' });
  });
});
