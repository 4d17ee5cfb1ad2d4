import type { Command, CommandIo } from './command.ts';

/** A command made of named subcommands, like `counterclaim eval quotes FILE`. */
export function groupCommand(name: string, summary: string, subcommands: Command[]): Command {
  const usage = () =>
    [
      `Usage: counterclaim ${name} <what> [options]`,
      '',
      ...subcommands.map((s) => `  ${name} ${s.name.padEnd(10)} ${s.summary}`),
      '',
    ].join('\n');
  return {
    name,
    summary,
    subcommands,
    get usage() {
      return usage();
    },
    async run(args: string[], io: CommandIo) {
      const [what, ...rest] = args;
      const sub = subcommands.find((s) => s.name === what);
      if (!sub) {
        io.stderr(
          `counterclaim ${name}: say what to ${name}: ${subcommands.map((s) => s.name).join(', ')}\n`,
        );
        return 2;
      }
      if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(`${sub.usage.trimEnd()}\n`);
        return 0;
      }
      return sub.run(rest, io);
    },
  };
}
