import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createActor } from 'xstate';
import type { Config } from '../../../src/config/schema.js';
import { schema } from '../../../src/config/schema.js';
import { flattenSpec } from '../../../src/config/spec.js';
import { ManualClock } from '../../../src/core/clock.js';
import { HardwareError } from '../../../src/core/errors.js';
import { evseCpMachine } from '../../../src/cp/evse-cp.machine.js';
import { ads1115Config, ads1115Volts } from '../../../src/hal/real/ads1115.js';
import { openRealEvseBoard, openRealPevBoard, type RealHalOptions } from '../../../src/hal/real/board.js';
import { chipId } from '../../../src/hal/real/gpio.js';
import { mcp3008Command, mcp3008Value, parseSpiDevice } from '../../../src/hal/real/mcp3008.js';
import { openPigpioPwm } from '../../../src/hal/real/pigpio.js';
import { fakeLoader, fakeWorld } from './fakes.js';

const root = mkdtempSync(join(tmpdir(), 'piccs-cp-board-'));
after(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'pwmchip0', 'pwm0'), { recursive: true });
writeFileSync(join(root, 'pwmchip0', 'export'), '');

/** The config section's defaults: the typed config must be usable as RealHalOptions as it is. */
function defaults(): RealHalOptions {
  const out: Record<string, unknown> = {};
  for (const [path, spec] of flattenSpec(schema.hal)) {
    const keys = path.split('.');
    let o = out;
    for (const k of keys.slice(0, -1)) {
      if (!o[k]) o[k] = {};
      o = o[k] as Record<string, unknown>;
    }
    o[keys.at(-1) as string] = spec.default;
  }
  const typed: Config['hal'] = out as Config['hal'];
  return structuredClone(typed) satisfies RealHalOptions;
}

describe('chip helpers', () => {
  it('MCP3008 command and result bytes (datasheet figure 6-1)', () => {
    assert.deepEqual([...mcp3008Command(0)], [0x01, 0x80, 0x00]);
    assert.deepEqual([...mcp3008Command(7)], [0x01, 0xf0, 0x00]);
    assert.equal(mcp3008Value(Buffer.from([0x00, 0x03, 0xff])), 1023);
    assert.equal(mcp3008Value(Buffer.from([0xff, 0x01, 0x02])), 258);
    assert.deepEqual(parseSpiDevice('/dev/spidev0.1'), { bus: 0, device: 1 });
    assert.throws(() => parseSpiDevice('/dev/i2c-1'), HardwareError);
  });
  it('ADS1115 config word and conversion', () => {
    assert.equal(ads1115Config(0), 0xc3e3);
    assert.equal(ads1115Config(1), 0xd3e3);
    assert.equal(ads1115Volts(0x7f, 0xff), (32767 / 32768) * 4.096);
    assert.equal(ads1115Volts(0x80, 0x00), -4.096);
  });
  it('gpiochip names', () => {
    assert.equal(chipId('gpiochip4'), 4);
    assert.equal(chipId('/dev/gpiochip0'), 0);
    assert.equal(chipId('pinctrl-rp1'), 'pinctrl-rp1');
  });
});

describe('real EVSE board (kernel backend, gpiochip, MCP3008) with fake addons', () => {
  it('opens with safe outputs, drives and reads, and closes safe', async () => {
    const w = fakeWorld();
    const b = await openRealEvseBoard(defaults(), { loader: fakeLoader(w), sysfsPwmRoot: root });
    assert.equal(w.pins.get(23), 0, 'contactor low = open');
    assert.equal(readFileSync(join(root, 'pwmchip0', 'pwm0', 'duty_cycle'), 'utf8'), '0', 'CP at -12 V');
    b.contactor.set(true);
    assert.equal(w.pins.get(23), 1);
    b.pwm.setDuty(26.67);
    assert.equal(readFileSync(join(root, 'pwmchip0', 'pwm0', 'duty_cycle'), 'utf8'), '266700');
    w.cp = (t) => (t % 1000 < 266.7 ? 9 : -12);
    const r = await b.sampler.read();
    assert.ok(Math.abs(r.highV - 9) < 0.1 && Math.abs(r.lowV + 12) < 0.1, JSON.stringify(r));
    assert.ok(b.precharge && b.contactorFeedback, 'precharge and feedback opened by default');
    await b.close();
    assert.equal(w.pins.get(23), 0);
    assert.equal(readFileSync(join(root, 'pwmchip0', 'pwm0', 'duty_cycle'), 'utf8'), '0');
    assert.ok(w.log.includes('spi.close'));
    assert.ok(w.log.includes('gpiod.release(23)'));
  });

  it('runs the EVSE CP machine on the real ports (asynchronous SPI reads)', async () => {
    const w = fakeWorld();
    w.cp = () => 12;
    const b = await openRealEvseBoard(defaults(), { loader: fakeLoader(w), sysfsPwmRoot: root });
    const clock = new ManualClock();
    const seen: string[] = [];
    const a = createActor(evseCpMachine, { clock, input: { ports: b, clock } });
    a.on('*', (e) => seen.push(e.type));
    a.start();
    const step = async (ms: number) => {
      for (let i = 0; i < ms; i++) {
        clock.advance(1);
        await new Promise((r) => setImmediate(r));
        await new Promise((r) => setImmediate(r));
      }
    };
    await step(30);
    w.cp = () => 9;
    await step(40);
    assert.ok(seen.includes('evseCp.carPluggedIn'), seen.join());
    a.stop();
    await b.close();
  });

  it('pigpio backend: hardware PWM on BCM 18 at 1 kHz, duty in millionths', async () => {
    const w = fakeWorld();
    const o = defaults();
    o.backend = 'pigpio';
    o.gpio.driver = 'pigpio';
    const b = await openRealEvseBoard(o, { loader: fakeLoader(w) });
    b.pwm.setDuty(5);
    b.pwm.constantHigh();
    assert.deepEqual(
      w.log.filter((l) => l.startsWith('pigpio.hardwarePwmWrite')),
      [
        'pigpio.hardwarePwmWrite(18,1000,0)', // opened at -12 V
        'pigpio.hardwarePwmWrite(18,1000,0)', // board safe state
        'pigpio.hardwarePwmWrite(18,1000,50000)',
        'pigpio.hardwarePwmWrite(18,1000,1000000)',
      ],
    );
    await b.close();
    assert.equal(
      w.log.filter((l) => l.startsWith('pigpio.hardwarePwmWrite')).at(-1),
      'pigpio.hardwarePwmWrite(18,1000,0)',
    );
  });

  it('pigpio PWM refuses a pin without hardware PWM', async () => {
    await assert.rejects(
      openPigpioPwm(fakeLoader(fakeWorld()), { gpio: 17, frequencyHz: 1000, invert: false }),
      HardwareError,
    );
  });

  it('onoff driver with an active-low contactor', async () => {
    const w = fakeWorld();
    const o = defaults();
    o.gpio.driver = 'onoff';
    o.contactor.activeLow = true;
    o.precharge.gpio = -1;
    o.contactor.feedbackGpio = -1;
    const b = await openRealEvseBoard(o, { loader: fakeLoader(w), sysfsPwmRoot: root });
    assert.equal(w.pins.get(23), 1, 'active low: open = pin high');
    b.contactor.set(true);
    assert.equal(w.pins.get(23), 0);
    await b.close();
    assert.equal(w.pins.get(23), 1);
  });

  it('ADS1115 with the peak-hold front end: two single-shot conversions per read', async () => {
    const w = fakeWorld();
    const o = defaults();
    o.adc.type = 'ads1115';
    w.adsVolts.set(0, 9 / 4); // +9 V through 1/4
    w.adsVolts.set(1, 12 / 4); // -12 V through the inverting 1/4 stage
    const b = await openRealEvseBoard(o, { loader: fakeLoader(w), sysfsPwmRoot: root });
    const r = await b.sampler.read();
    assert.ok(Math.abs(r.highV - 9) < 0.01 && Math.abs(r.lowV + 12) < 0.01, JSON.stringify(r));
    await b.close();
  });

  it('a missing addon is an actionable HardwareError, and what was opened is closed again', async () => {
    const w = fakeWorld();
    w.missing.add('spi-device');
    await assert.rejects(openRealEvseBoard(defaults(), { loader: fakeLoader(w), sysfsPwmRoot: root }), (e: unknown) => {
      assert.ok(e instanceof HardwareError);
      assert.match(e.hint, /dtparam=spi=on/);
      return true;
    });
    assert.ok(w.log.includes('gpiod.release(23)'), 'the contactor line was released');
  });

  it('adc none and backend sim are refused with a hint', async () => {
    const o = defaults();
    o.adc.type = 'none';
    await assert.rejects(openRealEvseBoard(o, { loader: fakeLoader(fakeWorld()), sysfsPwmRoot: root }), /hal.adc.type/);
    const s = defaults();
    s.backend = 'sim';
    await assert.rejects(openRealEvseBoard(s, { loader: fakeLoader(fakeWorld()) }), /--hw sim/);
  });
});

describe('real PEV board with fake addons', () => {
  it('pigpio: S2 on BCM 22, duty from edge ticks on BCM 17', async () => {
    const w = fakeWorld();
    const o = defaults();
    o.backend = 'pigpio';
    o.gpio.driver = 'pigpio';
    const b = await openRealPevBoard(o, { loader: fakeLoader(w) });
    assert.equal(w.pins.get(22), 0);
    b.s2.set(true);
    assert.equal(w.pins.get(22), 1);
    const alert = w.alerts.get(17);
    assert.ok(alert);
    for (let t = 0; t <= 5000; t += 1000) {
      alert(1, t);
      alert(0, t + 50);
    }
    w.tick = 5100;
    assert.deepEqual(b.pwmMeter.read(), { dutyPercent: 5, frequencyHz: 1000 });
    assert.ok(w.log.includes('pigpio.glitchFilter(17,3)'));
    await b.close();
    assert.equal(w.pins.get(22), 0);
  });

  it('kernel backend (Pi 5): duty from MCP3008 bursts', async () => {
    const w = fakeWorld();
    const o = defaults();
    o.adc.burstSamples = 125; // 3 ms at 24 us: three periods
    const b = await openRealPevBoard(o, { loader: fakeLoader(w) });
    assert.equal(b.pwmMeter.read(), null, 'no burst yet');
    w.cp = (t) => (t % 1000 < 533 ? 6 : -12);
    await b.sampler.read();
    const m = b.pwmMeter.read();
    assert.ok(m && Math.abs(m.dutyPercent - 53.3) < 2.5, JSON.stringify(m));
    await b.close();
  });

  it('no duty source at all is refused', async () => {
    const o = defaults();
    o.adc.type = 'ads1115';
    await assert.rejects(openRealPevBoard(o, { loader: fakeLoader(fakeWorld()) }), /duty cycle/);
  });
});
