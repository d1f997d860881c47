/** piccs doctor tells libgpiod 1 (Bookworm) from 2 (Trixie) and whether hal.gpio.driver fits (issue 13 D19). */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CheckResult, type DoctorReport, runDoctor } from '../../src/doctor/index.js';
import { cfg, fakeFacts, healthyPi4 } from './fake-facts.js';

function byId(r: DoctorReport, id: string): CheckResult {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `check ${id} present`);
  return c;
}

const trixie = (extra: Record<string, string[]> = {}) =>
  healthyPi4({
    dirs: {
      ...healthyPi4().dirs,
      '/usr/lib/aarch64-linux-gnu': ['libgpiod.so.3', 'libgpiod.so.3.1.1', 'libc.so.6'],
      ...extra,
    },
  });

describe('doctor: libgpiod', () => {
  it('Trixie (libgpiod 2) with the node-libgpiod driver: fail, pointing at gpiod-tools', async () => {
    const r = await runDoctor({ facts: fakeFacts(trixie()), config: cfg('evse') });
    const c = byId(r, 'gpio.libgpiod');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /libgpiod 2/);
    assert.match(c.hint ?? '', /hal\.gpio\.driver: gpiod-tools/);
  });

  it('Trixie with gpiod-tools: pass when the tools are installed, fail with the apt hint when not', async () => {
    const config = cfg('evse', 'eth0', { backend: 'kernel', gpio: { driver: 'gpiod-tools' } });
    const withTools = trixie();
    withTools.files = {
      ...withTools.files,
      '/usr/bin/gpioset': '',
      '/usr/bin/gpioget': '',
      '/usr/bin/gpiomon': '',
    };
    const ok = byId(await runDoctor({ facts: fakeFacts(withTools), config }), 'gpio.libgpiod');
    assert.equal(ok.status, 'pass');
    assert.match(ok.detail, /libgpiod 2\.x/);
    const missing = byId(await runDoctor({ facts: fakeFacts(trixie()), config }), 'gpio.libgpiod');
    assert.equal(missing.status, 'fail');
    assert.match(missing.hint ?? '', /apt-get install gpiod/);
  });

  it('Bookworm (libgpiod 1.x) with node-libgpiod: pass', async () => {
    const bookworm = healthyPi4({
      dirs: { ...healthyPi4().dirs, '/usr/lib/aarch64-linux-gnu': ['libgpiod.so.2', 'libgpiod.so.2.2.2'] },
    });
    const c = byId(await runDoctor({ facts: fakeFacts(bookworm), config: cfg('evse') }), 'gpio.libgpiod');
    assert.equal(c.status, 'pass');
    assert.match(c.detail, /libgpiod 1\.x/);
  });
});
