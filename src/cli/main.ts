import { processIo, type CommandIo } from './command.ts';
import { commands } from './commands/index.ts';

function help(): string {
  const width = Math.max(4, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: counterclaim <command> [options]',
    '',
    'Counterclaim finds attributed quotes in news text and the claims of other sources that conflict with them.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `counterclaim <command> --help` for the options of one command.',
    '',
  ].join('\n');
}

/** An error in words: a file the system could not open is named, not shown as a bare ENOENT. */
function describeError(error: unknown): string {
  const { code, path, message } = (error ?? {}) as { code?: unknown; path?: unknown; message?: unknown };
  if (typeof path === 'string' && code === 'ENOENT') return `${path}: no such file`;
  if (typeof path === 'string' && code === 'EISDIR') return `${path}: is a folder, not a file`;
  if (typeof path === 'string' && code === 'EACCES') return `${path}: not allowed to read it`;
  return typeof message === 'string' ? message : String(error);
}

/** Runs the CLI with the given arguments and resolves to the exit code. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`counterclaim: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    // `eval quotes --help` explains `eval quotes`; `eval --help` lists what eval can do.
    const sub = command.subcommands?.find((s) => s.name === rest[0]);
    io.stdout(`${(sub ?? command).usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`counterclaim ${name}: ${describeError(error)}\n`);
    return 1;
  }
}
