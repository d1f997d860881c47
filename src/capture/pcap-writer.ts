/**
 * Classic pcap writer (microsecond timestamps, little-endian, LINKTYPE_ETHERNET), for `--pcap OUT` in live and
 * simulated sessions and for crafting test files.
 *
 * Two layers: pure encoders (`pcapFileHeader`, `pcapRecord`, `encodePcap`) and `PcapFileWriter`, which appends each
 * frame to a file as it comes (synchronous write per frame: a session that crashes or is killed still leaves a
 * valid file holding everything up to the last frame). Knows nothing about frame contents.
 */

import { closeSync, openSync, writeSync } from 'node:fs';
import { EncodeError } from '../core/errors.js';
import { LINKTYPE_ETHERNET, MAX_CAPTURED_LENGTH, PCAP_MAGIC_US } from './pcap-reader.js';

/** Default snap length written to the header (tcpdump's default). */
export const PCAP_DEFAULT_SNAPLEN = 262144;

export interface PcapHeaderOptions {
  snapLen?: number;
  linkType?: number;
}

/** A frame to write: timestamp in microseconds since the epoch (or since any origin, e.g. a simulated clock). */
export interface PcapOutFrame {
  tsUs: number;
  data: Uint8Array;
  /** Length on the wire when `data` was cut short; defaults to data.length. */
  origLength?: number;
}

/** The 24-byte global header (pcap draft §4): version 2.4, thiszone 0, sigfigs 0. */
export function pcapFileHeader(opts: PcapHeaderOptions = {}): Buffer {
  const b = Buffer.alloc(24);
  b.writeUInt32LE(PCAP_MAGIC_US, 0);
  b.writeUInt16LE(2, 4);
  b.writeUInt16LE(4, 6);
  b.writeInt32LE(0, 8);
  b.writeUInt32LE(0, 12);
  b.writeUInt32LE(opts.snapLen ?? PCAP_DEFAULT_SNAPLEN, 16);
  b.writeUInt32LE(opts.linkType ?? LINKTYPE_ETHERNET, 20);
  return b;
}

/** One record: 16-byte header + data. */
export function pcapRecord(frame: PcapOutFrame): Buffer {
  const { tsUs, data } = frame;
  if (!Number.isFinite(tsUs) || tsUs < 0)
    throw new EncodeError(`timestamp ${tsUs} us is not a non-negative number`, 'tsUs');
  if (data.length > MAX_CAPTURED_LENGTH) throw new EncodeError(`frame of ${data.length} bytes is too large`, 'data');
  const us = Math.floor(tsUs);
  const sec = Math.floor(us / 1_000_000);
  if (sec > 0xffffffff) throw new EncodeError(`timestamp ${tsUs} us does not fit 32-bit seconds`, 'tsUs');
  const b = Buffer.alloc(16 + data.length);
  b.writeUInt32LE(sec, 0);
  b.writeUInt32LE(us - sec * 1_000_000, 4);
  b.writeUInt32LE(data.length, 8);
  b.writeUInt32LE(Math.max(frame.origLength ?? data.length, data.length), 12);
  b.set(data, 16);
  return b;
}

/** A whole pcap file in memory. */
export function encodePcap(frames: Iterable<PcapOutFrame>, opts: PcapHeaderOptions = {}): Buffer {
  const parts = [pcapFileHeader(opts)];
  for (const f of frames) parts.push(pcapRecord(f));
  return Buffer.concat(parts);
}

/** Streaming pcap writer onto any byte sink (header written on construction). */
export class PcapStreamWriter {
  private frames = 0;

  constructor(
    private readonly sink: (chunk: Buffer) => void,
    opts: PcapHeaderOptions = {},
  ) {
    sink(pcapFileHeader(opts));
  }

  append(frame: PcapOutFrame): void {
    this.sink(pcapRecord(frame));
    this.frames++;
  }

  get frameCount(): number {
    return this.frames;
  }
}

/** Appends frames to a pcap file as they arrive; `close()` when done (idempotent). */
export class PcapFileWriter {
  private fd: number | undefined;
  private readonly writer: PcapStreamWriter;

  /** Creates (truncates) `path` and writes the header. */
  constructor(
    readonly path: string,
    opts: PcapHeaderOptions = {},
  ) {
    const fd = openSync(path, 'w');
    this.fd = fd;
    this.writer = new PcapStreamWriter((chunk) => this.write(chunk), opts);
  }

  private write(chunk: Buffer): void {
    if (this.fd === undefined) throw new EncodeError(`pcap file ${this.path} is closed`, 'path');
    let done = 0;
    while (done < chunk.length) done += writeSync(this.fd, chunk, done, chunk.length - done);
  }

  append(frame: PcapOutFrame): void {
    this.writer.append(frame);
  }

  get frameCount(): number {
    return this.writer.frameCount;
  }

  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}
