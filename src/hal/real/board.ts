/**
 * Real boards: compose the backends chosen in config (`hal.*`, same shape as `RealHalOptions`) into the
 * EVSE or PEV port sets. Every addon is loaded lazily through `loader` (tests pass fakes); a missing one
 * is a HardwareError with an install hint. Outputs start safe (contactor/S2 open, CP at -12 V) as soon
 * as they are opened, and `close()` leaves them safe.
 *
 *   backend kernel: CP PWM = pwmchip sysfs (every Pi incl. 5), GPIO per gpio.driver (gpiochip default)
 *   backend pigpio: CP PWM = pigpio hardware PWM (Pi 1..4), PEV duty from pigpio edge ticks
 *   ADC: mcp3008 (SPI bursts, both plateaus) or ads1115 (I2C, peak-hold front end)
 */

import { HardwareError } from '../../core/errors.js';
import type {
  CpSampler,
  DigitalIn,
  DigitalOut,
  EvseCpPorts,
  EvseSafetyPorts,
  PevCpPorts,
  PevSafetyPorts,
  PpSensor,
  PwmMeter,
  PwmOutput,
} from '../ports.js';
import { evseSafeState, pevSafeState } from '../ports.js';
import { openAds1115 } from './ads1115.js';
import { type GpioPin, openGpiochipIn, openGpiochipOut, openOnoffIn, openOnoffOut } from './gpio.js';
import {
  detectGpiodTools,
  GPIOSET_HOLD_CONFIRM_MS,
  type GpiodTools,
  openGpiodToolsIn,
  openGpiodToolsOut,
} from './gpiod-tools.js';
import { openMcp3008 } from './mcp3008.js';
import { defaultLoader, type ModuleLoader } from './modules.js';
import { openPigpioDutyMeter, openPigpioIn, openPigpioOut, openPigpioPwm } from './pigpio.js';
import { openMcp3008Pp } from './pp-adc.js';
import { openSysfsPwm } from './sysfs-pwm.js';

/** The `hal` config section (src/config/sections/hal.ts). */
export interface RealHalOptions {
  backend: 'sim' | 'kernel' | 'pigpio';
  pwm: { gpio: number; chip: number; channel: number; frequencyHz: number; invert: boolean };
  gpio: { driver: 'gpiochip' | 'gpiod-tools' | 'onoff' | 'pigpio'; chip: string };
  contactor: { gpio: number; activeLow: boolean; feedbackGpio: number; feedbackActiveLow: boolean };
  precharge: { gpio: number };
  lock: { gpio: number; activeLow: boolean; feedbackGpio: number; feedbackActiveLow: boolean };
  pp: { enable: boolean; channel: number; pullUpOhms: number };
  rcd: { gpio: number; activeLow: boolean };
  estop: { gpio: number; activeLow: boolean };
  s2: { gpio: number; activeLow: boolean };
  pwmIn: { gpio: number; invert: boolean };
  watchdog: { gpio: number };
  adc: {
    type: 'mcp3008' | 'ads1115' | 'none';
    spiDevice: string;
    spiSpeedHz: number;
    spiGapUs: number;
    channel: number;
    burstSamples: number;
    vrefV: number;
    scale: number;
    offsetV: number;
    i2cBus: number;
    i2cAddress: number;
    highChannel: number;
    lowChannel: number;
    highScale: number;
    highOffsetV: number;
    lowScale: number;
    lowOffsetV: number;
  };
}

export interface RealBoardDeps {
  loader?: ModuleLoader;
  /** Where sysfs PWM lives (tests: a temp dir). */
  sysfsPwmRoot?: string;
  /** Directory of the gpioset/gpioget/gpiomon tools for hal.gpio.driver gpiod-tools ('' = PATH; tests: fakes). */
  gpiodToolsDir?: string;
  /** How long a new gpioset must live to count as holding its line (tests: slower emulated tools). */
  gpiodHoldConfirmMs?: number;
}

/** The gpiod tools, detected once per board. */
const toolsCache = new WeakMap<object, Promise<GpiodTools>>();
function gpiodTools(d: Required<RealBoardDeps>): Promise<GpiodTools> {
  let t = toolsCache.get(d);
  if (!t) {
    t = detectGpiodTools(d.gpiodToolsDir, d.gpiodHoldConfirmMs);
    toolsCache.set(d, t);
  }
  return t;
}

export interface RealEvseBoard extends EvseCpPorts {
  precharge?: DigitalOut;
  /** The heartbeat pin of the external watchdog monostable (hw/watchdog.md), when `hal.watchdog.gpio` is set. */
  heartbeat?: DigitalOut;
  contactorFeedback?: DigitalIn;
  /** Safe outputs, then release everything. */
  close(): Promise<void>;
}

export interface RealPevBoard extends PevCpPorts {
  heartbeat?: DigitalOut;
  close(): Promise<void>;
}

/** The fitted safety inputs (src/hal/ports.ts EvseSafetyPorts): each only when its pin is set (>= 0). */
function safetySteps(o: RealHalOptions, d: Required<RealBoardDeps>): Array<[string, () => Promise<unknown>]> {
  const steps: Array<[string, () => Promise<unknown>]> = [];
  const input = (name: string, gpio: number, activeLow: boolean) => {
    if (gpio >= 0) steps.push([name, () => openIn(o, d, { gpio, activeLow })]);
  };
  input('lockFeedback', o.lock.feedbackGpio, o.lock.feedbackActiveLow);
  input('rcd', o.rcd.gpio, o.rcd.activeLow);
  input('estop', o.estop.gpio, o.estop.activeLow);
  if (o.pp.enable) {
    steps.push([
      'pp',
      () =>
        openMcp3008Pp(d.loader, {
          spiDevice: o.adc.spiDevice,
          speedHz: o.adc.spiSpeedHz,
          channel: o.pp.channel,
          vrefV: o.adc.vrefV,
          pullUpOhms: o.pp.pullUpOhms,
        }),
    ]);
  }
  return steps;
}

type Closable = { close?: () => unknown };

async function openOut(o: RealHalOptions, d: Required<RealBoardDeps>, pin: GpioPin): Promise<DigitalOut & Closable> {
  switch (o.gpio.driver) {
    case 'gpiochip':
      return openGpiochipOut(d.loader, o.gpio.chip, pin);
    case 'gpiod-tools':
      return openGpiodToolsOut(await gpiodTools(d), o.gpio.chip, pin);
    case 'onoff':
      return openOnoffOut(d.loader, pin);
    case 'pigpio':
      return openPigpioOut(d.loader, pin.gpio, pin.activeLow);
  }
}

async function openIn(o: RealHalOptions, d: Required<RealBoardDeps>, pin: GpioPin): Promise<DigitalIn & Closable> {
  switch (o.gpio.driver) {
    case 'gpiochip':
      return openGpiochipIn(d.loader, o.gpio.chip, pin);
    case 'gpiod-tools':
      return openGpiodToolsIn(await gpiodTools(d), o.gpio.chip, pin);
    case 'onoff':
      return openOnoffIn(d.loader, pin);
    case 'pigpio':
      return openPigpioIn(d.loader, pin.gpio, pin.activeLow);
  }
}

async function openSampler(
  o: RealHalOptions,
  d: Required<RealBoardDeps>,
): Promise<CpSampler & Closable & { dutyMeter?: PwmMeter }> {
  const a = o.adc;
  if (a.type === 'mcp3008') {
    return openMcp3008(d.loader, {
      spiDevice: a.spiDevice,
      speedHz: a.spiSpeedHz,
      transferGapUs: a.spiGapUs,
      channel: a.channel,
      burstSamples: a.burstSamples,
      vrefV: a.vrefV,
      scale: a.scale,
      offsetV: a.offsetV,
      pwmFrequencyHz: o.pwm.frequencyHz,
    });
  }
  if (a.type === 'ads1115') {
    return openAds1115(d.loader, {
      i2cBus: a.i2cBus,
      address: a.i2cAddress,
      highChannel: a.highChannel,
      lowChannel: a.lowChannel,
      high: { scale: a.highScale, offsetV: a.highOffsetV },
      low: { scale: a.lowScale, offsetV: a.lowOffsetV },
    });
  }
  throw new HardwareError(
    'hal.adc.type is none: the CP machines need a CP sense ADC',
    'set hal.adc.type to mcp3008 or ads1115 (hw/cp-frontend.md), or run with --hw sim',
  );
}

function checkBackend(o: RealHalOptions): void {
  if (o.backend === 'sim') {
    throw new HardwareError('hal.backend is sim: no real board to open', 'build a SimCpLine board instead (--hw sim)');
  }
}

/** Open everything that can be opened, or close what was opened and rethrow. */
async function collect<T extends object>(
  steps: Array<[keyof T, () => Promise<unknown>]>,
): Promise<{ parts: Partial<T>; closers: Closable[] }> {
  const parts: Partial<T> = {};
  const closers: Closable[] = [];
  try {
    for (const [k, open] of steps) {
      const p = (await open()) as Closable;
      (parts as Record<keyof T, unknown>)[k] = p;
      closers.push(p);
    }
  } catch (err) {
    for (const c of closers.reverse()) await Promise.resolve(c.close?.()).catch(() => {});
    throw err;
  }
  return { parts, closers };
}

export async function openRealEvseBoard(o: RealHalOptions, deps: RealBoardDeps = {}): Promise<RealEvseBoard> {
  checkBackend(o);
  const d: Required<RealBoardDeps> = {
    loader: deps.loader ?? defaultLoader,
    sysfsPwmRoot: deps.sysfsPwmRoot ?? '/sys/class/pwm',
    gpiodToolsDir: deps.gpiodToolsDir ?? '',
    gpiodHoldConfirmMs: deps.gpiodHoldConfirmMs ?? GPIOSET_HOLD_CONFIRM_MS,
  };
  type Parts = {
    contactor: DigitalOut;
    pwm: PwmOutput;
    sampler: CpSampler;
    lock: DigitalOut;
    precharge: DigitalOut;
    contactorFeedback: DigitalIn;
    lockFeedback: DigitalIn;
    rcd: DigitalIn;
    estop: DigitalIn;
    pp: PpSensor;
    heartbeat: DigitalOut;
  };
  const steps: Array<[keyof Parts, () => Promise<unknown>]> = [
    // the contactor first, so that it is held open before anything else happens
    ['contactor', () => openOut(o, d, { gpio: o.contactor.gpio, activeLow: o.contactor.activeLow })],
    [
      'pwm',
      async () =>
        o.backend === 'pigpio' ? openPigpioPwm(d.loader, o.pwm) : openSysfsPwm({ ...o.pwm, root: d.sysfsPwmRoot }),
    ],
    ['sampler', () => openSampler(o, d)],
  ];
  if (o.lock.gpio >= 0) steps.push(['lock', () => openOut(o, d, { gpio: o.lock.gpio, activeLow: o.lock.activeLow })]);
  if (o.precharge.gpio >= 0)
    steps.push(['precharge', () => openOut(o, d, { gpio: o.precharge.gpio, activeLow: false })]);
  if (o.contactor.feedbackGpio >= 0) {
    steps.push([
      'contactorFeedback',
      () => openIn(o, d, { gpio: o.contactor.feedbackGpio, activeLow: o.contactor.feedbackActiveLow }),
    ]);
  }
  steps.push(...(safetySteps(o, d) as Array<[keyof Parts, () => Promise<unknown>]>));
  if (o.watchdog.gpio >= 0) steps.push(['heartbeat', () => openOut(o, d, { gpio: o.watchdog.gpio, activeLow: false })]);
  const { parts, closers } = await collect<Parts>(steps);
  const board: RealEvseBoard = {
    pwm: parts.pwm as PwmOutput,
    sampler: parts.sampler as CpSampler,
    contactor: parts.contactor as DigitalOut,
    close: async () => {
      evseSafeState(board);
      board.precharge?.set(false);
      for (const c of closers.reverse()) await Promise.resolve(c.close?.()).catch(() => {});
    },
  };
  if (parts.lock) board.lock = parts.lock;
  if (parts.precharge) board.precharge = parts.precharge;
  if (parts.contactorFeedback) board.contactorFeedback = parts.contactorFeedback;
  const safety: EvseSafetyPorts = {};
  for (const k of ['precharge', 'contactorFeedback', 'lockFeedback', 'rcd', 'estop', 'pp'] as const) {
    if (parts[k]) Object.assign(safety, { [k]: parts[k] });
  }
  if (Object.keys(safety).length) board.safety = safety;
  if (parts.heartbeat) board.heartbeat = parts.heartbeat;
  evseSafeState(board);
  return board;
}

export async function openRealPevBoard(o: RealHalOptions, deps: RealBoardDeps = {}): Promise<RealPevBoard> {
  checkBackend(o);
  const d: Required<RealBoardDeps> = {
    loader: deps.loader ?? defaultLoader,
    sysfsPwmRoot: deps.sysfsPwmRoot ?? '/sys/class/pwm',
    gpiodToolsDir: deps.gpiodToolsDir ?? '',
    gpiodHoldConfirmMs: deps.gpiodHoldConfirmMs ?? GPIOSET_HOLD_CONFIRM_MS,
  };
  type Parts = {
    s2: DigitalOut;
    sampler: CpSampler & { dutyMeter?: PwmMeter };
    pwmMeter: PwmMeter;
    heartbeat: DigitalOut;
    contactor: DigitalOut;
    contactorFeedback: DigitalIn;
    estop: DigitalIn;
  };
  const steps: Array<[keyof Parts, () => Promise<unknown>]> = [
    // the car's contactor first (held open), then S2
    ['contactor', () => openOut(o, d, { gpio: o.contactor.gpio, activeLow: o.contactor.activeLow })],
    ['s2', () => openOut(o, d, { gpio: o.s2.gpio, activeLow: o.s2.activeLow })],
    ['sampler', () => openSampler(o, d)],
  ];
  if (o.contactor.feedbackGpio >= 0) {
    steps.push([
      'contactorFeedback',
      () => openIn(o, d, { gpio: o.contactor.feedbackGpio, activeLow: o.contactor.feedbackActiveLow }),
    ]);
  }
  if (o.estop.gpio >= 0)
    steps.push(['estop', () => openIn(o, d, { gpio: o.estop.gpio, activeLow: o.estop.activeLow })]);
  // Edge timing needs pigpio's microsecond alert ticks; otherwise the duty comes from the ADC bursts.
  const edgeTiming = o.pwmIn.gpio >= 0 && (o.backend === 'pigpio' || o.gpio.driver === 'pigpio');
  if (edgeTiming) steps.push(['pwmMeter', () => openPigpioDutyMeter(d.loader, o.pwmIn.gpio, o.pwmIn.invert)]);
  if (o.watchdog.gpio >= 0) steps.push(['heartbeat', () => openOut(o, d, { gpio: o.watchdog.gpio, activeLow: false })]);
  const { parts, closers } = await collect<Parts>(steps);
  const meter = parts.pwmMeter ?? parts.sampler?.dutyMeter;
  if (!meter) {
    for (const c of closers.reverse()) await Promise.resolve(c.close?.()).catch(() => {});
    throw new HardwareError(
      'PEV: no way to measure the CP duty cycle',
      'use hal.backend: pigpio with hal.pwmIn.gpio (edge timing), or hal.adc.type: mcp3008 (duty from bursts)',
    );
  }
  const board: RealPevBoard = {
    s2: parts.s2 as DigitalOut,
    sampler: parts.sampler as CpSampler,
    pwmMeter: meter,
    close: async () => {
      pevSafeState(board);
      for (const c of closers.reverse()) await Promise.resolve(c.close?.()).catch(() => {});
    },
  };
  const safety: PevSafetyPorts = {};
  if (parts.contactor) safety.contactor = parts.contactor;
  if (parts.contactorFeedback) safety.contactorFeedback = parts.contactorFeedback;
  if (parts.estop) safety.estop = parts.estop;
  board.safety = safety;
  if (parts.heartbeat) board.heartbeat = parts.heartbeat;
  pevSafeState(board);
  return board;
}
