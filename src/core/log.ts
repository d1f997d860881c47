/**
 * Logging: one pino root created in app/ or cli/, a child per module ({mod: 'slac'}).
 * On a terminal the CLI pretty-prints; otherwise JSON lines (journald-friendly), synchronous so
 * the last lines before a power cut are not lost.
 */

import { Writable } from 'node:stream';
import { type LevelWithSilent, type Logger, pino } from 'pino';
import { roundFields } from './log-round.js';

export type Log = Logger;
export type LogLevel = LevelWithSilent;

export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface RootLogOptions {
  level: LogLevel;
  /** Human-readable lines instead of JSON (default: when stderr is a TTY). */
  pretty?: boolean;
  /** Where lines go (default: stderr, so stdout stays free for --json results). */
  destination?: NodeJS.WritableStream;
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** A tiny synchronous pretty printer (pino-pretty runs in a worker; we keep the control loop free of transports). */
function prettyStream(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const o = JSON.parse(line) as Record<string, unknown>;
          const { level, time, msg, mod, pid: _p, hostname: _h, ...rest } = o;
          const t = new Date(Number(time)).toISOString().slice(11, 23);
          const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
          out.write(
            `${t} ${(LEVEL_NAMES[Number(level)] ?? String(level)).padEnd(5)} ${mod ? `[${String(mod)}] ` : ''}${String(msg ?? '')}${extra}\n`,
          );
        } catch {
          out.write(`${line}\n`);
        }
      }
      cb();
    },
  });
}

export function createRootLogger(opts: RootLogOptions): Log {
  const dest = opts.destination ?? process.stderr;
  const pretty = opts.pretty ?? Boolean((dest as { isTTY?: boolean }).isTTY);
  const stream = pretty ? prettyStream(dest) : pino.destination({ dest: dest === process.stdout ? 1 : 2, sync: true });
  return pino(
    { level: opts.level, base: { pid: undefined, hostname: undefined }, formatters: { log: roundFields } },
    opts.destination && !pretty ? dest : stream,
  );
}

/** A logger that drops everything (for tests and pure tools). */
export function silentLogger(): Log {
  return pino({ level: 'silent' });
}

/** A logger whose lines are collected as objects, for tests that assert on logs. */
export function memoryLogger(level: LogLevel = 'debug'): { log: Log; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { log: pino({ level, formatters: { log: roundFields } }, sink), lines };
}

/**
 * A child whose info lines only show when the parent logs at debug (or trace): warnings and errors always pass.
 * `piccs sim` gives it to both sides, so its stdout timeline is the whole story at the default level.
 */
export function infoAtDebug(log: Log): Log {
  const verbose = log.isLevelEnabled('debug');
  return verbose || !log.isLevelEnabled('warn') ? log : log.child({}, { level: 'warn' });
}

export function childLog(log: Log, mod: string, bindings: Record<string, unknown> = {}): Log {
  return log.child({ mod, ...bindings });
}
