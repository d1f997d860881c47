/**
 * The shape of one CLI subcommand. Each lives in cli/commands/<name>.ts and is listed in cli/commands/index.ts.
 * `run` returns the process exit code; stdout is for results (JSON lines with --json), stderr for logs.
 */

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /** True when stdout is a terminal (live progress lines allowed). */
  isTTY: boolean;
}

export interface Command {
  name: string;
  /** One line for `piccs --help`. */
  summary: string;
  /** Full usage text for `piccs <name> --help`. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
