/** Fake native addons for the real adapters: they record calls and emulate just enough of the chips. */

import type {
  GpiodModule,
  I2cBusP,
  I2cModule,
  ModuleLoader,
  OnoffModule,
  PigpioModule,
  SpiMessage,
  SpiModule,
} from '../../../src/hal/real/modules.js';

export interface FakeWorld {
  log: string[];
  /** pin -> last written level (all drivers) */
  pins: Map<number, number>;
  /** CP volts the ADCs see for sample i of a burst / for a channel */
  cpAt: (i: number) => number;
  adsVolts: Map<number, number>;
  alerts: Map<number, (level: 0 | 1, tick: number) => void>;
  tick: number;
  missing: Set<string>;
}

export function fakeWorld(): FakeWorld {
  return {
    log: [],
    pins: new Map(),
    cpAt: () => 9,
    adsVolts: new Map(),
    alerts: new Map(),
    tick: 0,
    missing: new Set(),
  };
}

export function fakeLoader(w: FakeWorld, scaling = { scale: 10.09, offsetV: 1.4865, vrefV: 3.3 }): ModuleLoader {
  class PGpio {
    static OUTPUT = 1;
    static INPUT = 0;
    constructor(
      private readonly pin: number,
      opts: { mode: number; alert?: boolean },
    ) {
      w.log.push(`pigpio.Gpio(${pin},${opts.mode === 1 ? 'out' : 'in'}${opts.alert ? ',alert' : ''})`);
    }
    hardwarePwmWrite(f: number, d: number) {
      w.log.push(`pigpio.hardwarePwmWrite(${this.pin},${f},${d})`);
    }
    digitalWrite(l: 0 | 1) {
      w.pins.set(this.pin, l);
    }
    digitalRead(): 0 | 1 {
      return (w.pins.get(this.pin) ?? 0) as 0 | 1;
    }
    glitchFilter(us: number) {
      w.log.push(`pigpio.glitchFilter(${this.pin},${us})`);
    }
    on(_e: 'alert', fn: (level: 0 | 1, tick: number) => void) {
      w.alerts.set(this.pin, fn);
    }
  }
  const pigpio: PigpioModule = { Gpio: PGpio, getTick: () => w.tick };

  const gpiod: GpiodModule = {
    Chip: class {
      constructor(c: number | string) {
        w.log.push(`gpiod.Chip(${c})`);
      }
    },
    Line: class {
      constructor(
        _c: unknown,
        private readonly off: number,
      ) {}
      requestOutputMode() {
        w.log.push(`gpiod.out(${this.off})`);
      }
      requestInputMode() {
        w.log.push(`gpiod.in(${this.off})`);
      }
      setValue(v: 0 | 1) {
        w.pins.set(this.off, v);
      }
      getValue(): 0 | 1 {
        return (w.pins.get(this.off) ?? 0) as 0 | 1;
      }
      release() {
        w.log.push(`gpiod.release(${this.off})`);
      }
    },
  };

  const onoff: OnoffModule = {
    Gpio: class {
      constructor(
        private readonly pin: number,
        dir: string,
        _edge?: string,
        private readonly o: { activeLow?: boolean } = {},
      ) {
        w.log.push(`onoff.Gpio(${pin},${dir}${o.activeLow ? ',activeLow' : ''})`);
        if (dir === 'low') w.pins.set(pin, o.activeLow ? 1 : 0);
      }
      writeSync(v: 0 | 1) {
        w.pins.set(this.pin, this.o.activeLow ? 1 - v : v);
      }
      readSync(): 0 | 1 {
        const raw = w.pins.get(this.pin) ?? 0;
        return (this.o.activeLow ? 1 - raw : raw) as 0 | 1;
      }
      unexport() {
        w.log.push(`onoff.unexport(${this.pin})`);
      }
    },
  };

  const spi: SpiModule = {
    MODE0: 0,
    open(bus, device, options, cb) {
      w.log.push(`spi.open(${bus},${device},${options.maxSpeedHz})`);
      setImmediate(() => cb(null));
      return {
        transfer(messages: SpiMessage[], done: (err: Error | null, m: SpiMessage[]) => void) {
          messages.forEach((m, i) => {
            if (m.sendBuffer[0] !== 0x01) throw new Error('bad MCP3008 start bit');
            const adc = scaling.offsetV + w.cpAt(i) / scaling.scale;
            const counts = Math.max(0, Math.min(1023, Math.round((adc / scaling.vrefV) * 1023)));
            m.receiveBuffer[0] = 0;
            m.receiveBuffer[1] = (counts >> 8) & 3;
            m.receiveBuffer[2] = counts & 0xff;
          });
          setImmediate(() => done(null, messages));
        },
        close(done: (err: Error | null) => void) {
          w.log.push('spi.close');
          done(null);
        },
      };
    },
  };

  let pointer = 0;
  let channel = 0;
  const bus: I2cBusP = {
    async i2cWrite(addr, len, buf) {
      if (addr !== 0x48) throw new Error(`no device at ${addr}`);
      pointer = buf[0] as number;
      if (len === 3 && pointer === 1) channel = (((buf[1] as number) >> 4) & 7) - 4;
      return { bytesWritten: len };
    },
    async i2cRead(_addr, len, buf) {
      if (pointer === 1) {
        buf[0] = 0x80;
        buf[1] = 0;
      } else {
        const raw = Math.round(((w.adsVolts.get(channel) ?? 0) / 4.096) * 32768) & 0xffff;
        buf[0] = raw >> 8;
        buf[1] = raw & 0xff;
      }
      return { bytesRead: len, buffer: buf };
    },
    async close() {
      w.log.push('i2c.close');
    },
  };
  const i2c: I2cModule = { openPromisified: async () => bus };

  const mods: Record<string, unknown> = {
    pigpio,
    'node-libgpiod': gpiod,
    onoff,
    'spi-device': spi,
    'i2c-bus': i2c,
  };
  return async (name, hint) => {
    if (w.missing.has(name) || !(name in mods)) {
      const { HardwareError } = await import('../../../src/core/errors.js');
      throw new HardwareError(`optional module '${name}' could not be loaded: not installed`, hint);
    }
    return mods[name];
  };
}
