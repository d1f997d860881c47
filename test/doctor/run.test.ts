import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CheckResult, type DoctorReport, runDoctor } from '../../src/doctor/index.js';
import { CAP_INSTALL_HINT } from '../../src/link/cap-addon.js';
import { cfg, fakeFacts, healthyPi4 } from './fake-facts.js';

function byId(r: DoctorReport, id: string): CheckResult {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `check ${id} present`);
  return c;
}

describe('doctor on a non-Pi machine', () => {
  it('role sim: only node and config apply, every other check says why not', async () => {
    const r = await runDoctor({ facts: fakeFacts({ arch: 'x64' }), config: cfg('sim') });
    assert.equal(r.ok, true);
    assert.equal(byId(r, 'node.version').status, 'pass');
    assert.equal(byId(r, 'config.valid').status, 'pass');
    assert.equal(r.platform.board, null);
    for (const c of r.checks.filter((x) => !['node.version', 'config.valid'].includes(x.id))) {
      assert.equal(c.status, 'skip', c.id);
      assert.ok(c.detail.length > 10, `${c.id} explains the skip`);
    }
    assert.match(byId(r, 'platform.board').detail, /not a Raspberry Pi \(linux\/x64\)/);
    assert.equal(r.counts.skip, r.checks.length - 2);
  });

  it('role evse on a laptop: network checks run, hardware checks do not apply', async () => {
    const facts = fakeFacts(
      healthyPi4({ arch: 'x64', files: { '/proc/device-tree/model': '' } as Record<string, string> }),
    );
    const r = await runDoctor({ facts, config: cfg('evse') });
    assert.equal(byId(r, 'iface.exists').status, 'pass');
    assert.equal(byId(r, 'raw.open').status, 'pass');
    assert.deepEqual(facts.opened, ['eth0']);
    for (const id of ['gpio.access', 'pwm.chip', 'adc.device', 'cp.stateA']) {
      assert.equal(byId(r, id).status, 'skip');
      assert.match(byId(r, id).detail, /not a Raspberry Pi/);
    }
  });

  it('fails an old Node with an install hint', async () => {
    const r = await runDoctor({ facts: fakeFacts({ nodeVersion: '18.19.0' }), config: cfg('sim') });
    const c = byId(r, 'node.version');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /18\.19\.0 is too old/);
    assert.match(c.hint ?? '', /install\.sh/);
    assert.equal(r.ok, false);
  });

  it('reports config problems but keeps checking', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4()),
      config: cfg('evse'),
      configFile: '/etc/piccs/evse.yaml',
      configProblems: ['general.iface: too long'],
    });
    assert.equal(byId(r, 'config.valid').status, 'fail');
    assert.match(byId(r, 'config.valid').detail, /general\.iface: too long/);
    assert.equal(byId(r, 'iface.exists').status, 'pass');
  });
});

describe('doctor on a Raspberry Pi 4 EVSE', () => {
  it('passes everything on a healthy install; modem and CP say their probe is missing', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4()),
      config: cfg('evse'),
      configFile: '/etc/piccs/evse.yaml',
    });
    const notPass = r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}:${c.status}`);
    assert.deepEqual(notPass, ['pigpio.loads:skip', 'modem.answers:skip', 'cp.stateA:skip', 'service.enabled:skip']);
    assert.match(byId(r, 'iface.linkLocal').detail, /^fe80::dea6:32ff:fe0a:b0c%eth0$/);
    assert.match(byId(r, 'pwm.chip').detail, /GPIO 18 = pwmchip0 channel 0/);
    assert.match(byId(r, 'platform.board').detail, /Raspberry Pi 4 Model B/);
    assert.equal(r.platform.soc, 'bcm2711');
    assert.equal(r.ok, true);
  });

  it('uses the probes for modem firmware and a state A reading', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4()),
      config: cfg('evse'),
      probes: {
        modemFirmware: async () => 'MAC-QCA7420-1.4.0.20-00-20171027-CS',
        readCp: async () => ({ highV: 11.9, lowV: 11.8 }),
      },
    });
    assert.equal(byId(r, 'modem.answers').status, 'pass');
    assert.match(byId(r, 'modem.answers').detail, /QCA7420-1\.4\.0\.20/);
    assert.equal(byId(r, 'cp.stateA').status, 'pass');
  });

  it('classifies implausible CP readings with a specific hint', async () => {
    const read = async (highV: number, lowV: number) =>
      byId(
        await runDoctor({
          facts: fakeFacts(healthyPi4()),
          config: cfg('evse'),
          probes: { readCp: async () => ({ highV, lowV }) },
        }),
        'cp.stateA',
      );
    assert.equal((await read(9.0, 9.0)).status, 'warn'); // a car or test resistor is connected
    const f = await read(-11.9, -11.9);
    assert.equal(f.status, 'fail');
    assert.match(f.detail, /state F/);
    const pwm = await read(12, -12);
    assert.equal(pwm.status, 'warn');
    assert.match(pwm.detail, /PWM is running/);
    const zero = await read(0.1, 0.0);
    assert.equal(zero.status, 'fail');
    assert.match(zero.hint ?? '', /supply/);
  });

  it('a failing modem probe or CP read is a failure, not a crash', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4()),
      config: cfg('evse'),
      probes: {
        modemFirmware: async () => undefined,
        readCp: async () => {
          throw new Error('ENOENT /dev/spidev0.0');
        },
      },
    });
    assert.equal(byId(r, 'modem.answers').status, 'fail');
    assert.match(byId(r, 'modem.answers').hint ?? '', /power/);
    assert.equal(byId(r, 'cp.stateA').status, 'fail');
    assert.match(byId(r, 'cp.stateA').detail, /ENOENT/);
  });

  it('missing PWM overlay: fails with the exact config.txt line', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4({ dirs: { '/sys/class/pwm': [] } })),
      config: cfg('evse'),
    });
    const c = byId(r, 'pwm.chip');
    assert.equal(c.status, 'fail');
    assert.match(c.hint ?? '', /dtoverlay=pwm,pin=18,func=2/);
    assert.match(c.hint ?? '', /\/boot\/firmware\/config\.txt/);
  });

  it('the PEV role needs no PWM chip', async () => {
    const r = await runDoctor({ facts: fakeFacts(healthyPi4({ dirs: { '/sys/class/pwm': [] } })), config: cfg('pev') });
    assert.equal(byId(r, 'pwm.chip').status, 'skip');
    assert.equal(byId(r, 'cp.stateA').status, 'skip');
    assert.equal(byId(r, 'gpio.access').status, 'pass');
  });

  it('SPI off: adc.device fails with the dtparam; I2C ADC looks at /dev/i2c-N', async () => {
    const spec = healthyPi4();
    spec.nodes = ['/dev/gpiochip0', '/dev/gpiochip1'];
    const r = await runDoctor({ facts: fakeFacts(spec), config: cfg('evse') });
    assert.equal(byId(r, 'adc.device').status, 'fail');
    assert.match(byId(r, 'adc.device').hint ?? '', /dtparam=spi=on/);
    const i2c = await runDoctor({
      facts: fakeFacts({
        ...spec,
        nodes: [...spec.nodes, '/dev/i2c-1'],
        rw: ['/dev/i2c-1', '/dev/gpiochip0', '/dev/gpiochip1'],
      }),
      config: cfg('evse', 'eth0', { backend: 'kernel', adc: { type: 'ads1115', i2cBus: 1 } }),
    });
    assert.equal(byId(i2c, 'adc.device').status, 'pass');
    assert.match(byId(i2c, 'adc.device').detail, /\/dev\/i2c-1 accessible \(ads1115\)/);
  });

  it('hal.modules: a native addon that did not build fails with the apt package to install', async () => {
    const r = await runDoctor({
      facts: fakeFacts(
        healthyPi4({ modules: { 'node-libgpiod': { ok: false, error: "Cannot find package 'node-libgpiod'" } } }),
      ),
      config: cfg('evse'),
    });
    const c = byId(r, 'hal.modules');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /node-libgpiod/);
    assert.match(c.hint ?? '', /libgpiod-dev/);
    const ads = await runDoctor({
      facts: fakeFacts(healthyPi4({ modules: { 'i2c-bus': { ok: true } } })),
      config: cfg('pev', 'eth0', { backend: 'kernel', gpio: { driver: 'gpiochip' }, adc: { type: 'ads1115' } }),
    });
    assert.equal(byId(ads, 'hal.modules').status, 'pass');
    assert.match(byId(ads, 'hal.modules').detail, /node-libgpiod, i2c-bus load/);
  });

  it('GPIO not accessible: fails with the group hint', async () => {
    const r = await runDoctor({ facts: fakeFacts(healthyPi4({ rw: ['/dev/spidev0.0'] })), config: cfg('evse') });
    assert.equal(byId(r, 'gpio.access').status, 'fail');
    assert.match(byId(r, 'gpio.access').hint ?? '', /group gpio/);
  });
});

describe('doctor: boot service', () => {
  const withWants = (...units: string[]) =>
    fakeFacts(
      healthyPi4({ dirs: { '/etc/systemd/system': [], '/etc/systemd/system/multi-user.target.wants': units } }),
    );
  const check = async (facts: ReturnType<typeof fakeFacts>, role = 'evse') =>
    byId(await runDoctor({ facts, config: cfg(role) }), 'service.enabled');

  it('passes when the role and its PLC link are enabled', async () => {
    const c = await check(withWants('ssh.service', 'piccs@evse.service', 'piccs-plc-link@eth0.service'));
    assert.equal(c.status, 'pass');
  });
  it('warns when not enabled, enabled for another role, or without the link unit', async () => {
    assert.equal((await check(withWants('ssh.service'))).status, 'warn');
    const other = await check(withWants('piccs@pev.service', 'piccs-plc-link@eth0.service'));
    assert.equal(other.status, 'warn');
    assert.match(other.detail, /piccs@pev\.service is enabled, but this config is for role evse/);
    const noLink = await check(withWants('piccs@evse.service'));
    assert.equal(noLink.status, 'warn');
    assert.match(noLink.hint ?? '', /install\.sh --role evse --iface eth0/);
  });
  it('fails when two roles are enabled', async () => {
    assert.equal((await check(withWants('piccs@evse.service', 'piccs@pev.service'))).status, 'fail');
  });
});

describe('doctor on a Raspberry Pi 5', () => {
  const pi5 = () =>
    healthyPi4({
      files: {
        '/proc/device-tree/model': 'Raspberry Pi 5 Model B Rev 1.0\0',
        '/sys/class/pwm/pwmchip2/npwm': '4\n',
      },
      dirs: { '/sys/class/pwm': ['pwmchip0', 'pwmchip2'] },
      realPaths: {
        '/sys/class/pwm/pwmchip0': '/sys/devices/platform/axi/1000120000.pcie/1f0009c000.pwm/pwm/pwmchip0',
        '/sys/class/pwm/pwmchip2': '/sys/devices/platform/axi/1000120000.pcie/1f00098000.pwm/pwm/pwmchip2',
      },
      rw: ['/dev/gpiochip0', '/dev/gpiochip1', '/dev/spidev0.0', '/sys/class/pwm/pwmchip2/export'],
    });

  it('finds the RP1 PWM chip (not the fan one) and channel 2 for GPIO 18', async () => {
    const r = await runDoctor({ facts: fakeFacts(pi5()), config: cfg('evse') });
    assert.equal(byId(r, 'pwm.chip').status, 'pass');
    assert.match(byId(r, 'pwm.chip').detail, /GPIO 18 = pwmchip2 channel 2/);
    assert.match(byId(r, 'platform.board').detail, /pigpio does not support/);
  });

  it('tells which hal.pwm.chip/channel to set when the config points at the wrong one', async () => {
    const r = await runDoctor({
      facts: fakeFacts(pi5()),
      config: cfg('evse', 'eth0', { backend: 'kernel', pwm: { gpio: 18, chip: 0, channel: 0 } }),
    });
    const c = byId(r, 'pwm.chip');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /config drives pwmchip0 channel 0, but GPIO 18 is pwmchip2 channel 2/);
    assert.equal(c.hint, 'set hal.pwm.chip: 2 and hal.pwm.channel: 2');
    const ok = await runDoctor({
      facts: fakeFacts(pi5()),
      config: cfg('evse', 'eth0', { backend: 'kernel', pwm: { gpio: 18, chip: 2, channel: 2 } }),
    });
    assert.equal(byId(ok, 'pwm.chip').status, 'pass');
  });

  it('rejects the pigpio backend', async () => {
    const r = await runDoctor({ facts: fakeFacts(pi5()), config: cfg('evse', 'eth0', { backend: 'pigpio' }) });
    assert.equal(byId(r, 'hal.backend').status, 'fail');
    assert.match(byId(r, 'hal.backend').hint ?? '', /hal\.backend: kernel/);
    assert.equal(byId(r, 'pigpio.loads').status, 'skip');
    assert.equal(r.ok, false);
  });
});

describe('doctor: the PLC interface', () => {
  it('missing interface: lists the ones there are, dependent checks skip', async () => {
    const r = await runDoctor({ facts: fakeFacts(healthyPi4()), config: cfg('evse'), iface: 'eth1' });
    const c = byId(r, 'iface.exists');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /eth1 not found \(interfaces here: eth0, wlan0\)/);
    for (const id of ['iface.up', 'iface.linkLocal', 'iface.quiet', 'raw.open', 'modem.answers']) {
      assert.equal(byId(r, id).status, 'skip', id);
    }
  });

  it('down, no carrier', async () => {
    const down = await runDoctor({
      facts: fakeFacts(healthyPi4({ files: { '/sys/class/net/eth0/flags': '0x1002\n' } })),
      config: cfg('pev'),
    });
    assert.equal(byId(down, 'iface.up').status, 'fail');
    assert.match(byId(down, 'iface.up').hint ?? '', /piccs-plc-link@eth0/);
    const noCarrier = await runDoctor({
      facts: fakeFacts(healthyPi4({ files: { '/sys/class/net/eth0/carrier': '0\n' } })),
      config: cfg('pev'),
    });
    assert.equal(byId(noCarrier, 'iface.up').status, 'warn');
  });

  it('link-local: tentative warns, DAD failure and absence fail', async () => {
    const ll = (line: string, extra: Record<string, string> = {}) =>
      runDoctor({
        facts: fakeFacts(healthyPi4({ files: { '/proc/net/if_inet6': line, ...extra } })),
        config: cfg('evse'),
      }).then((r) => byId(r, 'iface.linkLocal'));
    assert.equal((await ll('fe80000000000000dea632fffe0a0b0c 02 40 20 c0     eth0\n')).status, 'warn');
    const dad = await ll('fe80000000000000dea632fffe0a0b0c 02 40 20 88     eth0\n');
    assert.equal(dad.status, 'fail');
    assert.match(dad.detail, /duplicate address detection/);
    const none = await ll('', { '/proc/sys/net/ipv6/conf/eth0/disable_ipv6': '1\n' });
    assert.equal(none.status, 'fail');
    assert.match(none.hint ?? '', /disable_ipv6=0/);
  });

  it('quiet: RA accepted and NetworkManager managing it both warn', async () => {
    const r = await runDoctor({
      facts: fakeFacts(
        healthyPi4({
          files: { '/proc/sys/net/ipv6/conf/eth0/accept_ra': '1\n' },
          dirs: { '/etc/NetworkManager/conf.d': [] },
        }),
      ),
      config: cfg('listen'),
    });
    const c = byId(r, 'iface.quiet');
    assert.equal(c.status, 'warn');
    assert.match(c.detail, /accept_ra=1/);
    assert.match(c.detail, /NetworkManager manages it/);
  });

  it('raw permission: capability bit 13 or root passes; neither warns and raw.open is skipped', async () => {
    const withCap = await runDoctor({
      facts: fakeFacts(healthyPi4({ uid: 999, files: { '/proc/self/status': 'CapEff:\t0000000000002000\n' } })),
      config: cfg('evse'),
    });
    assert.equal(byId(withCap, 'raw.permission').status, 'pass');
    const none = await runDoctor({
      facts: fakeFacts(healthyPi4({ uid: 1000, files: { '/proc/self/status': 'CapEff:\t0000000000000000\n' } })),
      config: cfg('evse'),
    });
    assert.equal(byId(none, 'raw.permission').status, 'warn');
    assert.match(byId(none, 'raw.permission').hint ?? '', /CAP_NET_RAW/);
    assert.equal(byId(none, 'raw.open').status, 'skip');
  });

  it('cap missing fails with the rebuild hint; a failed open reports the error', async () => {
    const r = await runDoctor({
      facts: fakeFacts(healthyPi4({ modules: { cap: { ok: false, error: "Cannot find package 'cap'" } } })),
      config: cfg('evse'),
    });
    assert.equal(byId(r, 'cap.loads').status, 'fail');
    assert.match(byId(r, 'cap.loads').hint ?? '', /libpcap-dev/);
    // npm removed the package when its build failed: only a new install brings it back, `npm rebuild cap` cannot
    assert.match(byId(r, 'cap.loads').hint ?? '', /npm ci --omit=dev/);
    assert.doesNotMatch(byId(r, 'cap.loads').hint ?? '', /&& sudo npm rebuild/);
    assert.match(CAP_INSTALL_HINT, /libpcap-dev .*`npm install`/);
    assert.doesNotMatch(CAP_INSTALL_HINT, /&& npm rebuild cap/);
    const open = await runDoctor({
      facts: fakeFacts(healthyPi4({ rawCapture: { ok: false, error: 'socket: Operation not permitted' } })),
      config: cfg('evse'),
    });
    assert.equal(byId(open, 'raw.open').status, 'fail');
    assert.match(byId(open, 'raw.open').hint ?? '', /CAP_NET_RAW/);
  });

  it('a crashing check is reported as that check failing', async () => {
    const facts = fakeFacts(healthyPi4());
    facts.loadModule = async () => {
      throw new Error('boom');
    };
    const r = await runDoctor({ facts, config: cfg('evse') });
    assert.equal(byId(r, 'cap.loads').status, 'fail');
    assert.match(byId(r, 'cap.loads').detail, /check crashed: boom/);
  });
});
