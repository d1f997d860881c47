/**
 * Shared plumbing of the SLAC machines: the frame listener actor (port -> `mme` events), MME sending with a
 * log line per frame, the events reported upward, and small helpers. Sees only the EthernetPort type.
 */

import { fromCallback } from 'xstate';
import { formatMac, toHex } from '../core/bytes.js';
import type { Log } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import { encodeMme, type Mme, type MmeFrame, tryDecodeMme } from './homeplug.js';

export type MmeEvent = { type: 'mme'; frame: MmeFrame };

/** What the SLAC actors report (emitted, and sent to the parent actor when there is one). */
export interface SlacMatchedEvent {
  type: 'slac.matched';
  role: 'evse' | 'pev';
  /** The peer's host MAC as text (what session/events.ts SlacEvent carries). */
  peerMac: string;
  /** EVSE side: the EV host MAC; PEV side: the chosen EVSE's host MAC. */
  evMac?: Buffer;
  evseMac?: Buffer;
  nmk: Buffer;
  nid: Buffer;
  runId: Buffer;
  /** ms on the machine's clock from the first CM_SLAC_PARM.REQ to CM_SLAC_MATCH.CNF. */
  durationMs: number;
}

export interface SlacFailedEvent {
  type: 'slac.failed';
  role: 'evse' | 'pev';
  reason: string;
}

export type SlacReport = SlacMatchedEvent | SlacFailedEvent;

/** Listens on the port and turns every decodable MME addressed to us (or broadcast) into an `mme` event. */
export const frameListener = fromCallback<{ type: 'never' }, { port: EthernetPort; log: Log }>(
  ({ sendBack, input }) => {
    const own = input.port.mac;
    return input.port.onFrame((frame) => {
      const d = tryDecodeMme(frame);
      if (!d) return;
      if (!(d.dst.equals(own) || (d.dst[0] as number) & 0x01)) return; // unicast to another host
      if (d.src.equals(own)) return;
      if (input.log.isLevelEnabled('debug')) {
        input.log.debug(
          { dir: 'rx', mme: d.msg.type === 'UNKNOWN' ? d.mmtype : d.msg.type, src: formatMac(d.src) },
          'mme',
        );
      }
      sendBack({ type: 'mme', frame: d } satisfies MmeEvent);
    });
  },
);

export function sendMme(port: EthernetPort, log: Log, dst: Uint8Array, msg: Mme): void {
  const frame = encodeMme({ dst, src: port.mac, msg });
  if (log.isLevelEnabled('debug')) {
    log.debug({ dir: 'tx', mme: msg.type, dst: formatMac(dst), hex: toHex(frame) }, 'mme');
  }
  try {
    port.send(frame);
  } catch (err) {
    // a closed port or a pulled cable: the timers report the missing answer, keep the machine alive
    log.warn({ err: (err as Error).message, mme: msg.type }, 'send failed');
  }
}

export function sessionKey(mac: Uint8Array, runId: Uint8Array): string {
  return `s-${toHex(mac)}-${toHex(runId)}`;
}

/** Average of per-group attenuations over several reports, rounded to whole dB. */
export function averageGroups(sums: number[], count: number): number[] {
  return sums.map((s) => (count > 0 ? Math.round(s / count) : 0));
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.POSITIVE_INFINITY;
}
