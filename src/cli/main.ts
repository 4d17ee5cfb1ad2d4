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
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`counterclaim ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
