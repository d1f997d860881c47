/**
 * Who is the EV and who is the EVSE, inferred from the messages: SLAC senders by MMTYPE, SDP request/response
 * senders, the TCP client (the EVCC always connects to the SECC). Pure bookkeeping, no decoding.
 */

import type { Direction } from './events.js';

export type Role = 'EV' | 'EVSE';

/** SLAC MMTYPEs by the role that sends them (ISO 15118-3 §A.9 message flow; values per standards.md §2.1.2). */
const SLAC_SENDER: ReadonlyMap<number, Role> = new Map([
  [0x6064, 'EV'], // CM_SLAC_PARM.REQ
  [0x6065, 'EVSE'], // CM_SLAC_PARM.CNF
  [0x606a, 'EV'], // CM_START_ATTEN_CHAR.IND
  [0x6076, 'EV'], // CM_MNBC_SOUND.IND
  [0x606e, 'EVSE'], // CM_ATTEN_CHAR.IND
  [0x606f, 'EV'], // CM_ATTEN_CHAR.RSP
  [0x6078, 'EV'], // CM_VALIDATE.REQ
  [0x6079, 'EVSE'], // CM_VALIDATE.CNF
  [0x607c, 'EV'], // CM_SLAC_MATCH.REQ
  [0x607d, 'EVSE'], // CM_SLAC_MATCH.CNF
]);

/** The MMTYPE of CM_SLAC_PARM.REQ: the start of a SLAC attempt. */
export const MMTYPE_SLAC_PARM_REQ = 0x6064;
/** CM_SLAC_MATCH.CNF: the end of a successful SLAC. */
export const MMTYPE_SLAC_MATCH_CNF = 0x607d;

export function slacSenderRole(mmtype: number): Role | undefined {
  return SLAC_SENDER.get(mmtype);
}

/** SLAC family (CM_SLAC_PARM .. CM_SLAC_MATCH, incl. sounding and validation). */
export function isSlacMmtype(mmtype: number): boolean {
  return mmtype >= 0x6064 && mmtype <= 0x607f;
}

export function directionOf(role: Role | undefined): Direction {
  if (role === 'EV') return 'EV -> EVSE';
  if (role === 'EVSE') return 'EVSE -> EV';
  return '?';
}

/** Roles learned so far, by MAC and by IP address (text). The first evidence wins; later contradictions are ignored. */
export class RoleBook {
  private readonly byMac = new Map<string, Role>();
  private readonly byIp = new Map<string, Role>();

  learnMac(mac: string, role: Role): void {
    if (!this.byMac.has(mac)) this.byMac.set(mac, role);
  }

  learnIp(ip: string, role: Role): void {
    if (!this.byIp.has(ip)) this.byIp.set(ip, role);
  }

  mac(mac: string): Role | undefined {
    return this.byMac.get(mac);
  }

  ip(ip: string): Role | undefined {
    return this.byIp.get(ip);
  }

  macsOf(role: Role): string[] {
    return [...this.byMac].filter(([, r]) => r === role).map(([m]) => m);
  }
}
