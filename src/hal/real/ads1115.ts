/**
 * CP sensing with an ADS1115 (16-bit delta-sigma ADC on I2C, at most 860 samples/s). It is far too slow
 * to see the plateaus of a 1 kHz PWM, so it reads a peak-hold front end instead (hw/cp-frontend.md):
 * channel `highChannel` holds the positive plateau, channel `lowChannel` an inverted copy of the negative
 * plateau. One read = two single-shot conversions (~1.2 ms each at 860 SPS), polled by the OS bit, so
 * no timers are needed. The peak holders' decay (RC) limits how fast a falling level is seen: size it
 * well below the 100 ms budget (the doc uses ~5 ms).
 */

import { HardwareError } from '../../core/errors.js';
import type { CpReading, CpSampler } from '../ports.js';
import { type I2cBusP, type I2cModule, INSTALL_HINTS, loadModule, type ModuleLoader } from './modules.js';
import { type AdcScaling, toCpVolts } from './plateaus.js';

export interface Ads1115Options {
  i2cBus: number;
  address: number;
  highChannel: number;
  lowChannel: number;
  high: AdcScaling;
  low: AdcScaling;
}

const REG_CONVERSION = 0x00;
const REG_CONFIG = 0x01;
/** Full-scale range of PGA setting 001: +-4.096 V. */
export const ADS1115_FSR_V = 4.096;

/** Config word: start single-shot, AINx vs GND, PGA +-4.096 V, single-shot mode, 860 SPS, comparator off. */
export function ads1115Config(channel: number): number {
  return 0x8000 | ((4 + (channel & 3)) << 12) | 0x0200 | 0x0100 | 0x00e0 | 0x0003;
}

/** Signed 16-bit conversion result -> volts. */
export function ads1115Volts(msb: number, lsb: number): number {
  const raw = (((msb << 8) | lsb) << 16) >> 16;
  return (raw / 32768) * ADS1115_FSR_V;
}

export async function openAds1115(
  loader: ModuleLoader,
  o: Ads1115Options,
): Promise<CpSampler & { close(): Promise<void> }> {
  const i2c = await loadModule<I2cModule>(loader, 'i2c-bus', 'openPromisified');
  let bus: I2cBusP;
  try {
    bus = await i2c.openPromisified(o.i2cBus);
  } catch (err) {
    throw new HardwareError(
      `ADS1115: cannot open /dev/i2c-${o.i2cBus}: ${(err as Error).message}`,
      INSTALL_HINTS['i2c-bus'],
    );
  }
  const buf = Buffer.alloc(3);
  const convert = async (channel: number): Promise<number> => {
    const cfg = ads1115Config(channel);
    await bus.i2cWrite(o.address, 3, Buffer.from([REG_CONFIG, cfg >> 8, cfg & 0xff]));
    // Poll the OS bit (1 = idle/done); each I2C read takes ~0.1..0.5 ms, a conversion ~1.2 ms.
    for (let i = 0; ; i++) {
      await bus.i2cWrite(o.address, 1, Buffer.from([REG_CONFIG]));
      await bus.i2cRead(o.address, 2, buf);
      if (((buf[0] as number) & 0x80) !== 0) break;
      if (i > 50) throw new HardwareError('ADS1115: conversion did not complete', 'check the I2C wiring and address');
    }
    await bus.i2cWrite(o.address, 1, Buffer.from([REG_CONVERSION]));
    await bus.i2cRead(o.address, 2, buf);
    return ads1115Volts(buf[0] as number, buf[1] as number);
  };
  return {
    read: async (): Promise<CpReading> => {
      const hi = await convert(o.highChannel);
      const lo = await convert(o.lowChannel);
      return { highV: toCpVolts(hi, o.high), lowV: toCpVolts(lo, o.low) };
    },
    close: () => bus.close(),
  };
}
