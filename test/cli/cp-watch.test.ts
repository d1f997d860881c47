/** `piccs cp watch` (issue 15.5): ten valid JSON lines from the simulated line; the board's named I/O enumerated. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cpWatch } from '../../src/cli/commands/cp.js';
import { fakeIO } from '../helpers/fake-io.js';

const MAIN = join(fileURLToPath(new URL('.', import.meta.url)), '../../src/cli/main.js');
const KEYS = ['t', 'state', 'highV', 'lowV', 'dutyPercent', 'frequencyHz', 'pp', 'inputs', 'outputs'];

describe('piccs cp watch', () => {
  it('--hw sim --json --count 10 prints ten valid lines (the process, as a user runs it)', () => {
    const r = spawnSync(process.execPath, [MAIN, 'cp', 'watch', '--hw', 'sim', '--json', '--count', '10'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 10);
    let lastT = -1;
    for (const l of lines) {
      const o = JSON.parse(l) as Record<string, unknown>;
      assert.deepEqual(Object.keys(o), KEYS);
      assert.equal(o.state, 'B', 'a simulated car is plugged in, constant +12 V generator');
      assert.ok(Math.abs((o.highV as number) - 9) < 0.5);
      assert.ok((o.t as number) > lastT);
      lastT = o.t as number;
      assert.deepEqual(o.outputs, { contactor: false, lock: false, precharge: false });
      // the simulated board has the safety inputs fitted: a 32 A cable (220 ohm PP), nothing tripped
      assert.deepEqual(o.inputs, { lockFeedback: false, contactorFeedback: false, rcd: false, estop: false });
      assert.deepEqual(o.pp, { ohms: 220, maxCurrentA: 32 });
    }
  });

  it('--duty 5 on the sim shows the 5 % PWM, its frequency and both plateaus', async () => {
    const f = fakeIO();
    assert.equal(await cpWatch(['watch', '--json', '--count', '2', '--interval', '0', '--duty', '5'], f.io), 0);
    const o = JSON.parse(f.out().trim().split('\n')[1] as string);
    assert.equal(o.state, 'B');
    assert.equal(o.dutyPercent, 5);
    assert.equal(o.frequencyHz, 1000);
    assert.ok(o.lowV < -11);
  });

  it('inputs, outputs and pp are enumerated from whatever the board exposes; outputs stay safe after', async () => {
    const f = fakeIO();
    let contactor = true;
    let pwm = 'none';
    const board = {
      sampler: { read: async () => ({ highV: 6, lowV: -12 }) },
      pwm: {
        setDuty: (d: number) => (pwm = `duty ${d}`),
        off: () => (pwm = 'off'),
        constantHigh: () => (pwm = 'high'),
      },
      pwmMeter: { read: () => ({ dutyPercent: 26.7, frequencyHz: 999.9 }) },
      contactor: { set: (on: boolean) => (contactor = on), get: () => contactor },
      rcd: { read: () => false },
      estop: { read: () => true },
      pp: { read: () => ({ ohms: 220, maxCurrentA: 32 }) },
      close: async () => {},
    };
    const code = await cpWatch(['watch', '--json', '--count', '1', '--duty', '26.7'], f.io, {
      openBoard: async () => board,
    });
    assert.equal(code, 0);
    const o = JSON.parse(f.out().trim());
    assert.equal(o.state, 'C');
    assert.deepEqual(o.inputs, { rcd: false, estop: true });
    assert.deepEqual(o.outputs, { contactor: true });
    assert.deepEqual(o.pp, { ohms: 220, maxCurrentA: 32 });
    assert.equal(pwm, 'off', 'the generator is back at -12 V after the watch');
  });

  it('bad options: one message, the usage, exit 2', async () => {
    for (const argv of [['watch', '--count', '0'], ['watch', '--hw', 'pi'], ['look'], ['watch', '--bogus']]) {
      const f = fakeIO();
      assert.equal(await cpWatch(argv, f.io), 2, argv.join(' '));
      assert.match(f.err(), /usage: piccs cp watch/);
      assert.doesNotMatch(f.err(), /\n\s+at /, 'no stack trace');
    }
  });
});
