/** Helpers shared by CLI commands: loading config from the usual flags, printing errors. */

import { readFileSync } from 'node:fs';
import { type LoadedConfig, loadConfig, parseSetArgs } from '../config/index.js';
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

/** The root logger on stderr (or `destination`, e.g. the live display's log stream, which writes to stderr). */
export function loggerFor(cfg: LoadedConfig['config'], io: CliIO, destination?: NodeJS.WritableStream): Log {
  const f = cfg.general.logFormat;
  return createRootLogger({
    level: cfg.general.logLevel,
    pretty: f === 'auto' ? Boolean((io.stderr as { isTTY?: boolean }).isTTY) : f === 'pretty',
    destination: destination ?? io.stderr,
  });
}

export { type CommandContext, reportError, UsageError } from './report.js';
