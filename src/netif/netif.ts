/**
 * Network interface facts the transports need on Linux: MAC, admin/oper state and the IPv6 link-local address with
 * its DAD state (from /sys/class/net and /proc/net/if_inet6). os.networkInterfaces() lists an fe80 address while it
 * is still tentative, and listen() on it fails with EADDRNOTAVAIL until DAD ends (~2 s after link up, see
 * node-stack.md §2), so the tentative flag is read from procfs.
 * Knows nothing about SDP or V2G. File access goes through a small reader port so tests can feed fixed text.
 */

import { readdirSync, readFileSync } from 'node:fs';
import type { Clock } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import { formatIpv6 } from '../sdp/ipv6.js';

/** IFA_F_* address flags (linux/if_addr.h). */
export const IFA_F_NODAD = 0x02;
export const IFA_F_DADFAILED = 0x08;
export const IFA_F_TENTATIVE = 0x40;
export const IFA_F_PERMANENT = 0x80;
/** IPv6 scope as printed in /proc/net/if_inet6 (IPV6_ADDR_LINKLOCAL). */
export const IPV6_SCOPE_LINK = 0x20;
/** IFF_UP in /sys/class/net/<if>/flags (linux/if.h). */
export const IFF_UP = 0x1;

/** How long DAD normally takes after link up here (node-stack.md §2: 1.2-2.0 s measured), with margin. */
export const DAD_WAIT_DEFAULT_MS = 3000;
/** Poll interval while waiting for DAD; procfs reads are cheap. */
export const DAD_POLL_MS = 50;

export interface IfInet6Entry {
  /** address text, no zone */
  address: string;
  ifindex: number;
  prefixLength: number;
  scope: number;
  flags: number;
  ifname: string;
}

/** Parse /proc/net/if_inet6 (one address per line: hex address, ifindex, prefix, scope, flags, name; all hex). */
export function parseIfInet6(text: string): IfInet6Entry[] {
  const out: IfInet6Entry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 6 || !/^[0-9a-f]{32}$/i.test(f[0] as string)) continue;
    out.push({
      address: formatIpv6(Buffer.from(f[0] as string, 'hex')),
      ifindex: Number.parseInt(f[1] as string, 16),
      prefixLength: Number.parseInt(f[2] as string, 16),
      scope: Number.parseInt(f[3] as string, 16),
      flags: Number.parseInt(f[4] as string, 16),
      ifname: f[5] as string,
    });
  }
  return out;
}

/** Where netif reads from; the default is the live system. */
export interface NetifReader {
  /** File content, or undefined when it does not exist. */
  readFile(path: string): string | undefined;
  /** Interface names (entries of /sys/class/net). */
  listInterfaces(): string[];
}

export const systemNetifReader: NetifReader = {
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  listInterfaces() {
    try {
      return readdirSync('/sys/class/net');
    } catch {
      return [];
    }
  },
};

export type LinkLocalState = 'ready' | 'tentative' | 'dad-failed' | 'none';

export interface InterfaceInfo {
  name: string;
  /** 'aa:bb:cc:dd:ee:ff' */
  mac: string;
  /** administratively up (IFF_UP) */
  up: boolean;
  /** /sys/class/net/<if>/operstate: 'up', 'down', 'unknown' (lo, some drivers), 'lowerlayerdown' ... */
  operstate: string;
  /** The fe80:: address without zone (the first usable one), or undefined. */
  linkLocal: string | undefined;
  /** `fe80::...%ifname`, ready to pass to listen/connect/send. */
  linkLocalZoned: string | undefined;
  linkLocalState: LinkLocalState;
}

/** Read the interface's state; throws HardwareError if the interface does not exist. */
export function readInterface(name: string, reader: NetifReader = systemNetifReader): InterfaceInfo {
  const base = `/sys/class/net/${name}`;
  const flagsText = name.includes('/') ? undefined : reader.readFile(`${base}/flags`);
  if (flagsText === undefined) {
    const known = reader.listInterfaces();
    throw new HardwareError(
      `network interface '${name}' not found`,
      known.length ? `available: ${known.join(', ')}; set --iface or the config's interface key` : 'check `ip link`',
      { iface: name },
    );
  }
  const up = (Number.parseInt(flagsText.trim(), 16) & IFF_UP) !== 0;
  const mac = (reader.readFile(`${base}/address`) ?? '').trim().toLowerCase();
  const operstate = (reader.readFile(`${base}/operstate`) ?? 'unknown').trim();
  const entries = parseIfInet6(reader.readFile('/proc/net/if_inet6') ?? '').filter(
    (e) => e.ifname === name && e.scope === IPV6_SCOPE_LINK && e.address.startsWith('fe80:'),
  );
  // prefer a usable address; else report why there is none
  const ready = entries.find((e) => (e.flags & (IFA_F_TENTATIVE | IFA_F_DADFAILED)) === 0);
  const pick = ready ?? entries.find((e) => (e.flags & IFA_F_DADFAILED) === 0) ?? entries[0];
  let state: LinkLocalState = 'none';
  if (pick) {
    if (pick.flags & IFA_F_DADFAILED) state = 'dad-failed';
    else if (pick.flags & IFA_F_TENTATIVE) state = 'tentative';
    else state = 'ready';
  }
  return {
    name,
    mac,
    up,
    operstate,
    linkLocal: pick?.address,
    linkLocalZoned: pick ? `${pick.address}%${name}` : undefined,
    linkLocalState: state,
  };
}

/** A ready interface: up, with a link-local address that finished DAD. */
export type ReadyInterface = InterfaceInfo & { linkLocal: string; linkLocalZoned: string; linkLocalState: 'ready' };

function problem(info: InterfaceInfo): HardwareError | undefined {
  if (!info.up) {
    return new HardwareError(`network interface '${info.name}' is down`, `bring it up: ip link set ${info.name} up`, {
      iface: info.name,
    });
  }
  if (info.linkLocalState === 'dad-failed') {
    return new HardwareError(
      `IPv6 duplicate address detection failed for ${info.linkLocal} on '${info.name}'`,
      'another node uses the same link-local address (same MAC?); change the MAC or the address',
      { iface: info.name },
    );
  }
  return undefined;
}

/** The interface if it is ready now; throws HardwareError if missing, down, or without a usable link-local address. */
export function requireInterface(name: string, reader: NetifReader = systemNetifReader): ReadyInterface {
  const info = readInterface(name, reader);
  const p = problem(info);
  if (p) throw p;
  if (info.linkLocalState !== 'ready') {
    throw new HardwareError(
      info.linkLocalState === 'tentative'
        ? `link-local address ${info.linkLocal} on '${name}' is still tentative (DAD running)`
        : `network interface '${name}' has no IPv6 link-local address`,
      info.linkLocalState === 'tentative'
        ? 'wait for DAD (waitForLinkLocal) or set net.ipv6.conf.<if>.accept_dad=0 on a point-to-point PLC link'
        : `enable IPv6 on it: sysctl -w net.ipv6.conf.${name}.disable_ipv6=0; addr_gen_mode must not be 1 (none)`,
      { iface: name },
    );
  }
  return info as ReadyInterface;
}

export interface WaitOptions {
  clock: Clock;
  timeoutMs?: number;
  pollMs?: number;
  reader?: NetifReader;
}

/**
 * Wait until the interface is up and its link-local address has finished DAD. Fails at once (HardwareError) if the
 * interface is missing, down or DAD failed; fails after timeoutMs if the address stays tentative or absent.
 */
export function waitForLinkLocal(name: string, opts: WaitOptions): Promise<ReadyInterface> {
  const { clock, reader = systemNetifReader } = opts;
  const timeoutMs = opts.timeoutMs ?? DAD_WAIT_DEFAULT_MS;
  const pollMs = opts.pollMs ?? DAD_POLL_MS;
  const start = clock.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      let info: InterfaceInfo;
      try {
        info = readInterface(name, reader);
      } catch (e) {
        reject(e);
        return;
      }
      const p = problem(info);
      if (p) {
        reject(p);
        return;
      }
      if (info.linkLocalState === 'ready') {
        resolve(info as ReadyInterface);
        return;
      }
      if (clock.now() - start >= timeoutMs) {
        try {
          requireInterface(name, reader);
        } catch (e) {
          reject(e);
          return;
        }
      }
      clock.setTimeout(poll, pollMs);
    };
    poll();
  });
}
