/**
 * deploy/install.sh in its dry-run mode against a temporary root (a fake Raspberry Pi 4 with Raspberry Pi
 * OS files): which files it installs, that a second run changes nothing, role switching, boot-config
 * consent. Then shellcheck on the scripts and `systemd-analyze verify` on the installed units, when those
 * tools exist (.ci/run installs them).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/index.js';
import { PROJECT_ROOT } from '../helpers/shared.js';

const INSTALL = join(PROJECT_ROOT, 'deploy/install.sh');
const SCRIPTS = [INSTALL, join(PROJECT_ROOT, 'deploy/bin/piccs-safe-outputs')];
const BUILT = existsSync(join(PROJECT_ROOT, 'dist/src/cli/main.js'));
const work = mkdtempSync(join(tmpdir(), 'piccs-deploy-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

const ORIGINAL_CONFIG_TXT = '# http://rptl.io/configtxt\ndtparam=audio=on\n\n[cm4]\notg_mode=1\n\n[all]\n';

/** A temporary root that looks like Raspberry Pi OS Bookworm on a Pi 4 (or the model given). */
function fakePi(name: string, model = 'Raspberry Pi 4 Model B Rev 1.4'): string {
  const root = join(work, name);
  mkdirSync(join(root, 'proc/device-tree'), { recursive: true });
  mkdirSync(join(root, 'boot/firmware'), { recursive: true });
  mkdirSync(join(root, 'etc/NetworkManager/conf.d'), { recursive: true });
  writeFileSync(join(root, 'proc/device-tree/model'), `${model}\0`);
  writeFileSync(join(root, 'boot/firmware/config.txt'), ORIGINAL_CONFIG_TXT);
  writeFileSync(join(root, 'etc/dhcpcd.conf'), 'hostname\nclientid\n');
  writeFileSync(
    join(root, 'etc/os-release'),
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_CODENAME=bookworm\n',
  );
  return root;
}

function install(root: string, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync('bash', [INSTALL, '--dry-run', '--prefix', root, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // No SSH_CONNECTION: the "PLC interface carries this session" guard must not depend on how CI runs.
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8' },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Every path under root with its type, mode, content hash or link target: equal snapshots = nothing changed. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      const rel = p.slice(root.length);
      if (st.isSymbolicLink()) out.set(rel, `link ${readlinkSync(p)}`);
      else if (st.isDirectory()) walk(p);
      else
        out.set(
          rel,
          `file ${(st.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.mtimeMs}`,
        );
    }
  };
  walk(root);
  return out;
}

const read = (root: string, rel: string): string => readFileSync(join(root, rel), 'utf8');
/** An example profile with its own hal section wins over the installer's hardware options. */
const profileSetsHal = (role: string): boolean => {
  const p = join(PROJECT_ROOT, 'config', `${role}.yaml`);
  return existsSync(p) && /^hal:/m.test(readFileSync(p, 'utf8'));
};
const mode = (root: string, rel: string): string => (statSync(join(root, rel)).mode & 0o777).toString(8);
/** The [Install] symlink exists (lstat: its absolute target only resolves on the installed system). */
function wants(root: string, unit: string): boolean {
  try {
    return lstatSync(join(root, 'etc/systemd/system/multi-user.target.wants', unit)).isSymbolicLink();
  } catch {
    return false;
  }
}
const hasTool = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

describe('deploy/install.sh --dry-run', { skip: BUILT ? false : 'needs a build (npm run build)' }, () => {
  let root = '';
  let first: ReturnType<typeof install>;
  const hostConfigBefore = existsSync('/etc/piccs/evse.yaml');

  before(() => {
    root = fakePi('pi4');
    first = install(root, '--role', 'evse', '--iface', 'plc0', '--boot-config', 'yes');
  });

  it('succeeds and prints every system command instead of running it', () => {
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /DRY RUN under /);
    assert.match(first.out, /\[dry-run\] npm ci --omit=dev/);
    assert.match(first.out, /Raspberry Pi 4 Model B/);
    assert.doesNotMatch(first.out, /^\s+\+ /m, 'no command is run for real');
    assert.equal(existsSync('/etc/piccs/evse.yaml'), hostConfigBefore, 'the real /etc is untouched');
  });

  it('installs the project under /opt/piccs with an executable CLI on the PATH', () => {
    assert.equal(mode(root, 'opt/piccs/dist/src/cli/main.js'), '755');
    assert.equal(readlinkSync(join(root, 'usr/local/bin/piccs')), '/opt/piccs/dist/src/cli/main.js');
    assert.equal(read(root, 'opt/piccs/package-lock.json'), read(PROJECT_ROOT, 'package-lock.json'));
    assert.ok(existsSync(join(root, 'opt/piccs/deploy/lib/config-get.mjs')));
    assert.equal(mode(root, 'opt/piccs/deploy/bin/piccs-safe-outputs'), '755');
    assert.equal(existsSync(join(root, 'opt/piccs/dist/test')), false, 'tests are not installed');
  });

  it('writes a valid config for the role and interface', () => {
    const text = read(root, 'etc/piccs/evse.yaml');
    const { config } = loadConfig({ text, file: 'evse.yaml' });
    assert.equal(config.general.role, 'evse');
    assert.equal(config.general.iface, 'plc0');
    if (!profileSetsHal('evse')) {
      assert.equal(config.hal.backend, 'kernel');
      assert.equal(config.hal.pwm.gpio, 18);
      assert.equal(config.hal.pwm.channel, 0, 'GPIO 18 is PWM channel 0 on a Pi 4');
      assert.equal(config.hal.adc.type, 'mcp3008');
    }
  });

  it('installs the units, the per-role drop-in and enables both at boot', () => {
    assert.equal(read(root, 'etc/systemd/system/piccs@.service'), read(PROJECT_ROOT, 'deploy/systemd/piccs@.service'));
    const dropIn = read(root, 'etc/systemd/system/piccs@evse.service.d/10-install.conf');
    assert.match(dropIn, /Wants=piccs-plc-link@plc0\.service/);
    assert.match(read(root, 'etc/udev/rules.d/90-piccs-pwm.rules'), /^SUBSYSTEM=="pwm", .*chgrp -R gpio/m);
    assert.ok(wants(root, 'piccs@evse.service'));
    assert.ok(wants(root, 'piccs-plc-link@plc0.service'));
    const unit = read(root, 'etc/systemd/system/piccs@.service');
    assert.match(unit, /^AmbientCapabilities=CAP_NET_RAW$/m);
    assert.match(unit, /^CapabilityBoundingSet=CAP_NET_RAW$/m);
    assert.match(unit, /^User=piccs$/m);
    assert.match(unit, /^Restart=on-failure$/m);
    assert.match(unit, /^ExecStopPost=\/opt\/piccs\/deploy\/bin\/piccs-safe-outputs %i$/m);
    // Settings that would close /dev/gpiochip*, /dev/spidev* or make /sys/class/pwm read-only.
    for (const k of ['PrivateDevices', 'DeviceAllow', 'DevicePolicy', 'ProtectClock', 'ProtectKernelTunables']) {
      assert.doesNotMatch(unit, new RegExp(`^${k}=`, 'm'), `${k} would cut the service off its hardware`);
    }
  });

  it('keeps the PLC interface link-local only and away from NetworkManager and dhcpcd', () => {
    const sysctl = read(root, 'etc/sysctl.d/90-piccs-plc-plc0.conf');
    for (const line of ['disable_ipv6 = 0', 'accept_ra = 0', 'autoconf = 0', 'router_solicitations = 0']) {
      assert.match(sysctl, new RegExp(`^net\\.ipv6\\.conf\\.plc0\\.${line}$`, 'm'));
    }
    assert.match(
      read(root, 'etc/NetworkManager/conf.d/90-piccs-plc-plc0.conf'),
      /^unmanaged-devices\+=interface-name:plc0$/m,
    );
    const dhcpcd = read(root, 'etc/dhcpcd.conf');
    assert.ok(dhcpcd.startsWith('hostname\nclientid\n'), 'existing dhcpcd.conf kept');
    assert.match(dhcpcd, /^denyinterfaces plc0$/m);
  });

  it('with consent, appends the PWM overlay and SPI to config.txt in a marked block, keeping the rest', () => {
    const txt = read(root, 'boot/firmware/config.txt');
    assert.ok(txt.startsWith(ORIGINAL_CONFIG_TXT));
    const block = txt.slice(txt.indexOf('# >>> piccs'));
    assert.match(block, /^\[all\]$/m);
    assert.match(block, /^dtoverlay=pwm,pin=18,func=2$/m);
    assert.match(block, /^dtparam=spi=on$/m);
    assert.match(block, /^dtparam=audio=off$/m, 'analog audio would share the PWM hardware');
    assert.match(block, /^# <<< piccs$/m);
    assert.match(first.out, /\+dtoverlay=pwm,pin=18,func=2/, 'prints the change as a diff');
  });

  it('a second run changes nothing', () => {
    const before = snapshot(root);
    const again = install(root, '--role', 'evse', '--iface', 'plc0', '--boot-config', 'yes');
    assert.equal(again.code, 0, again.err);
    assert.match(again.out, /done \(dry run\): 0 file\(s\) changed/);
    assert.match(again.out, /kept the existing \/etc\/piccs\/evse\.yaml/);
    assert.match(again.out, /production dependencies up to date/);
    assert.deepEqual(snapshot(root), before);
  });

  it('switching the role disables the old instance and keeps one block in config.txt', () => {
    const r = install(root, '--role', 'pev', '--iface', 'plc0', '--adc', 'ads1115', '--boot-config', 'yes');
    assert.equal(r.code, 0, r.err);
    assert.ok(wants(root, 'piccs@pev.service'));
    assert.equal(wants(root, 'piccs@evse.service'), false);
    const txt = read(root, 'boot/firmware/config.txt');
    assert.equal(txt.split('# >>> piccs').length, 2, 'exactly one managed block');
    assert.doesNotMatch(txt, /dtoverlay=pwm/, 'the car side needs no PWM output');
    assert.match(txt, /^dtparam=i2c_arm=on$/m);
    assert.match(read(root, 'etc/modules-load.d/piccs-i2c.conf'), /^i2c-dev$/m);
    assert.equal(loadConfig({ text: read(root, 'etc/piccs/pev.yaml') }).config.general.role, 'pev');
  });
});

describe('deploy/install.sh consent and refusals', { skip: BUILT ? false : 'needs a build (npm run build)' }, () => {
  it('without consent (not interactive) config.txt stays unchanged and says how to allow it', () => {
    const root = fakePi('noconsent');
    const r = install(root, '--role', 'evse');
    assert.equal(r.code, 0, r.err);
    assert.equal(read(root, 'boot/firmware/config.txt'), ORIGINAL_CONFIG_TXT);
    assert.match(r.out, /not interactive: left unchanged \(pass --boot-config yes/);
    assert.match(r.out, /dtoverlay=pwm,pin=18,func=2/, 'still shows the lines it would add');
  });

  it('detects libgpiod: Trixie (libgpiod 2) gets the gpiod-tools driver and no libgpiod-dev, Bookworm node-libgpiod', {
    skip: profileSetsHal('evse') ? 'config/evse.yaml sets hal itself' : false,
  }, () => {
    const root = fakePi('trixie');
    writeFileSync(
      join(root, 'etc/os-release'),
      'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nVERSION_CODENAME=trixie\n',
    );
    mkdirSync(join(root, 'usr/lib/aarch64-linux-gnu'), { recursive: true });
    writeFileSync(join(root, 'usr/lib/aarch64-linux-gnu/libgpiod.so.3'), '');
    const r = install(root, '--role', 'evse', '--boot-config', 'no');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /libgpiod 2\.x: GPIO driver gpiod-tools/);
    assert.doesNotMatch(r.out, /libgpiod-dev/);
    assert.equal(loadConfig({ text: read(root, 'etc/piccs/evse.yaml') }).config.hal.gpio.driver, 'gpiod-tools');
    const bookworm = fakePi('bookworm-gpiod');
    const b = install(bookworm, '--role', 'evse', '--boot-config', 'no');
    assert.equal(b.code, 0, b.err);
    assert.match(b.out, /libgpiod 1\.x: GPIO driver gpiochip/);
    assert.equal(loadConfig({ text: read(bookworm, 'etc/piccs/evse.yaml') }).config.hal.gpio.driver, 'gpiochip');
  });

  it('on a Pi 5 writes PWM channel 2 for GPIO 18 (RP1 numbering)', {
    skip: profileSetsHal('evse') ? 'config/evse.yaml sets hal itself' : false,
  }, () => {
    const root = fakePi('pi5-kernel', 'Raspberry Pi 5 Model B Rev 1.0');
    const r = install(root, '--role', 'evse', '--boot-config', 'no');
    assert.equal(r.code, 0, r.err);
    const { config } = loadConfig({ text: read(root, 'etc/piccs/evse.yaml') });
    assert.equal(config.hal.pwm.channel, 2);
    assert.equal(read(root, 'boot/firmware/config.txt'), ORIGINAL_CONFIG_TXT, '--boot-config no');
  });

  it('merges an example profile: its general keys except role/iface, its other sections, its hal over the options', () => {
    const root = fakePi('profile');
    const profile = join(work, 'profile.yaml');
    writeFileSync(
      profile,
      '# example\ngeneral:\n  role: pev\n  iface: eth9\n  logLevel: debug\nhal:\n  adc:\n    type: ads1115\nsession:\n  protocol: iso2\n',
    );
    const r = install(root, '--role', 'evse', '--iface', 'plc1', '--profile', profile);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /sets hal itself/);
    const { config } = loadConfig({ text: read(root, 'etc/piccs/evse.yaml') });
    assert.equal(config.general.role, 'evse');
    assert.equal(config.general.iface, 'plc1');
    assert.equal(config.general.logLevel, 'debug');
    assert.equal(config.hal.adc.type, 'ads1115');
    assert.equal(config.session.protocol, 'iso2');
  });

  it('refuses pigpio on a Pi 5, bad options, and a dry run without a prefix', () => {
    const pi5 = install(fakePi('pi5', 'Raspberry Pi 5 Model B Rev 1.0'), '--backend', 'pigpio');
    assert.equal(pi5.code, 2);
    assert.match(pi5.err, /pigpio does not support the Raspberry Pi 5/);
    const bad = install(fakePi('bad'), '--pwm-gpio', '17');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /12, 13, 18 or 19/);
    const r = spawnSync('bash', [INSTALL, '--dry-run'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--dry-run needs --prefix/);
  });
});

describe('deploy scripts and units pass their linters', () => {
  it('shellcheck', { skip: hasTool('shellcheck') ? false : 'shellcheck not installed' }, () => {
    const r = spawnSync('shellcheck', SCRIPTS, { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('systemd-analyze verify on the installed units', {
    skip: !hasTool('systemd-analyze') ? 'systemd-analyze not installed' : BUILT ? false : 'needs a build',
  }, () => {
    const root = fakePi('verify');
    const r = install(root, '--role', 'evse', '--iface', 'eth0');
    assert.equal(r.code, 0, r.err);
    // The OS parts the units refer to: systemd's own units, and stand-ins for binaries of other packages.
    cpSync('/usr/lib/systemd/system', join(root, 'usr/lib/systemd/system'), { recursive: true });
    for (const bin of ['usr/sbin/ip', 'usr/lib/systemd/systemd-sysctl']) {
      mkdirSync(join(root, bin, '..'), { recursive: true });
      writeFileSync(join(root, bin), '#!/bin/sh\n', { mode: 0o755 });
    }
    const v = spawnSync(
      'systemd-analyze',
      ['verify', `--root=${root}`, 'piccs@evse.service', 'piccs-plc-link@eth0.service'],
      { encoding: 'utf8' },
    );
    assert.equal(v.status, 0, v.stderr);
    assert.equal(v.stderr.trim(), '', 'no warnings');
  });
});
