/**
 * CP sensing with an MCP3008 (10-bit SAR ADC on SPI). One read = one burst of single-ended conversions
 * sent as a single SPI transfer (one ioctl), spanning at least one 1 kHz PWM period so both plateaus are
 * in it: at 1 MHz SPI clock one conversion takes 24 clocks (24 us), so 64 samples span ~1.5 ms.
 * The divider/offset front end is in hw/cp-frontend.md; its scale and offset come from config.
 * The last burst also gives a coarse duty (PEV side on a Pi 5 without pigpio).
 */

import { HardwareError } from '../../core/errors.js';
import type { CpReading, CpSampler, PwmMeter } from '../ports.js';
import {
  INSTALL_HINTS,
  loadModule,
  type ModuleLoader,
  type SpiDevice,
  type SpiMessage,
  type SpiModule,
} from './modules.js';
import { type AdcScaling, dutyFromBurst, plateausFromBurst, toCpVolts } from './plateaus.js';

export interface Mcp3008Options extends AdcScaling {
  /** /dev/spidevB.D */
  spiDevice: string;
  speedHz: number;
  channel: number;
  burstSamples: number;
  /** ADC reference voltage (VREF pin), volts. */
  vrefV: number;
  pwmFrequencyHz: number;
}

export interface Mcp3008Sampler extends CpSampler {
  /** Duty from the last burst (coarse). */
  dutyMeter: PwmMeter;
  close(): Promise<void>;
}

/** The 3-byte MCP3008 single-ended conversion command for `channel` (datasheet figure 6-1). */
export function mcp3008Command(channel: number): Buffer {
  return Buffer.from([0x01, (0x08 | (channel & 7)) << 4, 0x00]);
}

/** The 10-bit result of a 3-byte response. */
export function mcp3008Value(rx: Buffer): number {
  return (((rx[1] as number) & 0x03) << 8) | (rx[2] as number);
}

export function parseSpiDevice(path: string): { bus: number; device: number } {
  const m = /spidev(\d+)\.(\d+)$/.exec(path);
  if (!m) throw new HardwareError(`hal.adc.spiDevice '${path}' is not /dev/spidevB.D`, 'e.g. /dev/spidev0.0');
  return { bus: Number(m[1]), device: Number(m[2]) };
}

export async function openMcp3008(loader: ModuleLoader, o: Mcp3008Options): Promise<Mcp3008Sampler> {
  if (!(o.channel >= 0 && o.channel <= 7)) throw new HardwareError(`MCP3008 channel ${o.channel}`, 'use 0..7');
  const spi = await loadModule<SpiModule>(loader, 'spi-device', 'open');
  const { bus, device } = parseSpiDevice(o.spiDevice);
  const dev = await new Promise<SpiDevice>((resolve, reject) => {
    const d = spi.open(bus, device, { mode: spi.MODE0, maxSpeedHz: o.speedHz }, (err) =>
      err
        ? reject(new HardwareError(`MCP3008 on ${o.spiDevice}: ${err.message}`, INSTALL_HINTS['spi-device']))
        : resolve(d),
    );
  });
  const cmd = mcp3008Command(o.channel);
  const messages: SpiMessage[] = Array.from({ length: o.burstSamples }, () => ({
    sendBuffer: cmd,
    receiveBuffer: Buffer.alloc(3),
    byteLength: 3,
    speedHz: o.speedHz,
  }));
  let lastBurst: number[] = [];
  const read = () =>
    new Promise<CpReading>((resolve, reject) => {
      dev.transfer(messages, (err, msgs) => {
        if (err)
          return reject(new HardwareError(`MCP3008 transfer failed: ${err.message}`, INSTALL_HINTS['spi-device']));
        lastBurst = msgs.map((m) => toCpVolts((mcp3008Value(m.receiveBuffer) / 1023) * o.vrefV, o));
        resolve(plateausFromBurst(lastBurst));
      });
    });
  return {
    read,
    dutyMeter: { read: () => (lastBurst.length ? dutyFromBurst(lastBurst, o.pwmFrequencyHz) : null) },
    close: () => new Promise<void>((resolve) => dev.close(() => resolve())),
  };
}
