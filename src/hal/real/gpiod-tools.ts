/**
 * Digital I/O through the command-line tools of libgpiod (package `gpiod`), for systems whose libgpiod the
 * node-libgpiod addon cannot use: Raspberry Pi OS Trixie ships libgpiod 2, whose C API differs from the 1.x
 * node-libgpiod 0.5 is written against. The tools talk to the gpiochip character device themselves and exist
 * for both versions; their command lines differ, so the major version is detected once (`gpioset --version`).
 *
 * - An output is a `gpioset` process that holds the line at its value (v2 holds until signalled, v1 with
 *   --mode=signal); the line is requested with the value on its command line, so it starts at the safe level
 *   (active-low aware through -l) with no glitch. A new value replaces the process: the old one is signalled
 *   and the new one requests the line once the old one has released it (a few ms; in between the kernel
 *   leaves the pin driven at its last level).
 * - An input is read once with `gpioget` and then followed through `gpiomon` edge events (an edge in the few
 *   ms between the two is missed; the inputs piccs reads are levels that persist, e.g. contactor feedback).
 * - If piccs ends without close() (killed), its gpioset children keep holding their lines until systemd
 *   stops the service's cgroup and ExecStopPost drives them safe; the watchdog monostable cuts the drivers first.
 * The hardware watchdog (hw/watchdog.md) bounds the time to safe whatever these processes do.
 */

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { HardwareError } from '../../core/errors.js';
import type { DigitalIn, DigitalOut } from '../ports.js';
import type { GpioPin } from './gpio.js';

const run = promisify(execFile);

export const GPIOD_TOOLS_HINT =
  'sudo apt-get install gpiod (the gpioset/gpioget/gpiomon tools of libgpiod); the user needs access to /dev/gpiochipN (group gpio)';

export interface GpiodTools {
  /** libgpiod major version of the tools: their command lines differ. */
  major: 1 | 2;
  version: string;
  /** Directory of the tools ('' = PATH). */
  dir: string;
  /**
   * How long a new gpioset must stay alive to count as holding its line (it prints nothing when it does). The C
   * tool requests its line within a few ms; a holder signalled before it requested would leave the pin as it was.
   */
  holdConfirmMs: number;
}

/** Default `holdConfirmMs`: several times what the C tool needs to start and request on a Pi. */
export const GPIOSET_HOLD_CONFIRM_MS = 30;

const tool = (t: GpiodTools, name: string) => (t.dir ? `${t.dir}/${name}` : name);

/** 'gpioset (libgpiod) v2.1.3' -> 2.1.3. */
export function parseGpiodVersion(text: string): { major: 1 | 2; version: string } | undefined {
  const m = /v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const major = Number(m[1]);
  if (major !== 1 && major !== 2) return undefined;
  return { major, version: m[0].replace(/^v/, '') };
}

export async function detectGpiodTools(dir = '', holdConfirmMs = GPIOSET_HOLD_CONFIRM_MS): Promise<GpiodTools> {
  try {
    const { stdout } = await run(dir ? `${dir}/gpioset` : 'gpioset', ['--version'], { timeout: 5000 });
    const v = parseGpiodVersion(stdout);
    if (!v) throw new Error(`unknown version: ${stdout.split('\n')[0]}`);
    return { ...v, dir, holdConfirmMs };
  } catch (err) {
    throw new HardwareError(`gpiod tools not usable: ${(err as Error).message.split('\n')[0]}`, GPIOD_TOOLS_HINT);
  }
}

/** The chip argument: 'gpiochip4', or the default gpiochip0 for ''. */
const chipArg = (chip: string) => (chip ? chip.replace(/^\/dev\//, '') : 'gpiochip0');

/** gpioset's arguments holding `offset` at the logical `value` (active-low via -l). */
export function gpiosetArgs(t: GpiodTools, chip: string, pin: GpioPin, value: 0 | 1, consumer: string): string[] {
  const lowFlag = pin.activeLow ? ['-l'] : [];
  if (t.major === 2) return ['-c', chipArg(chip), '-C', consumer, ...lowFlag, `${pin.gpio}=${value}`];
  return ['--mode=signal', ...lowFlag, chipArg(chip), `${pin.gpio}=${value}`];
}

export interface ToolsOut extends DigitalOut {
  /** Resolves when the holder for the last commanded value runs (tests, close). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function openGpiodToolsOut(
  t: GpiodTools,
  chip: string,
  pin: GpioPin,
  consumer = 'piccs',
): Promise<ToolsOut> {
  let value = false;
  let holder: ChildProcess | undefined;
  let holding: boolean | undefined;
  let chain: Promise<void> = Promise.resolve();
  let failure: Error | undefined;

  const release = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });

  /** Start a holder at `on`; resolves once it runs (or rejects when it exits at once: busy line, no access). */
  const hold = (on: boolean) =>
    new Promise<ChildProcess>((resolve, reject) => {
      const p = spawn(tool(t, 'gpioset'), gpiosetArgs(t, chip, pin, on ? 1 : 0, consumer), {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      p.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
      });
      const early = (code: number | null) =>
        reject(
          new HardwareError(
            `gpioset ${chipArg(chip)} line ${pin.gpio}: exited (${code}) ${err.trim().split('\n')[0] ?? ''}`,
            GPIOD_TOOLS_HINT,
          ),
        );
      p.once('error', (e) => reject(new HardwareError(`gpioset: ${e.message}`, GPIOD_TOOLS_HINT)));
      p.once('exit', early);
      // gpioset prints nothing when it holds the line: it holds once it has not failed for a moment
      setTimeout(() => {
        p.off('exit', early);
        resolve(p);
      }, t.holdConfirmMs);
    });

  const apply = (on: boolean) => {
    chain = chain.then(async () => {
      if (holding === on && holder) return;
      if (holder) await release(holder);
      holder = undefined;
      try {
        holder = await hold(on);
        holding = on;
      } catch (err) {
        failure = err as Error;
      }
    });
  };

  apply(false);
  await chain;
  if (failure) throw failure;
  return {
    set: (on) => {
      value = on;
      apply(on);
    },
    get: () => value,
    settled: async () => {
      await chain;
      if (failure) throw failure;
    },
    close: async () => {
      value = false;
      apply(false);
      await chain;
      if (holder) await release(holder);
      holder = undefined;
    },
  };
}

/** gpioget's / gpiomon's arguments for one line. */
export function gpiogetArgs(t: GpiodTools, chip: string, pin: GpioPin): string[] {
  const lowFlag = pin.activeLow ? ['-l'] : [];
  if (t.major === 2) return ['--numeric', '-c', chipArg(chip), ...lowFlag, String(pin.gpio)];
  return [...lowFlag, chipArg(chip), String(pin.gpio)];
}

export function gpiomonArgs(t: GpiodTools, chip: string, pin: GpioPin): string[] {
  const lowFlag = pin.activeLow ? ['-l'] : [];
  // %e: event type, 1 = rising in both versions (v1: 0 falling, v2: 2 falling)
  if (t.major === 2) return ['-c', chipArg(chip), ...lowFlag, '--format', '%e', String(pin.gpio)];
  return [...lowFlag, '--format=%e', chipArg(chip), String(pin.gpio)];
}

/** '1', 'active', '"25"=active' -> true. */
export function parseGpiogetValue(out: string): boolean {
  const s = out.trim().split(/\s+/)[0]?.replace(/^.*=/, '') ?? '';
  if (s === '1' || s === 'active') return true;
  if (s === '0' || s === 'inactive') return false;
  throw new HardwareError(`gpioget: cannot read '${out.trim()}'`, GPIOD_TOOLS_HINT);
}

export async function openGpiodToolsIn(
  t: GpiodTools,
  chip: string,
  pin: GpioPin,
): Promise<DigitalIn & { close(): Promise<void> }> {
  let level: boolean;
  try {
    const { stdout } = await run(tool(t, 'gpioget'), gpiogetArgs(t, chip, pin), { timeout: 5000 });
    level = parseGpiogetValue(stdout);
  } catch (err) {
    if (err instanceof HardwareError) throw err;
    throw new HardwareError(
      `gpioget ${chipArg(chip)} line ${pin.gpio}: ${(err as Error).message.split('\n')[0]}`,
      GPIOD_TOOLS_HINT,
    );
  }
  const mon = spawn(tool(t, 'gpiomon'), gpiomonArgs(t, chip, pin), { stdio: ['ignore', 'pipe', 'ignore'] });
  let buf = '';
  mon.stdout?.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const e = buf.slice(0, i).trim();
      buf = buf.slice(i + 1);
      if (e) level = e === '1';
    }
  });
  mon.on('error', () => {});
  return {
    read: () => level,
    close: () =>
      new Promise<void>((resolve) => {
        if (mon.exitCode !== null || mon.signalCode !== null) return resolve();
        mon.once('exit', () => resolve());
        mon.kill('SIGTERM');
      }),
  };
}
