import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const claim = (i: number) => ({
  text: `The minister said ${i} schools would close on Monday.`,
  source: `Outlet ${i}`,
});

describe('counterclaim with its output cut short', () => {
  it('stops quietly when the reader of its output goes away, as `| head -1` does', async () => {
    const child = spawn(process.execPath, ['bin/counterclaim.js', 'judge'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The first line read, the reader leaves while thousands of lines are still to come.
    child.stdout.once('data', () => child.stdout.destroy());
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `p${i}`, a: claim(i), b: claim(i + 1) }),
    );
    // It exits with input unread, so writing the rest of it fails here: expected, not the test's concern.
    child.stdin.on('error', () => {});
    child.stdin.end(lines.join('\n') + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
