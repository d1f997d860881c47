/**
 * The native addons the real adapters use, as the minimal structural types we call, plus the lazy
 * loader. Every addon is an optionalDependency: it is imported only when a real board is opened, and a
 * missing one becomes a HardwareError that says what to install. Tests pass fake modules instead.
 */

import { importOptional } from '../../core/errors.js';

/** Loads an optional module by name (default: `importOptional`, which throws an actionable HardwareError). */
export type ModuleLoader = (name: string, installHint: string) => Promise<unknown>;

export const defaultLoader: ModuleLoader = (name, hint) => importOptional<unknown>(name, hint);

export const INSTALL_HINTS = {
  pigpio:
    'npm install pigpio (needs the pigpio C library: Raspberry Pi OS ships it; not on the Raspberry Pi 5 - use hal.backend: kernel there) and run as root',
  onoff: 'npm install onoff (sysfs GPIO; deprecated ABI - prefer hal.gpio.driver: gpiochip)',
  'node-libgpiod':
    'apt-get install libgpiod-dev (libgpiod 1.x, as on Raspberry Pi OS bookworm), then npm install node-libgpiod; the user needs access to /dev/gpiochipN (group gpio)',
  'spi-device':
    'npm install spi-device, enable SPI (dtparam=spi=on in /boot/firmware/config.txt) and give the user access to /dev/spidev0.0 (group spi)',
  'i2c-bus':
    'npm install i2c-bus, enable I2C (dtparam=i2c_arm=on in /boot/firmware/config.txt) and give the user access to /dev/i2c-1 (group i2c)',
} as const;

// --- pigpio (https://github.com/fivdi/pigpio), Raspberry Pi 1..4 ---------------------------------------
export interface PigpioGpio {
  hardwarePwmWrite(frequency: number, dutyCycle: number): unknown;
  digitalWrite(level: 0 | 1): unknown;
  digitalRead(): 0 | 1;
  glitchFilter?(steadyUs: number): unknown;
  enableAlert?(): unknown;
  disableAlert?(): unknown;
  on(event: 'alert', fn: (level: 0 | 1, tick: number) => void): unknown;
}
export interface PigpioModule {
  Gpio: {
    new (gpio: number, options: { mode?: number; alert?: boolean }): PigpioGpio;
    OUTPUT: number;
    INPUT: number;
  };
  getTick(): number;
  terminate?(): void;
}

// --- onoff (sysfs GPIO) -----------------------------------------------------------------------------------
export interface OnoffGpio {
  writeSync(value: 0 | 1): void;
  readSync(): 0 | 1;
  unexport(): void;
}
export interface OnoffModule {
  Gpio: new (
    gpio: number,
    direction: 'in' | 'out' | 'high' | 'low',
    edge?: string,
    options?: { activeLow?: boolean },
  ) => OnoffGpio;
}

// --- node-libgpiod (gpiochip character device, libgpiod 1.x) ---------------------------------------------
export interface GpiodLine {
  requestOutputMode(...args: unknown[]): unknown;
  requestInputMode(...args: unknown[]): unknown;
  setValue(v: 0 | 1): unknown;
  getValue(): 0 | 1;
  release(): unknown;
}
export interface GpiodModule {
  Chip: new (chip: number | string) => unknown;
  Line: new (chip: unknown, offset: number) => GpiodLine;
}

// --- spi-device -----------------------------------------------------------------------------------------
export interface SpiMessage {
  sendBuffer: Buffer;
  receiveBuffer: Buffer;
  byteLength: number;
  speedHz?: number;
  /** spidev cs_change: release CS after this transfer (the MCP3008 converts once per CS falling edge). */
  chipSelectChange?: boolean;
  microSecondDelay?: number;
}
export interface SpiDevice {
  transfer(messages: SpiMessage[], cb: (err: Error | null, messages: SpiMessage[]) => void): unknown;
  close(cb: (err: Error | null) => void): unknown;
}
export interface SpiModule {
  open(
    bus: number,
    device: number,
    options: { mode?: number; maxSpeedHz?: number },
    cb: (err: Error | null) => void,
  ): SpiDevice;
  MODE0: number;
}

// --- i2c-bus --------------------------------------------------------------------------------------------
export interface I2cBusP {
  i2cWrite(addr: number, length: number, buffer: Buffer): Promise<{ bytesWritten: number }>;
  i2cRead(addr: number, length: number, buffer: Buffer): Promise<{ bytesRead: number; buffer: Buffer }>;
  close(): Promise<void>;
}
export interface I2cModule {
  openPromisified(bus: number): Promise<I2cBusP>;
}

/** Load a module and check that it has what we call (a stub build, e.g. pigpio on x86, fails here). */
export async function loadModule<T>(
  loader: ModuleLoader,
  name: keyof typeof INSTALL_HINTS,
  mustHave: string,
): Promise<T> {
  const mod = (await loader(name, INSTALL_HINTS[name])) as Record<string, unknown>;
  if (!mod || !(mustHave in mod)) {
    const { HardwareError } = await import('../../core/errors.js');
    throw new HardwareError(`optional module '${name}' loaded but has no '${mustHave}'`, INSTALL_HINTS[name], {
      module: name,
    });
  }
  return mod as T;
}
