import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { doctorCommand, installedService } from '../../src/cli/commands/doctor.js';
import type { DoctorReport } from '../../src/doctor/index.js';
import { fakeIO } from '../helpers/fake-io.js';
import { fakeFacts, healthyPi4 } from './fake-facts.js';

const dir = mkdtempSync(join(tmpdir(), 'piccs-doctor-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('piccs doctor command', () => {
  it('--json prints one report object; exit 0 when nothing failed', async () => {
    const file = join(dir, 'evse.yaml');
    writeFileSync(file, 'general:\n  role: evse\n  iface: eth0\n');
    const t = fakeIO();
    const code = await doctorCommand(['--json', '--config', file], t.io, { facts: fakeFacts(healthyPi4()) });
    const lines = t.out().trim().split('\n');
    assert.equal(lines.length, 1);
    const r = JSON.parse(lines[0] as string) as DoctorReport;
    assert.equal(code, 0);
    assert.equal(r.ok, true);
    assert.equal(r.role, 'evse');
    assert.equal(r.configFile, file);
    assert.equal(r.platform.soc, 'bcm2711');
    assert.ok(r.checks.every((c) => ['pass', 'warn', 'fail', 'skip'].includes(c.status)));
  });

  it('a bad config fails config.valid, lists the key, the rest still runs; exit 1', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'general:\n  role: evse\n  logLevel: loud\n');
    const t = fakeIO();
    const code = await doctorCommand(['--config', file, '--iface', 'eth0'], t.io, { facts: fakeFacts(healthyPi4()) });
    assert.equal(code, 1);
    assert.match(t.out(), /FAIL\s+config\.valid\s+.*general\.logLevel/);
    assert.match(t.out(), /PASS\s+iface\.exists/);
    assert.match(t.out(), /fix: /);
    assert.match(t.out(), /NOT READY/);
  });

  it('--iface overrides the config and a missing one fails', async () => {
    const t = fakeIO({ PICCS_GENERAL_ROLE: 'listen' });
    const code = await doctorCommand(['--iface', 'plc9'], t.io, { facts: fakeFacts(healthyPi4()) });
    assert.equal(code, 1);
    assert.match(t.out(), /FAIL\s+iface\.exists\s+plc9 not found/);
    assert.match(t.out(), /role listen, interface plc9/);
  });

  it('builds the probes for the loaded config and reports what they read', async () => {
    const file = join(dir, 'probe.yaml');
    writeFileSync(file, 'general:\n  role: evse\nhal:\n  pwm:\n    gpio: 12\n');
    const seen: number[] = [];
    const t = fakeIO();
    const facts = fakeFacts(healthyPi4({ realPaths: {}, dirs: { '/sys/class/pwm': [] } }));
    const code = await doctorCommand(['--config', file, '--json'], t.io, {
      facts,
      probes: (config) => {
        seen.push(config.hal.pwm.gpio);
        return { modemFirmware: async () => 'MAC-QCA7420-1.4.0.20', readCp: async () => ({ highV: 12.1, lowV: 12.0 }) };
      },
    });
    const r = JSON.parse(t.out()) as DoctorReport;
    assert.deepEqual(seen, [12]);
    assert.equal(r.checks.find((c) => c.id === 'modem.answers')?.status, 'pass');
    assert.equal(r.checks.find((c) => c.id === 'cp.stateA')?.status, 'pass');
    // GPIO 12 needs func=4 in the overlay line the hint prints
    assert.match(r.checks.find((c) => c.id === 'pwm.chip')?.hint ?? '', /dtoverlay=pwm,pin=12,func=4/);
    assert.equal(code, 1);
  });

  it('unknown options exit 2 with the usage', async () => {
    const t = fakeIO();
    assert.equal(await doctorCommand(['--frob'], t.io, { facts: fakeFacts() }), 2);
    assert.match(t.err(), /usage: piccs doctor/);
  });

  it('finds the installed service role and config from the enabled unit', () => {
    const facts = fakeFacts({
      dirs: {
        '/etc/systemd/system/multi-user.target.wants': [
          'ssh.service',
          'piccs@pev.service',
          'piccs-plc-link@eth0.service',
        ],
      },
      files: { '/etc/piccs/pev.yaml': 'general:\n  role: pev\n' },
    });
    assert.deepEqual(installedService(facts), { role: 'pev', configFile: '/etc/piccs/pev.yaml' });
    assert.equal(installedService(fakeFacts()), undefined);
  });
});
