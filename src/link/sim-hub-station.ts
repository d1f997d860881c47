/**
 * A station on the simulated powerline (sim-hub.ts): a host EthernetPort that hands what the host sends to the hub
 * and receives what the hub delivers, with an optional modem emulator between host and powerline (none: a raw link
 * such as a veth pair). Knows nothing about timing, faults or the other stations.
 */

import { parseMac } from '../core/bytes.js';
import { HardwareError } from '../core/errors.js';
import { type EthernetPort, FrameFanout } from './ports.js';
import { type ModemOptions, SimModem } from './sim-hub-modem.js';

export interface StationOptions {
  name: string;
  hostMac: Buffer | string;
  /** A modem emulator between host and powerline (default), or none (a raw link such as a veth pair). */
  modem?: ModemOptions | false;
}

/** Where a station's host frames go (the hub). */
export interface StationMedium {
  fromHost(from: SimStation, frame: Buffer): void;
}

export class SimStation {
  readonly name: string;
  readonly hostMac: Buffer;
  readonly port: EthernetPort;
  /** Undefined when the station has no modem. */
  readonly modem: SimModem | undefined;
  private readonly fanout = new FrameFanout();
  private closed = false;

  constructor(
    private readonly hub: StationMedium,
    opts: StationOptions,
  ) {
    this.name = opts.name;
    this.hostMac = typeof opts.hostMac === 'string' ? parseMac(opts.hostMac) : Buffer.from(opts.hostMac);
    if (opts.modem !== false) this.modem = new SimModem(this.hostMac, opts.modem ?? {});
    const station = this;
    this.port = {
      get mac() {
        return station.hostMac;
      },
      send: (frame) => {
        if (station.closed) throw new HardwareError(`sim station ${station.name} is closed`);
        station.hub.fromHost(station, Buffer.from(frame));
      },
      onFrame: (h) => station.fanout.add(h),
      close: () => {
        station.closed = true;
        station.fanout.clear();
      },
    };
  }

  /** Delivers a frame to the host (used by the hub). */
  deliver(frame: Buffer): void {
    if (!this.closed) this.fanout.emit(frame);
  }

  setSilent(silent: boolean): void {
    if (this.modem) this.modem.silent = silent;
  }
}
