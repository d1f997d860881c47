import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { HardwareError } from '../../../src/core/errors.js';
import { openSysfsPwm } from '../../../src/hal/real/sysfs-pwm.js';

const root = mkdtempSync(join(tmpdir(), 'piccs-cp-pwm-'));
after(() => rmSync(root, { recursive: true, force: true }));

function fakeChip(chip: number, channel: number, exported: boolean): string {
  const dir = join(root, `pwmchip${chip}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'export'), '');
  if (exported) mkdirSync(join(dir, `pwm${channel}`), { recursive: true });
  return join(dir, `pwm${channel}`);
}
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

describe('sysfs PWM (kernel pwmchip, every Pi incl. the 5)', () => {
  it('sets period 1 ms, starts safe at 0 % (-12 V), enabled', () => {
    const dir = fakeChip(0, 0, true);
    openSysfsPwm({ chip: 0, channel: 0, frequencyHz: 1000, invert: false, root });
    assert.equal(read(dir, 'period'), '1000000');
    assert.equal(read(dir, 'duty_cycle'), '0');
    assert.equal(read(dir, 'enable'), '1');
  });

  it('duty in ns; constantHigh = 100 %; off = 0 %; close leaves it safe', () => {
    const dir = fakeChip(1, 2, true);
    const p = openSysfsPwm({ chip: 1, channel: 2, frequencyHz: 1000, invert: false, root });
    p.setDuty(5);
    assert.equal(read(dir, 'duty_cycle'), '50000');
    p.setDuty(26.67);
    assert.equal(read(dir, 'duty_cycle'), '266700');
    p.constantHigh();
    assert.equal(read(dir, 'duty_cycle'), '1000000');
    p.off();
    assert.equal(read(dir, 'duty_cycle'), '0');
    p.constantHigh();
    p.close();
    assert.equal(read(dir, 'duty_cycle'), '0');
  });

  it('invert flips the duty for an inverting op-amp stage', () => {
    const dir = fakeChip(2, 0, true);
    const p = openSysfsPwm({ chip: 2, channel: 0, frequencyHz: 1000, invert: true, root });
    assert.equal(read(dir, 'duty_cycle'), '1000000', 'safe = -12 V = pin high when inverted');
    p.setDuty(5);
    assert.equal(read(dir, 'duty_cycle'), '950000');
  });

  it('exports the channel when it is not exported yet', () => {
    fakeChip(3, 1, false);
    // the fake kernel does not create pwm1 on export, so the first write fails with an actionable error
    assert.throws(
      () => openSysfsPwm({ chip: 3, channel: 1, frequencyHz: 1000, invert: false, root }),
      (e: unknown) => e instanceof HardwareError && /pwm1/.test(e.message) && /dtoverlay=pwm/.test(e.hint),
    );
    assert.equal(readFileSync(join(root, 'pwmchip3', 'export'), 'utf8'), '1');
  });

  it('a missing pwmchip is a HardwareError with the overlay hint', () => {
    assert.throws(
      () => openSysfsPwm({ chip: 9, channel: 0, frequencyHz: 1000, invert: false, root }),
      (e: unknown) => e instanceof HardwareError && /pwmchip9/.test(e.message),
    );
  });
});
