/**
 * A fake SystemFacts: a tiny in-memory file tree plus scripted module/capture outcomes, and presets for
 * "a healthy Pi 4 EVSE" that single tests then break one fact at a time.
 */

import type { Outcome, SystemFacts } from '../../src/doctor/index.js';

export interface FakeSpec {
  nodeVersion?: string;
  platform?: string;
  arch?: string;
  uid?: number;
  files?: Record<string, string>;
  /** Directories and their entries (entries need not exist as files). */
  dirs?: Record<string, string[]>;
  /** Paths that exist without content (device nodes). */
  nodes?: string[];
  realPaths?: Record<string, string>;
  /** Paths this process may read and write. */
  rw?: string[];
  modules?: Record<string, Outcome>;
  rawCapture?: Outcome;
  /** IPv4 addresses per interface (none by default). */
  ipv4?: Record<string, string[]>;
}

export function fakeFacts(spec: FakeSpec = {}): SystemFacts & { spec: FakeSpec; opened: string[] } {
  const opened: string[] = [];
  const files = spec.files ?? {};
  const dirs = spec.dirs ?? {};
  return {
    spec,
    opened,
    nodeVersion: spec.nodeVersion ?? '20.20.2',
    platform: spec.platform ?? 'linux',
    arch: spec.arch ?? 'arm64',
    uid: spec.uid ?? 1000,
    readText: (p) => files[p],
    exists: (p) => p in files || p in dirs || (spec.nodes ?? []).includes(p),
    listDir: (p) => dirs[p],
    realPath: (p) => spec.realPaths?.[p],
    canReadWrite: (p) => (spec.rw ?? []).includes(p),
    ipv4Addresses: (iface) => spec.ipv4?.[iface] ?? [],
    loadModule: async (name) => spec.modules?.[name] ?? { ok: false, error: `Cannot find package '${name}'` },
    async openRawCapture(iface) {
      opened.push(iface);
      return spec.rawCapture ?? { ok: true };
    },
  } as SystemFacts & { spec: FakeSpec; opened: string[] };
}

/** A Raspberry Pi 4 set up as install.sh leaves it: eth0 up with a link-local address, overlays loaded. */
export function healthyPi4(over: Partial<FakeSpec> = {}): FakeSpec {
  const base: FakeSpec = {
    uid: 0,
    files: {
      '/proc/device-tree/model': 'Raspberry Pi 4 Model B Rev 1.4\0',
      '/sys/class/net/eth0/flags': '0x1003\n',
      '/sys/class/net/eth0/carrier': '1\n',
      '/proc/net/if_inet6':
        'fe80000000000000dea632fffe0a0b0c 02 40 20 80     eth0\n00000000000000000000000000000001 01 80 10 80       lo\n',
      '/proc/sys/net/ipv6/conf/eth0/accept_ra': '0\n',
      '/proc/sys/net/ipv6/conf/eth0/disable_ipv6': '0\n',
      '/etc/NetworkManager/conf.d/90-piccs-plc.conf': '[keyfile]\nunmanaged-devices+=interface-name:eth0\n',
      '/sys/class/pwm/pwmchip0/npwm': '2\n',
      '/proc/self/status': 'Name:\tnode\nCapEff:\t000001ffffffffff\n',
    },
    dirs: {
      '/sys/class/net': ['lo', 'eth0', 'wlan0'],
      '/sys/class/net/eth0': ['flags', 'carrier'],
      '/etc/NetworkManager/conf.d': ['90-piccs-plc.conf'],
      '/run/NetworkManager': [],
      '/sys/class/pwm': ['pwmchip0'],
      '/dev': ['gpiochip0', 'gpiochip1', 'spidev0.0', 'spidev0.1', 'gpiomem'],
    },
    nodes: ['/dev/gpiochip0', '/dev/gpiochip1', '/dev/spidev0.0'],
    realPaths: { '/sys/class/pwm/pwmchip0': '/sys/devices/platform/soc/fe20c000.pwm/pwm/pwmchip0' },
    rw: ['/dev/gpiochip0', '/dev/gpiochip1', '/dev/spidev0.0', '/sys/class/pwm/pwmchip0/export'],
    modules: { cap: { ok: true }, 'node-libgpiod': { ok: true }, 'spi-device': { ok: true } },
  };
  return {
    ...base,
    ...over,
    files: { ...base.files, ...over.files },
    dirs: { ...base.dirs, ...over.dirs },
    realPaths: { ...base.realPaths, ...over.realPaths },
    modules: { ...base.modules, ...over.modules },
  };
}

/** A config object as the loader returns it, for role and iface. */
export function cfg(role: string, iface = 'eth0', hal?: Record<string, unknown>): unknown {
  return { general: { role, iface, logLevel: 'info', logFormat: 'auto' }, ...(hal ? { hal } : {}) };
}
