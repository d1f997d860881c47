/**
 * Proximity pilot sense through the MCP3008: one single-ended conversion of the PP node per read (its own SPI
 * transfer, so chip select frames it), converted to the PP-PE resistance Rc of the cable from the pull-up to the
 * ADC reference (hw/safety-io.md, src/cp/proximity.ts). Shares the chip and the SPI device with the CP sense:
 * the kernel serialises the transfers of both handles.
 */

import { HardwareError } from '../../core/errors.js';
import { ppOhmsFromVolts } from '../../cp/proximity.js';
import type { PpSensor } from '../ports.js';
import { mcp3008Command, mcp3008Value, parseSpiDevice } from './mcp3008.js';
import { INSTALL_HINTS, loadModule, type ModuleLoader, type SpiDevice, type SpiModule } from './modules.js';

export interface PpAdcOptions {
  spiDevice: string;
  speedHz: number;
  channel: number;
  vrefV: number;
  pullUpOhms: number;
}

/** MCP3008 full scale (10 bits). */
const MCP3008_FULL_SCALE = 1023;

export async function openMcp3008Pp(
  loader: ModuleLoader,
  o: PpAdcOptions,
): Promise<PpSensor & { close(): Promise<void> }> {
  const spi = await loadModule<SpiModule>(loader, 'spi-device', 'open');
  const { bus, device } = parseSpiDevice(o.spiDevice);
  const dev = await new Promise<SpiDevice>((resolve, reject) => {
    const d = spi.open(bus, device, { mode: spi.MODE0, maxSpeedHz: o.speedHz }, (err) =>
      err
        ? reject(new HardwareError(`PP ADC (MCP3008) on ${o.spiDevice}: ${err.message}`, INSTALL_HINTS['spi-device']))
        : resolve(d),
    );
  });
  const message = {
    sendBuffer: mcp3008Command(o.channel),
    receiveBuffer: Buffer.alloc(3),
    byteLength: 3,
    speedHz: o.speedHz,
  };
  return {
    readOhms: () =>
      new Promise<number>((resolve, reject) => {
        dev.transfer([message], (err, msgs) => {
          if (err)
            return reject(new HardwareError(`PP ADC transfer failed: ${err.message}`, INSTALL_HINTS['spi-device']));
          const v = (mcp3008Value((msgs[0] ?? message).receiveBuffer) / MCP3008_FULL_SCALE) * o.vrefV;
          resolve(ppOhmsFromVolts(v, o.vrefV, o.pullUpOhms));
        });
      }),
    close: () => new Promise<void>((resolve) => dev.close(() => resolve())),
  };
}
