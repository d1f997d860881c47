/**
 * Checks of the PLC interface (the Ethernet port the HomePlug modem is plugged into): it exists, is up,
 * has its IPv6 link-local address (SDP and TCP need it), is left alone by NetworkManager/dhcpcd and does
 * not accept router advertisements; then raw-socket permission and the cap addon (SLAC needs both).
 */

import type { Check, DoctorContext } from '../types.js';
import { fail, failedBefore, networkSkip, pass, skip, warn } from './result.js';

const IFF_UP = 0x1;
/** /proc/net/if_inet6 flag bits (linux/if_addr.h). */
const IFA_F_DADFAILED = 0x08;
const IFA_F_TENTATIVE = 0x40;
/** /proc/net/if_inet6 scope of link-local addresses (IPV6_ADDR_LINKLOCAL). */
const SCOPE_LINK = 0x20;
/** /proc/net/if_inet6 scope of the loopback address (IPV6_ADDR_LOOPBACK); everything else is routable. */
const SCOPE_HOST = 0x10;
/** Capability numbers (linux/capability.h). */
const CAP_NET_RAW = 13;

const sysNet = (iface: string, leaf = ''): string => `/sys/class/net/${iface}${leaf ? `/${leaf}` : ''}`;

function otherInterfaces(ctx: DoctorContext): string {
  const all = (ctx.facts.listDir('/sys/class/net') ?? []).filter((n) => n !== 'lo');
  return all.length ? all.join(', ') : 'none found';
}

export const ifaceExists: Check = {
  id: 'iface.exists',
  title: 'PLC interface exists',
  run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.facts.exists(sysNet(ctx.iface))) return pass(this, `${ctx.iface} exists`);
    return fail(
      this,
      `${ctx.iface} not found (interfaces here: ${otherInterfaces(ctx)})`,
      'set general.iface in the config (or --iface) to the port the modem is plugged into; USB adapters are often enx<mac>',
    );
  },
};

export const ifaceUp: Check = {
  id: 'iface.up',
  title: 'PLC interface is up',
  run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    if (failedBefore(ctx, 'iface.exists')) return skip(this, 'interface missing');
    const flags = Number.parseInt(ctx.facts.readText(sysNet(ctx.iface, 'flags'))?.trim() ?? '', 16);
    if (!Number.isFinite(flags) || (flags & IFF_UP) === 0) {
      return fail(
        this,
        `${ctx.iface} is administratively down`,
        `sudo systemctl enable --now piccs-plc-link@${ctx.iface}.service (installed by deploy/install.sh), or: sudo ip link set ${ctx.iface} up`,
      );
    }
    const carrier = ctx.facts.readText(sysNet(ctx.iface, 'carrier'))?.trim();
    if (carrier !== '1') {
      return warn(
        this,
        `${ctx.iface} is up but has no carrier (no Ethernet link)`,
        'check the cable to the modem and that the modem has power (the TL-PA4010P runs from 5..12 V on its internal rail)',
      );
    }
    return pass(this, `${ctx.iface} is up with carrier`);
  },
};

/** 32 hex digits -> the usual short form (fe80::20c:29ff:fe8b:2a1e). */
export function shortIpv6(hex: string): string {
  const groups = (hex.match(/.{4}/g) ?? []).map((g) => g.replace(/^0+(?=.)/, ''));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

interface Inet6 {
  addr: string;
  scope: number;
  flags: number;
}

function inet6Of(ctx: DoctorContext): Inet6[] {
  const text = ctx.facts.readText('/proc/net/if_inet6') ?? '';
  const out: Inet6[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 6 || f[5] !== ctx.iface) continue;
    const hex = f[0] ?? '';
    out.push({
      addr: shortIpv6(hex),
      scope: Number.parseInt(f[3] ?? '', 16),
      flags: Number.parseInt(f[4] ?? '', 16),
    });
  }
  return out;
}

export const linkLocal: Check = {
  id: 'iface.linkLocal',
  title: 'IPv6 link-local address',
  run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    if (failedBefore(ctx, 'iface.exists')) return skip(this, 'interface missing');
    const ll = inet6Of(ctx).filter((a) => a.scope === SCOPE_LINK);
    const disabled = ctx.facts.readText(`/proc/sys/net/ipv6/conf/${ctx.iface}/disable_ipv6`)?.trim() === '1';
    if (ll.length === 0) {
      return fail(
        this,
        `${ctx.iface} has no fe80:: address${disabled ? ' (IPv6 is disabled on it)' : ''}; SDP and the V2G TCP connection need one`,
        disabled
          ? `sudo sysctl -w net.ipv6.conf.${ctx.iface}.disable_ipv6=0 (/etc/sysctl.d/90-piccs-plc-${ctx.iface}.conf from deploy/install.sh makes it permanent)`
          : `bring the link up (a down link has no address) and keep IPv6 on; install.sh configures ${ctx.iface} for link-local only`,
      );
    }
    const good = ll.find((a) => (a.flags & (IFA_F_TENTATIVE | IFA_F_DADFAILED)) === 0);
    if (good) return pass(this, `${good.addr}%${ctx.iface}`);
    const bad = ll[0] as Inet6;
    if (bad.flags & IFA_F_DADFAILED) {
      return fail(
        this,
        `${bad.addr} failed duplicate address detection`,
        'another device on the powerline uses the same address (same MAC?); check for a cloned MAC address',
      );
    }
    return warn(
      this,
      `${bad.addr} is still tentative (duplicate address detection running, about 2 s after link up)`,
      'wait a few seconds and run doctor again; it stays tentative without carrier',
    );
  },
};

/** True when a NetworkManager conf.d file marks this interface unmanaged. */
function nmUnmanaged(ctx: DoctorContext): boolean {
  for (const dir of ['/etc/NetworkManager/conf.d', '/run/NetworkManager/conf.d', '/usr/lib/NetworkManager/conf.d']) {
    for (const name of ctx.facts.listDir(dir) ?? []) {
      const text = ctx.facts.readText(`${dir}/${name}`) ?? '';
      for (const m of text.matchAll(/^\s*unmanaged-devices\s*\+?=\s*(.*)$/gm)) {
        const items = (m[1] ?? '').split(/[;,]/).map((s) => s.trim());
        if (items.includes(`interface-name:${ctx.iface}`) || items.includes('*')) return true;
      }
    }
  }
  return false;
}

function dhcpcdDenied(ctx: DoctorContext, text: string): boolean {
  return [...text.matchAll(/^\s*denyinterfaces\s+(.*)$/gm)].some((m) => (m[1] ?? '').split(/\s+/).includes(ctx.iface));
}

export const quiet: Check = {
  id: 'iface.quiet',
  title: 'no DHCP / router solicitation on the PLC interface',
  run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    if (failedBefore(ctx, 'iface.exists')) return skip(this, 'interface missing');
    const issues: string[] = [];
    // SDP and V2G use link-local IPv6 only (ISO 15118-2 [V2G2-141]); any other address means DHCP, SLAAC or a static
    // setup is active on the PLC link (and this host answers ARP/ND and more for it on the powerline)
    const v4 = ctx.facts.ipv4Addresses(ctx.iface);
    if (v4.length) issues.push(`has IPv4 ${v4.join(', ')}`);
    const routable = inet6Of(ctx).filter((a) => a.scope !== SCOPE_LINK && a.scope !== SCOPE_HOST);
    if (routable.length) issues.push(`has routable IPv6 ${routable.map((a) => a.addr).join(', ')}`);
    const acceptRa = ctx.facts.readText(`/proc/sys/net/ipv6/conf/${ctx.iface}/accept_ra`)?.trim();
    if (acceptRa !== undefined && acceptRa !== '0')
      issues.push(`accept_ra=${acceptRa} (router solicitations are sent)`);
    if (ctx.facts.exists('/run/NetworkManager') && !nmUnmanaged(ctx)) issues.push('NetworkManager manages it');
    const dhcpcd = ctx.facts.readText('/etc/dhcpcd.conf');
    if (dhcpcd !== undefined && ctx.facts.exists('/run/dhcpcd') && !dhcpcdDenied(ctx, dhcpcd)) {
      issues.push('dhcpcd is not told to leave it alone');
    }
    if (issues.length === 0)
      return pass(this, `${ctx.iface}: link-local only, no RA, not managed by NetworkManager/dhcpcd`);
    return warn(
      this,
      `${ctx.iface}: ${issues.join('; ')}`,
      `sudo deploy/install.sh --iface ${ctx.iface} sets this up (NetworkManager unmanaged, dhcpcd denyinterfaces, sysctl accept_ra=0)${v4.length || routable.length ? `; remove the addresses: sudo ip addr flush dev ${ctx.iface} scope global` : ''}`,
    );
  },
};

function capEff(ctx: DoctorContext): bigint | undefined {
  const m = (ctx.facts.readText('/proc/self/status') ?? '').match(/^CapEff:\s*([0-9a-f]+)$/m);
  return m?.[1] ? BigInt(`0x${m[1]}`) : undefined;
}

export const rawPermission: Check = {
  id: 'raw.permission',
  title: 'raw socket permission (CAP_NET_RAW)',
  run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    if (ctx.facts.uid === 0) return pass(this, 'running as root');
    const eff = capEff(ctx);
    if (eff !== undefined && (eff >> BigInt(CAP_NET_RAW)) & 1n) return pass(this, 'this process has CAP_NET_RAW');
    return warn(
      this,
      'this process cannot open raw sockets (no root, no CAP_NET_RAW); SLAC needs them',
      'the service gets CAP_NET_RAW from deploy/systemd/piccs@.service (AmbientCapabilities); by hand use sudo, e.g. sudo piccs doctor',
    );
  },
};

export const capLoads: Check = {
  id: 'cap.loads',
  title: 'cap (libpcap addon) loads',
  async run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    const r = await ctx.facts.loadModule('cap');
    if (r.ok) return pass(this, 'cap loads');
    return fail(
      this,
      `cap does not load: ${r.error}`,
      'npm drops a failed optional native build silently, so `npm rebuild` cannot bring it back: sudo apt-get install libpcap-dev build-essential python3, then cd /opt/piccs && sudo npm ci --omit=dev (or rerun deploy/install.sh; in a development checkout: npm install)',
    );
  },
};

export const rawOpen: Check = {
  id: 'raw.open',
  title: 'raw capture opens on the PLC interface',
  async run(ctx) {
    const why = networkSkip(ctx);
    if (why) return skip(this, why);
    for (const dep of ['iface.exists', 'cap.loads']) {
      if (failedBefore(ctx, dep)) return skip(this, `needs ${dep}`);
    }
    if (failedBefore(ctx, 'raw.permission')) return skip(this, 'no raw socket permission in this process');
    const r = await ctx.facts.openRawCapture(ctx.iface);
    if (r.ok) return pass(this, `opened ${ctx.iface} for EtherType 0x88E1${r.detail ? ` (${r.detail})` : ''}`);
    return fail(
      this,
      `opening ${ctx.iface} failed: ${r.error}`,
      /not permitted/i.test(r.error)
        ? 'grant CAP_NET_RAW (service unit) or run as root'
        : 'check that the interface exists and is up',
    );
  },
};
