/**
 * Typed errors. Three kinds (style guide P11):
 * - DecodeError: wire garbage (bad length, unknown type, truncated EXI). Callers drop/answer, never crash.
 * - ConfigError: bad configuration, all problems at once, each with its key path.
 * - HardwareError: a port could not be opened or a native addon is missing; carries an install hint.
 */

export class CcsError extends Error {
  readonly code: string;
  readonly context: Record<string, unknown>;

  constructor(code: string, message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.context = context;
  }
}

/** Malformed input from the wire. `offset` is in bytes, or in bits when `unit` is 'bit'. */
export class DecodeError extends CcsError {
  readonly offset: number;
  readonly unit: 'byte' | 'bit';

  constructor(message: string, offset = 0, unit: 'byte' | 'bit' = 'byte', context: Record<string, unknown> = {}) {
    super('DECODE', `${message} (at ${unit} ${offset})`, { ...context, offset, unit });
    this.offset = offset;
    this.unit = unit;
  }
}

/** A value that cannot be encoded (missing mandatory field, out of range...). `path` names the field. */
export class EncodeError extends CcsError {
  readonly path: string;

  constructor(message: string, path = '', context: Record<string, unknown> = {}) {
    super('ENCODE', path ? `${path}: ${message}` : message, { ...context, path });
    this.path = path;
  }
}

export interface ConfigProblem {
  /** Dotted key path, e.g. `hal.pwm.pin`. */
  key: string;
  message: string;
}

export class ConfigError extends CcsError {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[], source = 'config') {
    super(
      'CONFIG',
      `invalid ${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems
        .map((p) => `  - ${p.key}: ${p.message}`)
        .join('\n')}`,
      { problems },
    );
    this.problems = problems;
  }
}

export class HardwareError extends CcsError {
  readonly hint: string;

  constructor(message: string, hint = '', context: Record<string, unknown> = {}) {
    super('HARDWARE', hint ? `${message}\n  hint: ${hint}` : message, { ...context, hint });
    this.hint = hint;
  }
}

/** Lazily import an optional native addon, turning a missing module into an actionable HardwareError. */
export async function importOptional<T>(name: string, installHint: string): Promise<T> {
  try {
    const mod = (await import(name)) as { default?: T } & T;
    return (mod.default ?? mod) as T;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new HardwareError(`optional module '${name}' could not be loaded: ${e.message.split('\n')[0]}`, installHint, {
      module: name,
    });
  }
}
