/**
 * TCP reassembly for one direction of one connection, as a passive observer sees it.
 *
 * Input: the segments one endpoint sent (in capture order) plus the acknowledgements its peer sent back.
 * Output: notes in stream order: `data` (each byte delivered exactly once, in order), and what happened on the
 * way: `retransmission` (bytes already delivered, counted once and dropped), `overlap` (a segment partly
 * repeating delivered bytes; the new part is delivered), `out-of-order` (held until the gap before it fills),
 * `lost` (a gap the capture will never fill: the peer acknowledged bytes we never saw, the gap outlived
 * STREAM_GAP_TIMEOUT_US, the hold buffer overflowed, or the capture ended). Lost bytes are reported, never
 * guessed; the first `data` after a loss carries `afterGap` so the framer above resynchronises.
 *
 * Sequence numbers are 32-bit and wrap: offsets are computed relative to the next expected sequence number
 * with signed 32-bit differences. Knows nothing about V2GTP or EXI.
 */

import { TCP_FIN, TCP_SYN } from '../net/tcp.js';

/** A gap older than this (capture time) is declared lost; TCP would have retransmitted long before (RTO <= 3 s). */
export const STREAM_GAP_TIMEOUT_US = 5_000_000;
/** Most out-of-order bytes held per direction before the gap before them is declared lost (bounds memory). */
export const STREAM_MAX_HELD_BYTES = 1 << 20;

export type LossReason = 'acked-not-captured' | 'gap-timeout' | 'buffer-limit' | 'end-of-stream';

export type StreamNote =
  | { kind: 'data'; offset: number; data: Buffer; tsUs: number; afterGap: boolean }
  | { kind: 'retransmission'; offset: number; bytes: number; tsUs: number }
  | { kind: 'overlap'; offset: number; bytes: number; tsUs: number }
  | { kind: 'out-of-order'; offset: number; bytes: number; tsUs: number }
  | { kind: 'lost'; offset: number; bytes: number; tsUs: number; reason: LossReason }
  | { kind: 'fin'; offset: number; tsUs: number };

export interface StreamSegmentIn {
  seq: number;
  flags: number;
  payload: Buffer;
  tsUs: number;
}

interface Held {
  rel: number;
  data: Buffer;
  tsUs: number;
}

export class TcpStream {
  /** True once the first segment (SYN or, for a capture that starts mid-connection, any segment) was seen. */
  started = false;
  /** True when the capture did not contain this direction's SYN: offsets count from the first byte seen. */
  midstream = false;
  /** Initial sequence number when the SYN was seen. */
  isn: number | undefined;
  /** Counters for the summary. */
  readonly stats = { segments: 0, bytes: 0, retransmissions: 0, overlaps: 0, outOfOrder: 0, lostBytes: 0, gaps: 0 };

  private nextAbs = 0;
  private nextRel = 0;
  private held: Held[] = [];
  private heldBytes = 0;
  private finRel: number | undefined;
  private finNoted = false;
  private gap = false;

  /** Stream offset of the next byte expected. */
  get offset(): number {
    return this.nextRel;
  }

  get finished(): boolean {
    return this.finNoted;
  }

  private relOf(seq: number): number {
    return this.nextRel + ((seq - this.nextAbs) | 0);
  }

  /** A segment this direction's sender sent. */
  push(seg: StreamSegmentIn): StreamNote[] {
    const notes: StreamNote[] = [];
    this.stats.segments++;
    let dataSeq = seg.seq;
    if (seg.flags & TCP_SYN) {
      dataSeq = (seg.seq + 1) >>> 0;
      if (!this.started) {
        this.started = true;
        this.isn = seg.seq;
        this.nextAbs = dataSeq;
      } else if (seg.payload.length === 0) {
        // A repeated SYN (lost SYN/ACK): nothing new.
        this.stats.retransmissions++;
        return notes;
      }
    }
    if (!this.started) {
      this.started = true;
      this.midstream = true;
      this.nextAbs = dataSeq;
    }
    this.expireGaps(seg.tsUs, notes);
    const len = seg.payload.length;
    const rel = this.relOf(dataSeq);
    if (seg.flags & TCP_FIN && this.finRel === undefined) this.finRel = rel + len;
    if (len > 0) {
      this.stats.bytes += len;
      const end = rel + len;
      if (end <= this.nextRel) {
        this.stats.retransmissions++;
        notes.push({ kind: 'retransmission', offset: rel, bytes: len, tsUs: seg.tsUs });
      } else if (rel <= this.nextRel) {
        const dup = this.nextRel - rel;
        if (dup > 0) {
          this.stats.overlaps++;
          notes.push({ kind: 'overlap', offset: rel, bytes: dup, tsUs: seg.tsUs });
        }
        this.deliver(seg.payload.subarray(dup), seg.tsUs, notes);
        this.drain(notes);
      } else {
        this.hold(rel, seg.payload, seg.tsUs, notes);
      }
    }
    this.noteFin(seg.tsUs, notes);
    return notes;
  }

  /** The peer acknowledged up to `ack` (absolute): bytes before it that we never saw are lost to the capture. */
  peerAck(ack: number, tsUs: number): StreamNote[] {
    const notes: StreamNote[] = [];
    if (!this.started) return notes;
    let acked = this.relOf(ack);
    // The FIN takes one sequence number; an ACK of it is not an ACK of data.
    if (this.finRel !== undefined) acked = Math.min(acked, this.finRel);
    if (acked > this.nextRel) {
      const firstHeld = this.held[0]?.rel ?? Number.POSITIVE_INFINITY;
      this.skipTo(Math.min(acked, firstHeld), tsUs, 'acked-not-captured', notes);
      this.drain(notes);
      this.noteFin(tsUs, notes);
    }
    return notes;
  }

  /** Declare every remaining gap lost and deliver what was held (end of capture, RST, or connection closed). */
  flush(tsUs: number): StreamNote[] {
    const notes: StreamNote[] = [];
    while (this.held.length > 0) {
      this.skipTo(this.held[0]!.rel, tsUs, 'end-of-stream', notes);
      this.drain(notes);
    }
    this.noteFin(tsUs, notes);
    return notes;
  }

  /** Gaps older than STREAM_GAP_TIMEOUT_US at capture time `nowUs` are declared lost. */
  expireGaps(nowUs: number, notes: StreamNote[] = []): StreamNote[] {
    while (this.held.length > 0 && nowUs - this.held[0]!.tsUs > STREAM_GAP_TIMEOUT_US) {
      this.skipTo(this.held[0]!.rel, nowUs, 'gap-timeout', notes);
      this.drain(notes);
    }
    return notes;
  }

  private deliver(data: Buffer, tsUs: number, notes: StreamNote[]): void {
    if (data.length === 0) return;
    notes.push({ kind: 'data', offset: this.nextRel, data, tsUs, afterGap: this.gap });
    this.gap = false;
    this.nextRel += data.length;
    this.nextAbs = (this.nextAbs + data.length) >>> 0;
  }

  private hold(rel: number, data: Buffer, tsUs: number, notes: StreamNote[]): void {
    const end = rel + data.length;
    // Already held in full: a retransmission of an out-of-order segment.
    if (this.held.some((h) => h.rel <= rel && h.rel + h.data.length >= end)) {
      this.stats.retransmissions++;
      notes.push({ kind: 'retransmission', offset: rel, bytes: data.length, tsUs });
      return;
    }
    let i = this.held.findIndex((h) => h.rel > rel);
    if (i < 0) i = this.held.length;
    this.held.splice(i, 0, { rel, data, tsUs });
    this.heldBytes += data.length;
    this.stats.outOfOrder++;
    notes.push({ kind: 'out-of-order', offset: rel, bytes: data.length, tsUs });
    while (this.heldBytes > STREAM_MAX_HELD_BYTES && this.held.length > 0) {
      this.skipTo(this.held[0]!.rel, tsUs, 'buffer-limit', notes);
      this.drain(notes);
    }
  }

  /** Deliver held segments that now connect to the stream. */
  private drain(notes: StreamNote[]): void {
    while (this.held.length > 0 && this.held[0]!.rel <= this.nextRel) {
      const h = this.held.shift()!;
      this.heldBytes -= h.data.length;
      const skip = this.nextRel - h.rel;
      if (skip < h.data.length) this.deliver(h.data.subarray(skip), h.tsUs, notes);
    }
  }

  private skipTo(rel: number, tsUs: number, reason: LossReason, notes: StreamNote[]): void {
    const bytes = rel - this.nextRel;
    if (bytes <= 0) return;
    notes.push({ kind: 'lost', offset: this.nextRel, bytes, tsUs, reason });
    this.stats.lostBytes += bytes;
    this.stats.gaps++;
    this.nextRel = rel;
    this.nextAbs = (this.nextAbs + bytes) >>> 0;
    this.gap = true;
  }

  private noteFin(tsUs: number, notes: StreamNote[]): void {
    if (!this.finNoted && this.finRel !== undefined && this.nextRel >= this.finRel && this.held.length === 0) {
      this.finNoted = true;
      notes.push({ kind: 'fin', offset: this.finRel, tsUs });
    }
  }
}
