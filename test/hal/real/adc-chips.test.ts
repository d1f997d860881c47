/**
 * The CP sense paths against datasheet models of their chips (chip-mcp3008.ts, chip-ads1115.ts): the MCP3008
 * converts once per falling edge of CS and a conversion takes its clocks; the ADS1115 takes 1/DR per
 * conversion. The first test keeps the burst layout piccs used before (one CS assertion for the whole burst)
 * to show the failure the model catches: one real conversion, then zeros, i.e. a -15 V low plateau.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HardwareError } from '../../../src/core/errors.js';
import { openAds1115 } from '../../../src/hal/real/ads1115.js';
import { mcp3008Command, mcp3008Value, openMcp3008 } from '../../../src/hal/real/mcp3008.js';
import { CP_EDGE_SETTLE_US, mcp3008BurstTiming } from '../../../src/hal/real/mcp3008-timing.js';
import type { SpiMessage } from '../../../src/hal/real/modules.js';
import { plateausFromBurst, toCpVolts } from '../../../src/hal/real/plateaus.js';
import { Mcp3008Chip } from './chip-mcp3008.js';
import { fakeLoader, fakeWorld } from './fakes.js';

const SCALE = { scale: 10.09, offsetV: 1.4865 };
const VREF = 3.3;

/** A 1 kHz +-12 V PWM as the sense divider sees it: the edges ramp over a few us (generator + RC filter). */
function pwmWave(dutyPercent: number, highV = 9, lowV = -12, rampUs = 4) {
  const highUs = dutyPercent * 10;
  return (tUs: number): number => {
    const p = ((tUs % 1000) + 1000) % 1000;
    if (p < rampUs) return lowV + ((highV - lowV) * p) / rampUs;
    if (p < highUs) return highV;
    if (p < highUs + rampUs) return highV - ((highV - lowV) * (p - highUs)) / rampUs;
    return lowV;
  };
}

function mcpOptions(over: Partial<Parameters<typeof openMcp3008>[1]> = {}): Parameters<typeof openMcp3008>[1] {
  return {
    spiDevice: '/dev/spidev0.0',
    speedHz: 1_000_000,
    channel: 0,
    burstSamples: 64,
    vrefV: VREF,
    ...SCALE,
    pwmFrequencyHz: 1000,
    transferGapUs: 11,
    ...over,
  };
}

describe('MCP3008 model (datasheet DS21295)', () => {
  it('the burst piccs sent before (CS held low for all 64 samples) reads one conversion, then zeros: -15 V', () => {
    const chip = new Mcp3008Chip({
      vrefV: VREF,
      vddV: 3.3,
      transferGapUs: 11,
      startLatencyUs: 0,
      input: (_c, t) => SCALE.offsetV + pwmWave(50)(t) / SCALE.scale,
    });
    // the old layout: 64 transfers in one message, chipSelectChange left false
    const legacy: SpiMessage[] = Array.from({ length: 64 }, () => ({
      sendBuffer: mcp3008Command(0),
      receiveBuffer: Buffer.alloc(3),
      byteLength: 3,
      speedHz: 1_000_000,
    }));
    assert.equal(chip.transfer(legacy, 1_000_000), null);
    const volts = legacy.map((m) => toCpVolts((mcp3008Value(m.receiveBuffer) / 1023) * VREF, SCALE));
    assert.equal(chip.sampleTimesUs.length, 1, 'one conversion for the whole burst');
    const r = plateausFromBurst(volts);
    assert.ok(r.lowV < -14.9, `the zeros read as ${r.lowV} V: the EVSE would see a -15 V plateau`);
    assert.ok(
      volts.slice(1).some((v) => v !== volts[0]),
      'samples after the first are not conversions',
    );
  });

  it('with a CS toggle per sample every transfer converts, one sample every 35 us at 1 MHz', async () => {
    const w = fakeWorld();
    w.cp = pwmWave(50);
    const s = await openMcp3008(fakeLoader(w, { ...SCALE, vrefV: VREF }), mcpOptions());
    const r = await s.read();
    const t = w.mcpChip?.sampleTimesUs ?? [];
    assert.equal(t.length, 64);
    const gaps = t.slice(1).map((x, i) => x - (t[i] as number));
    assert.ok(
      gaps.every((g) => Math.abs(g - 35) < 1e-6),
      `sample period ${gaps[0]} us`,
    );
    assert.ok(Math.abs(r.highV - 9) < 0.1 && Math.abs(r.lowV + 12) < 0.1, JSON.stringify(r));
    await s.close();
  });

  it('5 % duty: the high plateau is seen by every burst whatever its phase (500 random phases)', async () => {
    const w = fakeWorld();
    w.cp = pwmWave(5);
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    w.mcp.startLatencyUs = () => 100 + rnd() * 5000;
    const s = await openMcp3008(fakeLoader(w, { ...SCALE, vrefV: VREF }), mcpOptions());
    let worstHigh = Infinity;
    for (let i = 0; i < 500; i++) {
      const r = await s.read();
      worstHigh = Math.min(worstHigh, r.highV);
      assert.ok(Math.abs(r.lowV + 12) < 0.1, JSON.stringify(r));
    }
    assert.ok(Math.abs(worstHigh - 9) < 0.1, `worst high plateau ${worstHigh} V`);
    const timing = mcp3008BurstTiming({ speedHz: 1e6, transferGapUs: 11, burstSamples: 64, pwmFrequencyHz: 1000 });
    assert.equal(timing.minHighSamplesPerPeriod, 1);
    assert.equal(timing.periodsSpanned, 2);
    assert.equal(timing.flatHighUs, 50 - CP_EDGE_SETTLE_US);
    await s.close();
  });

  it('a configuration that can miss the 5 % plateau or spans less than two periods is refused at open', async () => {
    const w = fakeWorld();
    await assert.rejects(openMcp3008(fakeLoader(w), mcpOptions({ speedHz: 400_000 })), (e: unknown) => {
      assert.ok(e instanceof HardwareError);
      assert.match(e.message, /flat high plateau at 5 % duty/);
      return true;
    });
    await assert.rejects(openMcp3008(fakeLoader(w), mcpOptions({ burstSamples: 20 })), /less than two PWM periods/);
  });

  it('a clock above the datasheet maximum for VDD fails the transfer with a HardwareError', async () => {
    const w = fakeWorld();
    w.mcp.vddV = 2.7;
    const s = await openMcp3008(fakeLoader(w), mcpOptions({ speedHz: 2_000_000, burstSamples: 100 }));
    await assert.rejects(
      Promise.resolve(s.read()),
      (e: unknown) => e instanceof HardwareError && /datasheet/.test(e.message),
    );
    await s.close();
  });
});

/**
 * An active peak holder (op-amp + diode + C with a bleed resistor): charges in us, droops with tauDecayUs
 * (hw/cp-frontend.md: 100 nF x 200 kOhm = 20 ms, 5 % sag per 1 ms period).
 */
function peakHolder(input: (tUs: number) => number, tauChargeUs = 2, tauDecayUs = 20_000) {
  let t = 0;
  let v = 0;
  return (tUs: number): number => {
    for (; t < tUs; t += 1) {
      const x = input(t);
      v += x > v ? (x - v) * (1 / tauChargeUs) : -v * (1 / tauDecayUs);
    }
    return v;
  };
}

describe('ADS1115 model (datasheet SBAS444) with the peak-hold front end', () => {
  it('5 % duty: both plateaus within 0.3 V (the hold sag, averaged by the conversion); a read takes two conversions of 1/860 s each', async () => {
    const w = fakeWorld();
    const cp = pwmWave(5);
    const hi = peakHolder((t) => cp(t) / 4);
    const lo = peakHolder((t) => -cp(t) / 4);
    w.adsInput = (ch, t) => (ch === 0 ? hi(t) : lo(t));
    const loader = fakeLoader(w);
    const chip = w.adsChip;
    assert.ok(chip);
    chip.tUs = 300_000; // the holders have settled
    const s = await openAds1115(loader, {
      i2cBus: 1,
      address: 0x48,
      highChannel: 0,
      lowChannel: 1,
      high: { scale: 4, offsetV: 0 },
      low: { scale: -4, offsetV: 0 },
    });
    for (let i = 0; i < 20; i++) {
      const t0 = chip.tUs;
      const r = await s.read();
      assert.ok(Math.abs(r.highV - 9) < 0.3, `high ${r.highV}`);
      assert.ok(Math.abs(r.lowV + 12) < 0.3, `low ${r.lowV}`);
      assert.ok(chip.tUs - t0 >= 2 * (1e6 / 860), `a read took ${chip.tUs - t0} us`);
    }
    assert.deepEqual(
      chip.conversionsStarted.slice(0, 2).map((c) => c.channel),
      [0, 1],
    );
    await s.close();
  });

  it('the model keeps the previous result until a conversion is done (a driver that does not wait reads stale data)', async () => {
    const w = fakeWorld();
    w.adsVolts.set(0, 1);
    w.adsVolts.set(1, 2);
    w.ads.busHz = 400_000;
    fakeLoader(w);
    const chip = w.adsChip;
    assert.ok(chip);
    const bus = chip.bus();
    const buf = Buffer.alloc(2);
    const start = async (ch: number) => {
      const cfg = 0x8000 | ((4 + ch) << 12) | 0x0200 | 0x0100 | 0x00e0 | 0x0003;
      await bus.i2cWrite(0x48, 3, Buffer.from([1, cfg >> 8, cfg & 0xff]));
    };
    const readConv = async () => {
      await bus.i2cWrite(0x48, 1, Buffer.from([0]));
      await bus.i2cRead(0x48, 2, buf);
      return ((buf.readInt16BE(0) / 32768) * 4.096).toFixed(2);
    };
    await start(0);
    assert.equal(await readConv(), '0.00', 'not done yet: the reset value');
    chip.tUs += 2000;
    assert.equal(await readConv(), '1.00');
    await start(1);
    assert.equal(await readConv(), '1.00', 'still the previous channel');
    await bus.i2cWrite(0x48, 1, Buffer.from([1]));
    await bus.i2cRead(0x48, 2, buf);
    assert.equal((buf[0] as number) & 0x80, 0, 'OS = 0 while converting');
  });
});
