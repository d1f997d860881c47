/**
 * Digital outputs and inputs (contactor, lock, S2, feedback) through the gpiochip character device
 * (node-libgpiod, every Pi incl. the 5; libgpiod 1.x) or through onoff (sysfs GPIO, deprecated ABI).
 * Glitch-free: every output line is requested with its safe (inactive) level from the first instant, active-low
 * aware: gpiochip lines get it as the request's default value, sysfs lines through the 'high'/'low' direction
 * (which the kernel applies as a raw level, before any active_low setting matters).
 */

import { HardwareError } from '../../core/errors.js';
import type { DigitalIn, DigitalOut } from '../ports.js';
import { type GpiodModule, INSTALL_HINTS, loadModule, type ModuleLoader, type OnoffModule } from './modules.js';

export interface GpioPin {
  /** BCM number (= line offset on the header's gpiochip). */
  gpio: number;
  activeLow: boolean;
}

/** 'gpiochip4' -> 4; a bare number string -> that number; otherwise the name/path as given. */
export function chipId(chip: string): number | string {
  const m = /^(?:\/dev\/)?gpiochip(\d+)$/.exec(chip) ?? /^(\d+)$/.exec(chip);
  return m ? Number(m[1]) : chip;
}

export async function openGpiochipOut(
  loader: ModuleLoader,
  chip: string,
  pin: GpioPin,
  consumer = 'piccs',
): Promise<DigitalOut & { close(): void }> {
  const gpiod = await loadModule<GpiodModule>(loader, 'node-libgpiod', 'Line');
  let line: InstanceType<GpiodModule['Line']>;
  try {
    line = new gpiod.Line(new gpiod.Chip(chipId(chip || 'gpiochip0')), pin.gpio);
    // the default value is the level the kernel drives from the moment the line becomes an output
    line.requestOutputMode(consumer, pin.activeLow ? 1 : 0);
  } catch (err) {
    throw new HardwareError(
      `gpiochip ${chip || 'gpiochip0'} line ${pin.gpio}: ${(err as Error).message}`,
      INSTALL_HINTS['node-libgpiod'],
    );
  }
  let value = false;
  const write = (on: boolean) => line.setValue(on !== pin.activeLow ? 1 : 0);
  return {
    set: (on) => {
      value = on;
      write(on);
    },
    get: () => value,
    close: () => {
      write(false);
      line.release();
    },
  };
}

export async function openGpiochipIn(
  loader: ModuleLoader,
  chip: string,
  pin: GpioPin,
  consumer = 'piccs',
): Promise<DigitalIn & { close(): void }> {
  const gpiod = await loadModule<GpiodModule>(loader, 'node-libgpiod', 'Line');
  const line = new gpiod.Line(new gpiod.Chip(chipId(chip || 'gpiochip0')), pin.gpio);
  line.requestInputMode(consumer);
  return { read: () => (line.getValue() === 1) !== pin.activeLow, close: () => line.release() };
}

export async function openOnoffOut(loader: ModuleLoader, pin: GpioPin): Promise<DigitalOut & { close(): void }> {
  const onoff = await loadModule<OnoffModule>(loader, 'onoff', 'Gpio');
  let g: InstanceType<OnoffModule['Gpio']>;
  try {
    // 'high'/'low' make the line an output at that raw level in one write (the kernel ignores active_low for
    // them): the inactive level of an active-low driver is raw high. Values written later honour activeLow.
    g = new onoff.Gpio(pin.gpio, pin.activeLow ? 'high' : 'low', 'none', { activeLow: pin.activeLow });
  } catch (err) {
    throw new HardwareError(`onoff: BCM ${pin.gpio}: ${(err as Error).message}`, INSTALL_HINTS.onoff);
  }
  let value = false;
  return {
    set: (on) => {
      value = on;
      g.writeSync(on ? 1 : 0);
    },
    get: () => value,
    close: () => {
      g.writeSync(0);
      g.unexport();
    },
  };
}

export async function openOnoffIn(loader: ModuleLoader, pin: GpioPin): Promise<DigitalIn & { close(): void }> {
  const onoff = await loadModule<OnoffModule>(loader, 'onoff', 'Gpio');
  const g = new onoff.Gpio(pin.gpio, 'in', 'none', { activeLow: pin.activeLow });
  return { read: () => g.readSync() === 1, close: () => g.unexport() };
}
