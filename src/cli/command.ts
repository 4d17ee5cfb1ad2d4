/** Where a command reads and writes; a seam so tests can run commands without a process. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One CLI command: `npx counterclaim <name> ...`. */
export interface Command {
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** Usage text printed by `counterclaim <name> --help`. */
  usage: string;
  /** The commands of a group (`eval quotes`), so `--help` after one of them explains that one. */
  subcommands?: readonly Command[];
  /** Runs the command and resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** The process's own standard streams. */
export const processIo: CommandIo = {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
