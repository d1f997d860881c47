/**
 * Shared plumbing of the SLAC machines: the frame listener actor (port -> `mme` events), MME sending with a
 * log line per frame, CM_SET_KEY to the own modem, the events reported upward and how they are reported, binding
 * the machines' input, and small helpers. Sees only the EthernetPort type.
 */

import { fromCallback } from 'xstate';
import { formatMac, toHex } from '../core/bytes.js';
import type { Log } from '../core/log.js';
import type { EthernetPort } from '../link/ports.js';
import { QUALCOMM_LOCAL_MAC, SET_KEY_NEW_EKS, SET_KEY_PID_HLE, SET_KEY_TYPE_NMK } from './defs.js';
import { encodeMme, type Mme, type MmeFrame, tryDecodeMme } from './homeplug.js';
import type { NetworkKey } from './keys.js';

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

/** CM_SET_KEY.REQ: install the network key (NMK/NID) in the own modem (default: the Qualcomm local address). */
export function sendSetKey(port: EthernetPort, log: Log, modemMac: Uint8Array | undefined, key: NetworkKey): void {
  sendMme(port, log, modemMac ?? QUALCOMM_LOCAL_MAC, {
    type: 'CM_SET_KEY.REQ',
    keyType: SET_KEY_TYPE_NMK,
    myNonce: 0,
    yourNonce: 0,
    pid: SET_KEY_PID_HLE,
    prn: 0,
    pmn: 0,
    ccoCapability: 0,
    nid: key.nid,
    newEks: SET_KEY_NEW_EKS,
    newKey: key.nmk,
  });
}

/** The part of an action's `enqueue` that reporting needs (any SLAC machine's enqueue has it). */
interface ReportQueue {
  emit(report: SlacReport): void;
  sendParent(report: SlacReport): void;
}

/** Report upward: emitted (for subscribers), and sent to the parent actor when invoked by one. */
export function reportUp(enqueue: ReportQueue, self: { _parent?: unknown }, report: SlacReport): void {
  enqueue.emit(report);
  if (self._parent) enqueue.sendParent(report);
}

/**
 * Merges the input bound when the machine was built under the invoke/createActor input (options merged key by
 * key), so a parent statechart can invoke a SLAC machine without passing input.
 */
export function bindInput<T extends { port?: EthernetPort; options?: object }>(
  bound: Partial<T>,
  given: Partial<T> | undefined,
): T & { port: EthernetPort } {
  const input = { ...bound, ...given, options: { ...bound.options, ...given?.options } };
  if (!input.port) throw new Error('SLAC machine needs input.port (an EthernetPort)');
  return input as T & { port: EthernetPort };
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
