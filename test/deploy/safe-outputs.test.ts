/**
 * deploy/bin/piccs-safe-outputs, the ExecStopPost of the service, against a fake sysfs and fake libgpiod
 * tools on the PATH: the CP PWM goes to duty 0 on every exported channel (EVSE only), nothing crashes with
 * a broken config, and a usage error is reported.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { schema } from '../../src/config/index.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

const SCRIPT = join(PROJECT_ROOT, 'deploy/bin/piccs-safe-outputs');
const BUILT = existsSync(join(PROJECT_ROOT, 'dist/src/config/index.js'));
const work = mkdtempSync(join(tmpdir(), 'piccs-safe-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A fake /sys with pwmchip0 channel 0 running at 5 % (as a crashed EVSE leaves it) and an unexported chip. */
function fakeSys(name: string): string {
  const sys = join(work, name);
  mkdirSync(join(sys, 'class/pwm/pwmchip0/pwm0'), { recursive: true });
  mkdirSync(join(sys, 'class/pwm/pwmchip2'), { recursive: true });
  writeFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/period'), '1000000\n');
  writeFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/duty_cycle'), '50000\n');
  writeFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/enable'), '1\n');
  return sys;
}

/** Fake libgpiod 1.x tools that log their arguments. */
function fakeGpiod(name: string): { bin: string; log: string } {
  const bin = join(work, name, 'bin');
  const log = join(work, name, 'gpio.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, 'gpioset'),
    `#!/bin/sh\n[ "$1" = --version ] && { echo 'gpioset (libgpiod) v1.6.3'; exit 0; }\necho "$@" >> ${log}\n`,
    { mode: 0o755 },
  );
  writeFileSync(join(bin, 'gpiofind'), '#!/bin/sh\necho "gpiochip0 $(echo "$1" | tr -d GPIO)"\n', { mode: 0o755 });
  return { bin, log };
}

/** Runs the script with the fake sysfs and fake gpiod tools (the host's real GPIOs are never touched). */
function run(role: string, sys: string, config: string) {
  const { bin } = fakeGpiod(`gpiod-${sys.split('/').pop()}`);
  const r = spawnSync('bash', [SCRIPT, role], {
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, PICCS_SYSFS: sys, PICCS_CONFIG: config },
    timeout: 30_000,
  });
  return { code: r.status ?? -1, err: r.stderr };
}

describe('piccs-safe-outputs', { skip: BUILT ? false : 'needs a build (npm run build)' }, () => {
  it('EVSE: stops a PWM left running by a crashed process (duty 0 = CP at -12 V)', () => {
    const sys = fakeSys('evse');
    const r = run('evse', sys, join(work, 'missing.yaml'));
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/duty_cycle'), 'utf8').trim(), '0');
    assert.match(r.err, /PWM .*pwmchip0\/pwm0: duty 0 \(CP at -12 V\)/);
  });

  it('PEV: leaves the PWM alone (the car has no CP generator)', () => {
    const sys = fakeSys('pev');
    const r = run('pev', sys, join(work, 'missing.yaml'));
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/duty_cycle'), 'utf8').trim(), '50000');
  });

  it('a broken config does not stop it', () => {
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, 'general: [this is: not valid\n');
    const sys = fakeSys('broken');
    const r = run('evse', sys, bad);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(sys, 'class/pwm/pwmchip0/pwm0/duty_cycle'), 'utf8').trim(), '0');
  });

  it('rejects an unknown role with usage', () => {
    const r = run('charger', fakeSys('usage'), join(work, 'missing.yaml'));
    assert.equal(r.code, 2);
    assert.match(r.err, /usage: .* evse\|pev\|listen/);
  });
});

describe('piccs-safe-outputs with the hal keys', {
  skip: !BUILT ? 'needs a build' : 'hal' in schema ? false : 'no hal section in the config schema yet',
}, () => {
  it('EVSE: every wired output goes inactive, active-low ones high, unwired (-1) ones untouched', () => {
    const { bin, log } = fakeGpiod('gpio');
    const config = join(work, 'hal.yaml');
    writeFileSync(
      config,
      'hal:\n  contactor:\n    gpio: 23\n  precharge:\n    gpio: -1\n  s2:\n    gpio: 22\n    activeLow: true\n',
    );
    const r = spawnSync('bash', [SCRIPT, 'evse'], {
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, PICCS_SYSFS: fakeSys('gpio-sys'), PICCS_CONFIG: config },
    });
    assert.equal(r.status, 0, r.stderr);
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    assert.ok(calls.includes('gpiochip0 23=0'), calls.join('|'));
    assert.ok(calls.includes('gpiochip0 22=1'), calls.join('|'));
    assert.equal(
      calls.some((c) => c.includes('24=')),
      false,
      'precharge -1 is not wired',
    );
  });
});
