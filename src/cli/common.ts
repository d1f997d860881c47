/** Helpers shared by CLI commands: loading config from the usual flags, printing errors. */

import { readFileSync } from 'node:fs';
import { type LoadedConfig, loadConfig, parseSetArgs } from '../config/index.js';
import { CcsError } from '../core/errors.js';
import { createRootLogger, type Log } from '../core/log.js';
import { parsePiModel } from '../doctor/pi.js';
import type { CliIO } from './command.js';

/** parseArgs option definitions every config-using command accepts. */
export const CONFIG_OPTIONS = {
  config: { type: 'string', short: 'c' },
  set: { type: 'string', multiple: true },
} as const;

/** Load config from --config FILE, env and `--set k=v` plus command-specific overrides (dotted keys). */
export function loadFromArgs(
  values: { config?: string; set?: string[] },
  io: CliIO,
  overrides: Record<string, unknown> = {},
): LoadedConfig {
  const sets = parseSetArgs(values.set ?? []);
  const opts: Parameters<typeof loadConfig>[0] = { env: io.env, overrides: { ...sets, ...overrides } };
  if (values.config !== undefined) opts.file = values.config;
  const board = hostBoard();
  if (board) opts.board = board;
  return loadConfig(opts);
}

/** The Raspberry Pi this runs on (its model from the device tree), or undefined elsewhere: the hal keys are checked against it. */
function hostBoard(): ReturnType<typeof parsePiModel> {
  try {
    return parsePiModel(readFileSync('/proc/device-tree/model', 'utf8'));
  } catch {
    return undefined;
  }
}

export function loggerFor(cfg: LoadedConfig['config'], io: CliIO): Log {
  const f = cfg.general.logFormat;
  return createRootLogger({
    level: cfg.general.logLevel,
    pretty: f === 'auto' ? Boolean((io.stderr as { isTTY?: boolean }).isTTY) : f === 'pretty',
    destination: io.stderr,
  });
}

/** Print an error the way users should see it: the message (which for CcsErrors includes hints and key lists). */
export function reportError(err: unknown, io: CliIO): number {
  if (err instanceof CcsError) {
    io.stderr.write(`piccs: ${err.message}\n`);
    return 2;
  }
  const e = err as Error;
  io.stderr.write(`piccs: unexpected error: ${e?.stack ?? String(err)}\n`);
  return 1;
}
