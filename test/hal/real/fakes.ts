/** Fake native addons for the real adapters: they record calls and emulate just enough of the chips. */

import type {
  GpiodModule,
  I2cModule,
  ModuleLoader,
  OnoffModule,
  PigpioModule,
  SpiMessage,
  SpiModule,
} from '../../../src/hal/real/modules.js';
import { Ads1115Chip } from './chip-ads1115.js';
import { Mcp3008Chip } from './chip-mcp3008.js';

export interface FakeWorld {
  log: string[];
  /** pin -> last written level (all drivers) */
  pins: Map<number, number>;
  /** pin -> every physical level the pin drove as an output, in order (the first one is what the driver saw first) */
  history: Map<number, number[]>;
  /** pigpio: the level latch of each pin before the process starts (a crashed run may have left it high) */
  latch: Map<number, number>;
  /** CP volts at time t (us on the ADC chip's clock): what the MCP3008 front end divides down */
  cp: (tUs: number) => number;
  /** MCP3008 model parameters: VDD, the controller's gap between transfers, the ioctl latency per burst */
  mcp: { vddV: number; transferGapUs: number; startLatencyUs: () => number };
  /** the MCP3008 model once the SPI device is open */
  mcpChip?: Mcp3008Chip;
  /** ADS1115 input volts per channel (constant), or `adsInput` (time-dependent) when set */
  adsVolts: Map<number, number>;
  adsInput?: (channel: number, tUs: number) => number;
  ads: { busHz: number; transactionOverheadUs: number; oscillatorError: number };
  adsChip?: Ads1115Chip;
  alerts: Map<number, (level: 0 | 1, tick: number) => void>;
  tick: number;
  missing: Set<string>;
}

export function fakeWorld(): FakeWorld {
  return {
    log: [],
    pins: new Map(),
    history: new Map(),
    latch: new Map(),
    cp: () => 9,
    mcp: { vddV: 3.3, transferGapUs: 11, startLatencyUs: () => 137 },
    adsVolts: new Map(),
    ads: { busHz: 100_000, transactionOverheadUs: 60, oscillatorError: 0 },
    alerts: new Map(),
    tick: 0,
    missing: new Set(),
  };
}

/** The pin drives `level` as an output: remember it and append it to its history when it changes. */
export function drive(w: FakeWorld, pin: number, level: number): void {
  const h = w.history.get(pin) ?? [];
  if (h.at(-1) !== level) h.push(level);
  w.history.set(pin, h);
  w.pins.set(pin, level);
}

export function fakeLoader(w: FakeWorld, scaling = { scale: 10.09, offsetV: 1.4865, vrefV: 3.3 }): ModuleLoader {
  class PGpio {
    static OUTPUT = 1;
    static INPUT = 0;
    private out = false;
    constructor(
      private readonly pin: number,
      opts: { mode?: number; alert?: boolean },
    ) {
      w.log.push(
        `pigpio.Gpio(${pin}${opts.mode === undefined ? '' : opts.mode === 1 ? ',out' : ',in'}${opts.alert ? ',alert' : ''})`,
      );
      if (opts.mode === 1) this.setOut(); // gpioSetMode(OUTPUT): drives whatever the latch holds
    }
    private setOut() {
      this.out = true;
      drive(w, this.pin, w.latch.get(this.pin) ?? 0);
    }
    hardwarePwmWrite(f: number, d: number) {
      w.log.push(`pigpio.hardwarePwmWrite(${this.pin},${f},${d})`);
    }
    digitalWrite(l: 0 | 1) {
      // gpioWrite: level into the latch first, then output mode (pigpio.c: "stop a glitch")
      w.latch.set(this.pin, l);
      this.setOut();
    }
    digitalRead(): 0 | 1 {
      return (this.out ? (w.latch.get(this.pin) ?? 0) : (w.pins.get(this.pin) ?? 0)) as 0 | 1;
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
      requestOutputMode(_consumer?: string, defaultValue?: 0 | 1) {
        w.log.push(`gpiod.out(${this.off})`);
        drive(w, this.off, defaultValue ?? 0); // GPIO_V2_LINE_FLAG_OUTPUT with the default value (0 if none)
      }
      requestInputMode() {
        w.log.push(`gpiod.in(${this.off})`);
      }
      setValue(v: 0 | 1) {
        drive(w, this.off, v);
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
        // sysfs direction: 'high'/'low' = output at that raw level (gpiod_direction_output_raw), 'out' = raw low
        if (dir === 'low' || dir === 'out') drive(w, pin, 0);
        if (dir === 'high') drive(w, pin, 1);
      }
      writeSync(v: 0 | 1) {
        drive(w, this.pin, this.o.activeLow ? 1 - v : v);
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
      const chip = new Mcp3008Chip({
        vrefV: scaling.vrefV,
        vddV: w.mcp.vddV,
        transferGapUs: w.mcp.transferGapUs,
        startLatencyUs: 0,
        input: (_ch, t) => scaling.offsetV + w.cp(t) / scaling.scale,
      });
      w.mcpChip = chip;
      setImmediate(() => cb(null));
      return {
        transfer(messages: SpiMessage[], done: (err: Error | null, m: SpiMessage[]) => void) {
          chip.tUs += w.mcp.startLatencyUs();
          const err = chip.transfer(messages, options.maxSpeedHz ?? 500_000);
          setImmediate(() => done(err, messages));
        },
        close(done: (err: Error | null) => void) {
          w.log.push('spi.close');
          done(null);
        },
      };
    },
  };

  const ads = new Ads1115Chip({
    address: 0x48,
    input: (ch, t) => (w.adsInput ? w.adsInput(ch, t) : (w.adsVolts.get(ch) ?? 0)),
    ...w.ads,
  });
  w.adsChip = ads;
  const bus = ads.bus();
  const closeBus = bus.close;
  bus.close = async () => {
    w.log.push('i2c.close');
    await closeBus();
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
