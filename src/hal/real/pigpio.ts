/**
 * pigpio backend (Raspberry Pi 1..4; pigpio does not support the Pi 5): hardware PWM on a BCM pin
 * (12, 13, 18 or 19), digital outputs/inputs, and PEV duty measurement from alert edge ticks (us).
 * The addon is loaded lazily; pigpio needs root (it maps the peripherals).
 */

import { HardwareError } from '../../core/errors.js';
import type { DigitalIn, DigitalOut, PwmMeter, PwmOutput } from '../ports.js';
import { EdgeDutyMeter } from './edge-duty.js';
import { INSTALL_HINTS, loadModule, type ModuleLoader, type PigpioModule } from './modules.js';

/** BCM pins with a hardware PWM function (PWM0: 12/18, PWM1: 13/19). */
export const PIGPIO_HW_PWM_PINS: readonly number[] = [12, 13, 18, 19];
const PIGPIO_DUTY_RANGE = 1_000_000;

export const loadPigpio = (loader: ModuleLoader) => loadModule<PigpioModule>(loader, 'pigpio', 'Gpio');

export async function openPigpioPwm(
  loader: ModuleLoader,
  o: { gpio: number; frequencyHz: number; invert: boolean },
): Promise<PwmOutput> {
  if (!PIGPIO_HW_PWM_PINS.includes(o.gpio)) {
    throw new HardwareError(
      `hal.pwm.gpio ${o.gpio} has no hardware PWM`,
      `use one of BCM ${PIGPIO_HW_PWM_PINS.join(', ')}`,
    );
  }
  const pigpio = await loadPigpio(loader);
  let g: InstanceType<PigpioModule['Gpio']>;
  try {
    g = new pigpio.Gpio(o.gpio, { mode: pigpio.Gpio.OUTPUT });
  } catch (err) {
    throw new HardwareError(`pigpio: cannot open BCM ${o.gpio}: ${(err as Error).message}`, INSTALL_HINTS.pigpio);
  }
  const set = (fraction: number) => {
    const f = o.invert ? 1 - fraction : fraction;
    g.hardwarePwmWrite(o.frequencyHz, Math.round(Math.min(1, Math.max(0, f)) * PIGPIO_DUTY_RANGE));
  };
  set(0);
  return {
    setDuty: (percent) => set(percent / 100),
    off: () => set(0),
    constantHigh: () => set(1),
  };
}

export async function openPigpioOut(loader: ModuleLoader, gpio: number, activeLow: boolean): Promise<DigitalOut> {
  const pigpio = await loadPigpio(loader);
  // No mode in the constructor: switching to OUTPUT first would drive whatever the level latch holds (e.g. a
  // closed contactor left by a crashed run). pigpio's gpioWrite sets the level, then the output mode.
  const g = new pigpio.Gpio(gpio, {});
  let value = false;
  const write = (on: boolean) => g.digitalWrite(on !== activeLow ? 1 : 0);
  write(false);
  return {
    set: (on) => {
      value = on;
      write(on);
    },
    get: () => value,
  };
}

export async function openPigpioIn(loader: ModuleLoader, gpio: number, activeLow: boolean): Promise<DigitalIn> {
  const pigpio = await loadPigpio(loader);
  const g = new pigpio.Gpio(gpio, { mode: pigpio.Gpio.INPUT });
  return { read: () => (g.digitalRead() === 1) !== activeLow };
}

/** Duty of the CP as seen through a comparator on `gpio`, from pigpio alert ticks. */
export async function openPigpioDutyMeter(loader: ModuleLoader, gpio: number, invert: boolean): Promise<PwmMeter> {
  const pigpio = await loadPigpio(loader);
  const g = new pigpio.Gpio(gpio, { mode: pigpio.Gpio.INPUT, alert: true });
  g.glitchFilter?.(3); // edges settle within a few us (IEC 61851-1: rise/fall <= 2 us, settle <= 3 us)
  const meter = new EdgeDutyMeter();
  g.on('alert', (level, tick) => meter.edge((invert ? 1 - level : level) as 0 | 1, tick));
  return meter.asMeter(() => pigpio.getTick());
}
