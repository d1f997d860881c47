/**
 * CP sensing with an MCP3008 (10-bit SAR ADC on SPI). One read = one burst of single-ended conversions
 * sent as one spidev message (one ioctl), spanning at least two 1 kHz PWM periods so both plateaus are in
 * it. Every conversion is its own transfer with `chipSelectChange`: the chip starts a conversion only on
 * the first start bit after CS falls, and with CS held low it clocks out zeros after the first result.
 * At 1 MHz one sample costs 24 clocks plus the controller's gap (about 35 us on a Pi), so the default 64
 * samples span about 2.2 ms; `mcp3008BurstTiming` checks at open that the 5 % high plateau cannot be missed.
 * The divider/offset front end is in hw/cp-frontend.md; its scale and offset come from config.
 * The last burst also gives a coarse duty (PEV side on a Pi 5 without pigpio).
 */

import { HardwareError } from '../../core/errors.js';
import type { CpReading, CpSampler, PwmMeter } from '../ports.js';
import { mcp3008BurstTiming } from './mcp3008-timing.js';
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
  /** The SPI controller's gap between transfers (CS toggle), us: for the timing check. */
  transferGapUs: number;
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
  const timing = mcp3008BurstTiming({ ...o, transferGapUs: o.transferGapUs });
  if (timing.problems.length) {
    throw new HardwareError(
      `MCP3008 burst cannot see the CP plateaus: ${timing.problems.join('; ')}`,
      'hw/cp-frontend.md, "Sampling timing"',
    );
  }
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
    // release CS after every conversion: the next start bit is only seen after a falling edge of CS
    chipSelectChange: true,
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
