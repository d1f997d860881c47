/**
 * `piccs cp watch [--hw sim|real] [--json] [--count N]`: a live view of the CP line for calibration and bring-up
 * (hw/bringup.md): both plateau voltages, duty and frequency, the IEC 61851 state they classify as, the proximity
 * pilot and every named input and output the board exposes (enumerated, so inputs added to a board appear here
 * without changing this file). Contactor and other outputs are only shown, never switched: they stay safe.
 */

import { parseArgs } from 'node:util';
import { systemClock } from '../../core/clock.js';
import { CcsError, ConfigError } from '../../core/errors.js';
import { classifyCp } from '../../cp/classify.js';
import { ppAmps } from '../../cp/proximity.js';
import type { CpSampler, PpSensor, PwmMeter, PwmOutput } from '../../hal/ports.js';
import { installExitSafety } from '../../hal/safe-exit.js';
import type { CliIO, Command } from '../command.js';
import { CONFIG_OPTIONS, loadFromArgs, reportError } from '../common.js';

const usage = `usage: piccs cp watch [--hw sim|real] [--role evse|pev] [--json] [--count N] [--interval MS] [--duty P]
                      [--config FILE] [--set key=value]
  Reads the CP line every interval and shows the high and low plateau (CP volts, after the front end's scale
  and offset), duty and frequency, the state they classify as, the proximity pilot and the board's inputs and
  outputs, on one terminal line updated in place. Outputs are shown, never switched (contactor stays open).
  --hw sim|real   simulated line with a car plugged in (default), or the board from the config's hal section
  --role R        evse (default): drive the CP generator and read it back; pev: only read (car side)
  --duty P        evse: drive a P % PWM (e.g. 5, 26.7); default constant +12 V (no PWM). With --hw sim and
                  --role pev the simulated charger drives it
  --json          one object a line: {"t","state","highV","lowV","dutyPercent","frequencyHz","pp","inputs","outputs"}
                  (t = ms since the watch started)
  --count N       stop after N readings (default: until Ctrl-C)
  --interval MS   time between readings (default 250)
Exit code 0, or 2 for bad options or a board that cannot be opened (the message says what to fix).`;

/** One reading as printed with --json. */
export interface CpWatchLine {
  t: number;
  state: string;
  highV: number;
  lowV: number;
  dutyPercent: number | null;
  frequencyHz: number | null;
  pp: unknown;
  inputs: Record<string, boolean>;
  outputs: Record<string, boolean>;
}

/** What the watch needs from a board (EVSE or PEV, real or simulated). */
interface WatchedBoard {
  sampler: CpSampler;
  pwm?: PwmOutput;
  pwmMeter?: PwmMeter;
  close(): Promise<void> | void;
  /** Everything else the board exposes: named DigitalIn/DigitalOut ports, `pp`, ... */
  [name: string]: unknown;
}

const NOT_IO = new Set(['sampler', 'pwm', 'pwmMeter', 'pp', 'line', 'calls', 'safety', 'contactorModel', 'lockModel']);
const isFn = (v: unknown, k: string): boolean =>
  typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[k] === 'function';

/** The board's named outputs (objects with set/get) and inputs (objects whose read() gives a boolean). */
export function boardIo(board: Record<string, unknown>): {
  inputs: Record<string, boolean>;
  outputs: Record<string, boolean>;
} {
  const inputs: Record<string, boolean> = {};
  const outputs: Record<string, boolean> = {};
  // the safety I/O (lock feedback, contactor aux contact, RCD, e-stop, precharge) sits in `safety` on both boards
  const safety = typeof board.safety === 'object' && board.safety !== null ? board.safety : {};
  for (const [name, port] of [...Object.entries(board), ...Object.entries(safety)]) {
    if (NOT_IO.has(name)) continue;
    if (isFn(port, 'set') && isFn(port, 'get')) {
      outputs[name] = Boolean((port as { get(): unknown }).get());
    } else if (isFn(port, 'read')) {
      try {
        const v = (port as { read(): unknown }).read();
        if (typeof v === 'boolean') inputs[name] = v;
      } catch {
        // an input that cannot be read is left out of this line
      }
    }
  }
  return { inputs, outputs };
}

/** The proximity pilot: a sensor's resistance with the cable rating it codes (IEC 61851-1 / IEC 62196 table). */
async function readPp(board: WatchedBoard): Promise<unknown> {
  const safety = (board.safety ?? {}) as { pp?: unknown };
  const pp = safety.pp ?? board.pp;
  try {
    if (isFn(pp, 'readOhms')) {
      const ohms = await (pp as PpSensor).readOhms();
      return { ohms: Number.isFinite(ohms) ? Math.round(ohms) : null, maxCurrentA: ppAmps(ohms) };
    }
    if (isFn(pp, 'read')) return (await (pp as { read(): unknown }).read()) ?? null;
    return null;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const round = (v: number, digits: number): number => Math.round(v * 10 ** digits) / 10 ** digits;

export async function readWatchLine(board: WatchedBoard, t: number, drivingPwm: boolean, dutyCmd: number | null) {
  const r = await board.sampler.read();
  const measured = board.pwmMeter?.read() ?? (board.sampler as { dutyMeter?: PwmMeter }).dutyMeter?.read() ?? null;
  const state = classifyCp(r.highV, r.lowV, drivingPwm || measured !== null).state;
  const line: CpWatchLine = {
    t: Math.round(t),
    state,
    highV: round(r.highV, 2),
    lowV: round(r.lowV, 2),
    dutyPercent: measured ? round(measured.dutyPercent, 1) : dutyCmd,
    frequencyHz: measured ? round(measured.frequencyHz, 1) : null,
    pp: await readPp(board),
    ...boardIo(board),
  };
  return line;
}

function renderLine(l: CpWatchLine): string {
  const io = (m: Record<string, boolean>) =>
    Object.entries(m)
      .map(([k, v]) => `${k}=${v ? 1 : 0}`)
      .join(' ');
  const duty = l.dutyPercent === null ? '  --  ' : `${l.dutyPercent.toFixed(1).padStart(5)}%`;
  const f = l.frequencyHz === null ? '  --  ' : `${l.frequencyHz.toFixed(0).padStart(4)}Hz`;
  const pp = l.pp === null ? '' : `  pp=${typeof l.pp === 'object' ? JSON.stringify(l.pp) : String(l.pp)}`;
  return `${(l.t / 1000).toFixed(1).padStart(7)} s  ${l.state.padEnd(7)} high ${l.highV.toFixed(2).padStart(6)} V  low ${l.lowV.toFixed(2).padStart(6)} V  ${duty} ${f}${pp}  in: ${io(l.inputs) || '-'}  out: ${io(l.outputs) || '-'}`;
}

async function openSimBoard(role: 'evse' | 'pev', duty: number | null): Promise<WatchedBoard> {
  const { SimCpLine } = await import('../../hal/sim/cp-line.js');
  const { createSimCpRig } = await import('../../hal/sim/board.js');
  const line = new SimCpLine();
  const rig = createSimCpRig(systemClock, line, { inputs: true, precharge: role === 'evse' });
  line.plug();
  const side = role === 'evse' ? rig.evse : rig.pev;
  if (role === 'pev') {
    // the simulated charger drives the line the car side reads
    if (duty === null) rig.evse.pwm.constantHigh();
    else rig.evse.pwm.setDuty(duty);
  }
  // every port the simulated board has (so ports added to it show up), plus the line's duty as the car's meter
  // sees it (the EVSE board has no duty meter of its own)
  const board: WatchedBoard = {
    ...(side as unknown as Record<string, unknown>),
    sampler: side.sampler,
    close: () => {},
  };
  board.pwmMeter = rig.pev.pwmMeter;
  return board;
}

async function openRealBoard(role: 'evse' | 'pev', values: { config?: string; set?: string[] }, io: CliIO) {
  const { config } = loadFromArgs(values, io);
  const { openRealEvseBoard, openRealPevBoard } = await import('../../hal/real/board.js');
  const b = role === 'evse' ? await openRealEvseBoard(config.hal) : await openRealPevBoard(config.hal);
  return b as unknown as WatchedBoard;
}

export interface CpWatchDeps {
  openBoard?: (hw: 'sim' | 'real', role: 'evse' | 'pev') => Promise<WatchedBoard>;
  sleep?: (ms: number) => Promise<void>;
}

export async function cpWatch(argv: string[], io: CliIO, deps: CpWatchDeps = {}): Promise<number> {
  let board: WatchedBoard | undefined;
  let uninstall: (() => void) | undefined;
  let stop = false;
  const onSigint = () => {
    stop = true;
  };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...CONFIG_OPTIONS,
        hw: { type: 'string' },
        role: { type: 'string' },
        json: { type: 'boolean' },
        count: { type: 'string' },
        interval: { type: 'string' },
        duty: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(`${usage}\n`);
      return 0;
    }
    const problems: Array<{ key: string; message: string }> = [];
    if (positionals[0] !== 'watch' || positionals.length > 1) {
      problems.push({ key: 'command', message: `expected 'piccs cp watch', got '${positionals.join(' ')}'` });
    }
    const hw = values.hw ?? 'sim';
    if (hw !== 'sim' && hw !== 'real') problems.push({ key: '--hw', message: `'${hw}' is not sim or real` });
    const role = values.role ?? 'evse';
    if (role !== 'evse' && role !== 'pev') problems.push({ key: '--role', message: `'${role}' is not evse or pev` });
    const count = values.count === undefined ? Infinity : Number(values.count);
    if (!(Number.isInteger(count) || count === Infinity) || count < 1) {
      problems.push({ key: '--count', message: `'${values.count}' is not a positive whole number` });
    }
    const interval = values.interval === undefined ? 250 : Number(values.interval);
    if (!Number.isFinite(interval) || interval < 0) {
      problems.push({ key: '--interval', message: `'${values.interval}' is not a number of ms >= 0` });
    }
    const duty = values.duty === undefined ? null : Number(values.duty);
    if (duty !== null && !(duty > 0 && duty < 100)) {
      problems.push({ key: '--duty', message: `'${values.duty}' is not a duty between 0 and 100 %` });
    }
    if (duty !== null && role === 'pev' && hw === 'real') {
      problems.push({ key: '--duty', message: 'the pev role on real hardware only reads the CP' });
    }
    if (problems.length) throw new ConfigError(problems, 'command line');

    const open =
      deps.openBoard ??
      ((h: 'sim' | 'real', r: 'evse' | 'pev') => (h === 'sim' ? openSimBoard(r, duty) : openRealBoard(r, values, io)));
    board = await open(hw as 'sim' | 'real', role as 'evse' | 'pev');
    const b = board;
    uninstall = installExitSafety(() => {
      for (const port of Object.values(b)) {
        if (isFn(port, 'set') && isFn(port, 'get')) (port as { set(on: boolean): void }).set(false);
      }
      b.pwm?.off();
    });
    if (b.pwm) {
      if (duty === null) b.pwm.constantHigh();
      else b.pwm.setDuty(duty);
    }
    process.once('SIGINT', onSigint);
    const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const t0 = systemClock.now();
    for (let n = 0; n < count && !stop; n++) {
      if (n > 0) await sleep(interval);
      const line = await readWatchLine(b, systemClock.now() - t0, duty !== null, duty);
      if (values.json) io.stdout.write(`${JSON.stringify(line)}\n`);
      else io.stdout.write(io.isTTY ? `\r${renderLine(line)}\x1b[K` : `${renderLine(line)}\n`);
    }
    if (!values.json && io.isTTY) io.stdout.write('\n');
    return 0;
  } catch (err) {
    if (err instanceof CcsError) {
      io.stderr.write(`piccs cp: ${err.message}\n${usage}\n`);
      return 2;
    }
    if (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`piccs cp: ${err.message}\n${usage}\n`);
      return 2;
    }
    return reportError(err, io);
  } finally {
    process.off('SIGINT', onSigint);
    if (board) {
      board.pwm?.off();
      await board.close();
    }
    uninstall?.();
  }
}

const cp: Command = {
  name: 'cp',
  summary: 'cp watch: live CP plateaus, duty, state, PP, inputs and outputs (calibration and bring-up)',
  usage,
  run: (argv, io) => cpWatch(argv, io),
};

export default cp;
