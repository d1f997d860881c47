import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { POWER_LOCK_FILE, powerLockHolder } from '../../src/app/power-lock.js';
import power from '../../src/cli/commands/power.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('piccs power (bench tool, emulated modules)', () => {
  it('status lists the configured modules', async () => {
    const f = fakeIO();
    const io = f.io;
    const code = await power.run(
      ['status', '--power', 'infypower', '--hw', 'sim', '--json', '--set', 'power.modules.addresses=3,4'],
      io,
    );
    assert.equal(code, 0, f.err());
    const r = JSON.parse(f.out().trim().split('\n').at(-1) as string);
    assert.deepEqual(
      r.modules.map((m: { addr: number }) => m.addr),
      [3, 4],
    );
  });
  it('set needs the live-output acknowledgement and valid numbers', async () => {
    const f = fakeIO();
    const io = f.io;
    assert.equal(await power.run(['set', '--power', 'uugreen', '--hw', 'sim', '--voltage', '300'], io), 2);
    assert.match(f.err(), /--ack-live-output/);
    assert.match(f.err(), /--current/);
  });
  it('set drives the modules and switches them off at the end', async () => {
    const f = fakeIO();
    const io = f.io;
    const code = await power.run(
      [
        'set',
        '--power',
        'uugreen',
        '--hw',
        'sim',
        '--voltage',
        '300',
        '--current',
        '5',
        '--ack-live-output',
        '--seconds',
        '1',
        '--json',
      ],
      io,
    );
    assert.equal(code, 0, f.err());
    const lines = f
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(Math.abs(lines[0].voltageV - 300) < 1, JSON.stringify(lines[0]));
    assert.equal(powerLockHolder(), undefined, 'lock released');
  });
  it('set and off refuse while a session holds the power stage', async () => {
    writeFileSync(POWER_LOCK_FILE, `${process.ppid}\n`); // a live process that is not us
    try {
      const f = fakeIO();
      const io = f.io;
      const code = await power.run(['off', '--power', 'infypower', '--hw', 'sim'], io);
      assert.equal(code, 1);
      assert.match(f.err(), /a session \(pid \d+\) is driving the power stage/);
    } finally {
      rmSync(POWER_LOCK_FILE, { force: true });
    }
  });
});
