/**
 * What one decoding run shares between its layer decoders (decode-*.ts): the events completed by the current
 * frame (or tick/finish), frame numbering and capture time, the counters of the summary, the session grouping,
 * the EV/EVSE role book and the SECC endpoint announced by SDP. Knows events, not frames.
 */

import { DecodeError } from '../core/errors.js';
import type { TimelineEvent } from './events.js';
import { RoleBook } from './roles.js';
import { SessionTracker } from './sessions.js';

export class Timeline {
  readonly roles = new RoleBook();
  readonly sessions = new SessionTracker();
  readonly counts = {
    homeplug: 0,
    sdpReq: 0,
    sdpRes: 0,
    v2g: 0,
    v2gDecoded: 0,
    retransmissions: 0,
    lostBytes: 0,
    malformed: 0,
    syslog: 0,
    anomalies: 0,
  };
  /** The SECC's TCP endpoint (`ip|port`) from the last SDP response. */
  seccEndpoint: string | undefined;
  firstUs: number | undefined;
  lastUs = 0;
  frameNo = 0;
  /** Events completed since the last `begin`. */
  out: TimelineEvent[] = [];

  /** Start collecting the events of one push/tick/finish. */
  begin(): void {
    this.out = [];
  }

  /** A captured frame arrived at `tsUs` (capture clock). */
  frame(tsUs: number): void {
    this.frameNo++;
    if (this.firstUs === undefined) this.firstUs = tsUs;
    this.lastUs = Math.max(this.lastUs, tsUs);
  }

  /** Seconds since the first frame. */
  rel(tsUs: number): number {
    return Math.round(tsUs - (this.firstUs ?? tsUs)) / 1e6;
  }

  emit(ev: TimelineEvent): void {
    if (ev.flags && ev.flags.length === 0) delete ev.flags;
    if (ev.flags) this.counts.anomalies += ev.flags.length;
    this.sessions.add(ev);
    this.out.push(ev);
  }

  emitNote(tsUs: number, text: string, flags: string[]): void {
    this.emit({ type: 'note', t: this.rel(tsUs), frame: this.frameNo, text, flags });
  }

  /** A `malformed` event for a DecodeError; anything else is a bug and is rethrown. */
  malformed(tsUs: number, layer: string, err: unknown): void {
    if (!(err instanceof DecodeError)) throw err;
    this.counts.malformed++;
    this.emit({
      type: 'malformed',
      t: this.rel(tsUs),
      frame: this.frameNo,
      layer,
      error: err.message,
      flags: ['malformed'],
    });
  }
}

/** Milliseconds rounded to microseconds (latencies in events). */
export function round3(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
