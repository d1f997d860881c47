/**
 * Local modem management over Qualcomm vendor MMEs (QCA7000/7420, AR7420): find the modem behind an interface,
 * read its firmware, powerline link status and network membership, and reset it. Request/response over an
 * EthernetPort with timeouts on the injected Clock; no machine state, no knowledge of SLAC.
 */

import { formatMac } from '../core/bytes.js';
import type { Clock } from '../core/clock.js';
import { HardwareError } from '../core/errors.js';
import type { EthernetPort } from '../link/ports.js';
import { QUALCOMM_LOCAL_MAC } from './defs.js';
import { encodeMme, type Mme, type MmeFrame, type MmeName, tryDecodeMme } from './homeplug.js';
import { QCA_DEVICE_ID, QCA_STATION_ROLE } from './messages/vendor-qca.js';

/** How long to wait for the modem's answer to one request (a local modem answers within a few ms). */
export const MODEM_RESPONSE_TIMEOUT_MS = 1000;

export interface ModemStation {
  mac: string;
  /** The host behind that station's modem (bridged address). */
  hostMac: string;
  txMbps: number;
  rxMbps: number;
}

export interface ModemNetwork {
  nid: string;
  /** This modem's role in that network: STA, PCO or CCO. */
  role: string;
  ccoMac: string;
  stations: ModemStation[];
}

export interface ModemInfo {
  mac: string;
  firmware: string;
  chip: string;
  /** Powerline link to at least one other station of our logical network. */
  link: 'up' | 'down' | 'unknown';
  networks: ModemNetwork[];
  /** Set when a reset was requested: whether the modem confirmed it. */
  reset?: boolean;
}

/** Sends `msg` and resolves with the first frame of type `expect` (from `from` when given), or undefined on timeout. */
export function request(
  port: EthernetPort,
  clock: Clock,
  dst: Uint8Array,
  msg: Mme,
  expect: MmeName,
  timeoutMs: number,
  from?: Buffer,
): Promise<MmeFrame | undefined> {
  return new Promise((resolve) => {
    let timer: unknown;
    const off = port.onFrame((frame) => {
      const d = tryDecodeMme(frame);
      if (!d || d.msg.type !== expect || (from && !d.src.equals(from))) return;
      off();
      clock.clearTimeout(timer);
      resolve(d);
    });
    timer = clock.setTimeout(() => {
      off();
      resolve(undefined);
    }, timeoutMs);
    port.send(encodeMme({ dst, src: port.mac, msg }));
  });
}

export interface QueryModemOptions {
  timeoutMs?: number;
  reset?: boolean;
  /** Interface name, for messages only. */
  iface?: string;
}

export async function queryModem(port: EthernetPort, clock: Clock, opts: QueryModemOptions = {}): Promise<ModemInfo> {
  const t = opts.timeoutMs ?? MODEM_RESPONSE_TIMEOUT_MS;
  const where = opts.iface ? ` on ${opts.iface}` : '';
  const sw = await request(port, clock, QUALCOMM_LOCAL_MAC, { type: 'VS_SW_VER.REQ' }, 'VS_SW_VER.CNF', t);
  if (sw?.msg.type !== 'VS_SW_VER.CNF') {
    throw new HardwareError(
      `no HomePlug modem answered VS_SW_VER.REQ${where} within ${t} ms`,
      'check that the modem is powered and cabled to this interface and the interface is up (ip link set IF up); ' +
        'modems without Qualcomm firmware (Lumissil CG5317, Unicomsemi in TL-PA4010P v6) do not answer these requests',
    );
  }
  const modemMac = sw.src;
  const info: ModemInfo = {
    mac: formatMac(modemMac),
    firmware: sw.msg.version,
    chip: QCA_DEVICE_ID[sw.msg.deviceId] ?? `device id 0x${sw.msg.deviceId.toString(16)}`,
    link: 'unknown',
    networks: [],
  };
  const lnk = await request(
    port,
    clock,
    modemMac,
    { type: 'VS_PL_LNK_STATUS.REQ' },
    'VS_PL_LNK_STATUS.CNF',
    t,
    modemMac,
  );
  if (lnk?.msg.type === 'VS_PL_LNK_STATUS.CNF') info.link = lnk.msg.linkStatus === 0x01 ? 'up' : 'down';
  const nw = await request(port, clock, modemMac, { type: 'VS_NW_INFO.REQ' }, 'VS_NW_INFO.CNF', t, modemMac);
  if (nw?.msg.type === 'VS_NW_INFO.CNF') {
    info.networks = (nw.msg.networks ?? []).map((n) => ({
      nid: n.nid.toString('hex'),
      role: QCA_STATION_ROLE[n.role] ?? String(n.role),
      ccoMac: formatMac(n.ccoMac),
      stations: n.stations.map((s) => ({
        mac: formatMac(s.mac),
        hostMac: formatMac(s.bda),
        txMbps: s.avgTxMbps,
        rxMbps: s.avgRxMbps,
      })),
    }));
  }
  if (opts.reset) {
    const rs = await request(port, clock, modemMac, { type: 'VS_RS_DEV.REQ' }, 'VS_RS_DEV.CNF', t, modemMac);
    info.reset = rs?.msg.type === 'VS_RS_DEV.CNF' && rs.msg.mstatus === 0;
  }
  return info;
}

/** Human-readable lines for `piccs modem`. */
export function renderModemInfo(m: ModemInfo): string {
  const lines = [
    `modem     ${m.mac} (${m.chip})`,
    `firmware  ${m.firmware}`,
    `link      ${m.link}`,
    m.networks.length === 0 ? 'network   not a member of any logical network with other stations' : '',
  ];
  for (const n of m.networks) {
    lines.push(
      `network   NID ${n.nid}, this modem is ${n.role}, CCo ${n.ccoMac}, ${n.stations.length} other station(s)`,
    );
    for (const s of n.stations)
      lines.push(`  station ${s.mac} host ${s.hostMac} tx ${s.txMbps} Mbit/s rx ${s.rxMbps} Mbit/s`);
  }
  if (m.reset !== undefined)
    lines.push(`reset     ${m.reset ? 'confirmed (the modem restarts, ~1..10 s)' : 'NOT confirmed'}`);
  return `${lines.filter(Boolean).join('\n')}\n`;
}
