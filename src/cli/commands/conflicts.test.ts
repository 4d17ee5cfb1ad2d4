import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { conflictsCommand } from './conflicts.ts';

const lines = [
  {
    id: 'nine',
    text: 'Nine prisoners from each side will be exchanged.',
    speaker: 'Yuri Ushakov',
    source: 'Global Wire',
    url: 'https://wire.test/call',
    date: '2025-05-20',
  },
  {
    id: 'twelve',
    text: 'Twelve prisoners from each side will be exchanged.',
    speaker: 'a Ukrainian official',
    source: 'The Courier',
    url: 'https://courier.test/swap',
    date: '2025-05-21',
  },
  // The same account two years earlier: outside the window the extension searches.
  {
    id: 'old',
    text: 'Twelve prisoners from each side will be exchanged.',
    speaker: 'an official',
    source: 'Old Times',
    url: 'https://old.test/swap',
    date: '2023-01-01',
  },
];

async function run(args: string[]): Promise<{ code: number; rows: Record<string, unknown>[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-conflicts-'));
  const store = join(dir, 'store.jsonl');
  await writeFile(store, lines.map((l) => JSON.stringify(l)).join('\n'));
  const out: string[] = [];
  const io: CommandIo = { stdin: process.stdin, stdout: (t) => out.push(t), stderr: () => undefined };
  const code = await conflictsCommand.run(['--store', store, ...args], io);
  return { code, rows: out.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('counterclaim conflicts', () => {
  it('answers as the extension would: disputes with reasons, within the window, never the query itself', async () => {
    const { code, rows } = await run([]);
    expect(code).toBe(0);
    const nine = rows.find((r) => r.id === 'nine') as { conflicts: { id: string; reasons: unknown[] }[] };
    expect(nine.conflicts.map((c) => c.id)).toEqual(['twelve']);
    expect(nine.conflicts[0]?.reasons.length).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'old')).toEqual({ id: 'old', conflicts: [], otherAccounts: [] });
  });

  it('ranks every related claim with --all, each with its relation and tier', async () => {
    const { rows } = await run(['--all']);
    const nine = rows.find((r) => r.id === 'nine') as { conflicts: { id: string; tier: string }[] };
    expect(nine.conflicts[0]).toMatchObject({ id: 'twelve', tier: 'disputed' });
    expect(nine.conflicts.map((c) => c.id)).not.toContain('nine');
  });
});
