/**
 * PP through the MCP3008: a fake spi-device that converts the channel the command selects (datasheet figure 6-1:
 * start bit, single-ended, D2..D0), with the PP node of a 1 kOhm pull-up to 3.3 V and the cable's Rc to PE.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ppAmps, ppVoltsFromOhms } from '../../../src/cp/proximity.js';
import type { ModuleLoader, SpiMessage, SpiModule } from '../../../src/hal/real/modules.js';
import { openMcp3008Pp } from '../../../src/hal/real/pp-adc.js';

function fakeSpi(volts: Map<number, number>, log: string[]): ModuleLoader {
  const spi: SpiModule = {
    MODE0: 0,
    open(_bus, _dev, _o, cb) {
      setImmediate(() => cb(null));
      return {
        transfer(messages: SpiMessage[], done) {
          for (const m of messages) {
            if (m.sendBuffer[0] !== 0x01) throw new Error('no start bit');
            const ch = ((m.sendBuffer[1] as number) >> 4) & 7;
            if (((m.sendBuffer[1] as number) & 0x80) === 0) throw new Error('differential mode');
            log.push(`ch${ch}`);
            const counts = Math.round(((volts.get(ch) ?? 0) / 3.3) * 1023);
            m.receiveBuffer[1] = (counts >> 8) & 3;
            m.receiveBuffer[2] = counts & 0xff;
          }
          setImmediate(() => done(null, messages));
        },
        close(done) {
          log.push('close');
          done(null);
        },
      };
    },
  };
  return async (name) => {
    if (name !== 'spi-device') throw new Error(name);
    return spi;
  };
}

describe('PP sense on the MCP3008', () => {
  it('reads the PP channel and returns Rc; the cable codes come out right', async () => {
    const volts = new Map<number, number>();
    const log: string[] = [];
    const pp = await openMcp3008Pp(fakeSpi(volts, log), {
      spiDevice: '/dev/spidev0.0',
      speedHz: 1_000_000,
      channel: 1,
      vrefV: 3.3,
      pullUpOhms: 1000,
    });
    for (const [ohms, amps] of [
      [1500, 13],
      [680, 20],
      [220, 32],
      [100, 63],
    ] as const) {
      volts.set(1, ppVoltsFromOhms(ohms, 3.3, 1000));
      const r = await pp.readOhms();
      assert.ok(Math.abs(r - ohms) / ohms < 0.02, `${ohms} Ohm read as ${r}`);
      assert.equal(ppAmps(r), amps);
    }
    volts.set(1, 3.3);
    assert.equal(await pp.readOhms(), Infinity, 'no cable');
    assert.ok(log.every((l) => l === 'ch1'));
    await pp.close();
    assert.equal(log.at(-1), 'close');
  });
});
