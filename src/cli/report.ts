/**
 * The one way every command reports a failure (cli/commands/* call it from their catch, main.ts for anything that
 * escapes): what is wrong on one line, for usage mistakes the command's synopsis, and an exit code.
 * - exit 2: the user's input: unknown option, bad option value, missing or unreadable file, bad config (every
 *   problem by key), hardware or addon missing (with its hint), a file that is not what it should be;
 * - exit 1: anything else (a bug): one line, the stack trace only at log level debug.
 */

import { CcsError } from '../core/errors.js';
import type { CliIO } from './command.js';

/** A mistake on the command line that no parser caught (a value out of its set, a missing argument). */
export class UsageError extends CcsError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** Who is reporting: the command's name and usage text, and its arguments (for `--set general.logLevel=debug`). */
export interface CommandContext {
  name: string;
  usage: string;
  argv?: readonly string[];
}

/** File-system error codes a user can cause by naming a file, in words. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
};

/** The usage text's synopsis: its first line and the indented lines continuing it (`[--opt ...]`, `piccs ...`). */
export function synopsis(usage: string): string {
  const lines = usage.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && !/^\s+(\[|piccs )/.test(l));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
}

/** node:util parseArgs errors as one short line: "unknown option '--bogus'", "option '--once' does not take ...". */
function parseArgsMessage(err: Error): string {
  const first = (err.message.split(/\.\s/)[0] ?? err.message).replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function wantsDebug(io: CliIO, argv: readonly string[] = []): boolean {
  const debug = (v: string | undefined) => v === 'debug' || v === 'trace';
  if (debug(io.env.PICCS_GENERAL_LOGLEVEL?.toLowerCase())) return true;
  return argv.some((a) => /general\.logLevel=(debug|trace)$/i.test(a));
}

/** One line for an error the user caused, or undefined when it is not one. */
function userMessage(err: unknown): { text: string; usage: boolean } | undefined {
  const e = err as NodeJS.ErrnoException | undefined;
  if (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))
    return { text: parseArgsMessage(e), usage: true };
  if (err instanceof UsageError) return { text: err.message, usage: true };
  if (typeof e?.code === 'string' && FILE_ERRORS[e.code]) {
    return {
      text: typeof e.path === 'string' ? `'${e.path}': ${FILE_ERRORS[e.code]}` : `${FILE_ERRORS[e.code]}`,
      usage: true,
    };
  }
  if (err instanceof CcsError) return { text: err.message, usage: false };
  return undefined;
}

/** Print `err` for the user and return the exit code (2 for their input, 1 for anything else). */
export function reportError(err: unknown, io: CliIO, cmd?: CommandContext): number {
  const who = cmd ? `piccs ${cmd.name}` : 'piccs';
  const debug = wantsDebug(io, cmd?.argv);
  const stack = (err as Error)?.stack;
  const user = userMessage(err);
  if (user) {
    const hint = user.usage && cmd ? `${synopsis(cmd.usage)}\n(piccs ${cmd.name} --help lists every option)\n` : '';
    io.stderr.write(`${who}: ${user.text}\n${hint}${debug && stack ? `${stack}\n` : ''}`);
    return 2;
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  io.stderr.write(
    `${who}: unexpected error: ${message}\n${
      debug && stack ? `${stack}\n` : '(a bug: PICCS_GENERAL_LOGLEVEL=debug shows the stack trace; please report it)\n'
    }`,
  );
  return 1;
}
