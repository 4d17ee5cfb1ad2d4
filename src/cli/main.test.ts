import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from './command.ts';
import { main } from './main.ts';

function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdin: Readable.from([stdin]),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return main(argv, io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'cc-cli-')), name);
  await writeFile(path, text);
  return path;
}

describe('counterclaim', () => {
  it.each([
    ['eval', 'quotes'],
    ['eval', 'conflicts'],
    ['bench', 'conflicts'],
    ['bench', 'store'],
  ])('%s %s --help prints that command’s usage, not the group’s', async (group, command) => {
    const { code, out } = await run([group, command, '--help']);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: counterclaim ${group} ${command}\\b`));
    expect(out).not.toContain('<what>');
  });

  it('eval --help still lists what eval can do', async () => {
    const { out } = await run(['eval', '--help']);
    expect(out).toContain('Usage: counterclaim eval <what>');
  });

  it.each([
    ['judge from an empty file', async () => ['judge', await file('empty.jsonl', '\n\n')]],
    ['judge from empty standard input', () => Promise.resolve(['judge'])],
    ['conflicts on an empty store', async () => ['conflicts', '--store', await file('store.jsonl', '')]],
    ['import of an empty file', async () => ['import', await file('empty.json', '  \n')]],
  ])('%s says "no input" on stderr and exits 1', async (_, argv) => {
    const { code, out, err } = await run(await argv());
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/no input/);
  });

  it.each([
    ['judge', 'pairs.jsonl'],
    ['conflicts', '--store', 'store.jsonl'],
    ['import', 'claims.jsonl'],
  ])('%s names a missing file instead of a raw ENOENT', async (...argv) => {
    const missing = join(tmpdir(), 'cc-no-such-folder', argv[argv.length - 1] ?? '');
    const { code, err } = await run([...argv.slice(0, -1), missing]);
    expect(code).toBe(1);
    expect(err).toContain(`${missing}: no such file`);
    expect(err).not.toContain('ENOENT');
  });
});
