/**
 * Capture file reader: classic pcap (both byte orders, microsecond and nanosecond magic) and pcapng
 * (SHB/IDB/EPB/SPB and the obsolete PB, both byte orders, several sections, if_tsresol and if_tsoffset).
 *
 * Pure: works on a Buffer holding the whole file, yields one CaptureFrame per packet in file order.
 * Knows nothing about what is inside the frames. Only Ethernet (LINKTYPE_ETHERNET = 1) is accepted unless the
 * caller opts out; any other link type, a bad magic, or a truncated/overlong record throws DecodeError with
 * the file offset. Frames before the bad spot have already been yielded, so a caller can report the damage
 * and keep what came before.
 *
 * Formats: pcap = https://www.ietf.org/archive/id/draft-ietf-opsawg-pcap-04.html,
 *          pcapng = https://www.ietf.org/archive/id/draft-ietf-opsawg-pcapng-02.html
 */

import { readFile } from 'node:fs/promises';
import { DecodeError } from '../core/errors.js';

/** LINKTYPE_ETHERNET (pcap linktype registry). */
export const LINKTYPE_ETHERNET = 1;

/** Classic pcap magic numbers, as read in the file's own byte order (draft-ietf-opsawg-pcap §4). */
export const PCAP_MAGIC_US = 0xa1b2c3d4;
export const PCAP_MAGIC_NS = 0xa1b23c4d;
/** pcapng block types (draft-ietf-opsawg-pcapng §4, §10.1). */
export const PCAPNG_SHB = 0x0a0d0d0a;
export const PCAPNG_IDB = 0x00000001;
export const PCAPNG_PB_OBSOLETE = 0x00000002;
export const PCAPNG_SPB = 0x00000003;
export const PCAPNG_EPB = 0x00000006;
/** pcapng byte-order magic in the SHB. */
export const PCAPNG_BOM = 0x1a2b3c4d;
/** IDB options (pcapng §4.2). */
const IF_TSRESOL = 9;
const IF_TSOFFSET = 14;

/** Upper bound for one captured packet: no real link exceeds this, and it bounds memory on garbage input. */
export const MAX_CAPTURED_LENGTH = 262144;
/** Upper bound for one pcapng block (a packet plus generous options). */
const MAX_BLOCK_LENGTH = MAX_CAPTURED_LENGTH + 65536;

export type CaptureFormat = 'pcap' | 'pcap-ns' | 'pcapng';

export interface CaptureFrame {
  /** Capture time in microseconds since the Unix epoch (truncated when the file has finer resolution). */
  tsUs: number;
  /** Capture time in nanoseconds since the Unix epoch (exact up to the file's resolution). */
  tsNs: bigint;
  /** The captured bytes (a view into the file buffer, starting at the link-layer header). */
  data: Buffer;
  /** Original length on the wire (>= data.length when the capture was cut at the snap length). */
  origLength: number;
  /** Interface index (pcapng interface id within its section; always 0 for classic pcap). */
  interface: number;
  /** Link type of that interface. */
  linkType: number;
  /** Byte offset of this packet's record/block in the file (for error messages). */
  fileOffset: number;
}

export interface ReadOptions {
  /** Link types to accept (default: Ethernet only). */
  linkTypes?: readonly number[];
}

/** Which format a buffer holds, from its first 4 bytes; undefined when it is none of ours. */
export function detectCaptureFormat(buf: Buffer): CaptureFormat | undefined {
  if (buf.length < 4) return undefined;
  const le = buf.readUInt32LE(0);
  const be = buf.readUInt32BE(0);
  if (le === PCAPNG_SHB) return 'pcapng';
  if (le === PCAP_MAGIC_US || be === PCAP_MAGIC_US) return 'pcap';
  if (le === PCAP_MAGIC_NS || be === PCAP_MAGIC_NS) return 'pcap-ns';
  return undefined;
}

/** All packets of a pcap or pcapng file held in `buf`, in file order. Throws DecodeError at the first bad spot. */
export function* readCapture(buf: Buffer, opts: ReadOptions = {}): Generator<CaptureFrame> {
  const format = detectCaptureFormat(buf);
  if (format === undefined) {
    throw new DecodeError('not a pcap or pcapng file (unknown magic number)', 0);
  }
  const linkTypes = opts.linkTypes ?? [LINKTYPE_ETHERNET];
  if (format === 'pcapng') yield* readPcapng(buf, linkTypes);
  else yield* readPcap(buf, linkTypes);
}

/** Reads a whole file and returns its frames (DecodeError as for readCapture). */
export async function readCaptureFile(path: string, opts: ReadOptions = {}): Promise<CaptureFrame[]> {
  return [...readCapture(await readFile(path), opts)];
}

function checkLinkType(linkType: number, accepted: readonly number[], offset: number): void {
  if (!accepted.includes(linkType)) {
    throw new DecodeError(
      `unsupported link type ${linkType} (only ${accepted.map(String).join(', ')} = Ethernet is decoded)`,
      offset,
      'byte',
      { linkType },
    );
  }
}

// --- classic pcap ---------------------------------------------------------------------------------------------

const PCAP_FILE_HEADER = 24;
const PCAP_RECORD_HEADER = 16;

function* readPcap(buf: Buffer, linkTypes: readonly number[]): Generator<CaptureFrame> {
  if (buf.length < PCAP_FILE_HEADER) {
    throw new DecodeError(`truncated pcap file header: ${buf.length} of ${PCAP_FILE_HEADER} bytes`, 0);
  }
  const magicLe = buf.readUInt32LE(0);
  const le = magicLe === PCAP_MAGIC_US || magicLe === PCAP_MAGIC_NS;
  const nano = (le ? magicLe : buf.readUInt32BE(0)) === PCAP_MAGIC_NS;
  const u32 = le ? (o: number) => buf.readUInt32LE(o) : (o: number) => buf.readUInt32BE(o);
  // The link-type field carries FCS flags in its top bits (pcap draft §4): the type is the low 16 bits.
  const linkType = u32(20) & 0xffff;
  checkLinkType(linkType, linkTypes, 20);

  let off = PCAP_FILE_HEADER;
  while (off < buf.length) {
    if (off + PCAP_RECORD_HEADER > buf.length) {
      throw new DecodeError(`truncated pcap record header: ${buf.length - off} of ${PCAP_RECORD_HEADER} bytes`, off);
    }
    const sec = u32(off);
    const frac = u32(off + 4);
    const inclLen = u32(off + 8);
    const origLen = u32(off + 12);
    if (inclLen > MAX_CAPTURED_LENGTH) {
      throw new DecodeError(`pcap record length ${inclLen} exceeds ${MAX_CAPTURED_LENGTH}`, off + 8);
    }
    const start = off + PCAP_RECORD_HEADER;
    if (start + inclLen > buf.length) {
      throw new DecodeError(`truncated pcap record: ${buf.length - start} of ${inclLen} bytes`, start);
    }
    const tsNs = BigInt(sec) * 1_000_000_000n + BigInt(nano ? frac : frac * 1000);
    yield {
      tsUs: sec * 1_000_000 + (nano ? Math.floor(frac / 1000) : frac),
      tsNs,
      data: buf.subarray(start, start + inclLen),
      origLength: origLen,
      interface: 0,
      linkType,
      fileOffset: off,
    };
    off = start + inclLen;
  }
}

// --- pcapng ---------------------------------------------------------------------------------------------------

interface NgInterface {
  linkType: number;
  snapLen: number;
  /** Timestamp units per second as a bigint (10^6 by default). */
  unitsPerSecond: bigint;
  /** Seconds to add to every timestamp (if_tsoffset). */
  offsetSeconds: bigint;
}

interface NgSection {
  le: boolean;
  interfaces: NgInterface[];
}

function* readPcapng(buf: Buffer, linkTypes: readonly number[]): Generator<CaptureFrame> {
  let section: NgSection | undefined;
  let off = 0;
  while (off < buf.length) {
    if (off + 12 > buf.length) {
      throw new DecodeError(`truncated pcapng block header: ${buf.length - off} bytes left`, off);
    }
    // The SHB's type reads the same in both byte orders; its byte-order magic decides the section's order.
    if (buf.readUInt32LE(off) === PCAPNG_SHB) {
      section = readSectionHeader(buf, off);
    }
    if (section === undefined) throw new DecodeError('pcapng file does not start with a section header', off);
    const le = section.le;
    const type = le ? buf.readUInt32LE(off) : buf.readUInt32BE(off);
    const total = le ? buf.readUInt32LE(off + 4) : buf.readUInt32BE(off + 4);
    if (total < 12 || total % 4 !== 0 || total > MAX_BLOCK_LENGTH) {
      throw new DecodeError(`bad pcapng block length ${total} (block type 0x${type.toString(16)})`, off + 4);
    }
    if (off + total > buf.length) {
      throw new DecodeError(`truncated pcapng block: ${buf.length - off} of ${total} bytes`, off);
    }
    const trailer = le ? buf.readUInt32LE(off + total - 4) : buf.readUInt32BE(off + total - 4);
    if (trailer !== total) {
      throw new DecodeError(`pcapng block length mismatch: header ${total}, trailer ${trailer}`, off + total - 4);
    }
    const body = buf.subarray(off + 8, off + total - 4);
    switch (type) {
      case PCAPNG_IDB: {
        const iface = readInterface(body, le, off);
        checkLinkType(iface.linkType, linkTypes, off + 8);
        section.interfaces.push(iface);
        break;
      }
      case PCAPNG_EPB:
      case PCAPNG_PB_OBSOLETE:
        yield enhancedPacket(body, le, section, off, type === PCAPNG_PB_OBSOLETE);
        break;
      case PCAPNG_SPB:
        yield simplePacket(body, le, section, off);
        break;
      default:
        // SHB (handled above), NRB, ISB, DSB, custom blocks: nothing we need.
        break;
    }
    off += total;
  }
}

function readSectionHeader(buf: Buffer, off: number): NgSection {
  if (off + 12 > buf.length) throw new DecodeError('truncated pcapng section header', off);
  const bom = buf.readUInt32LE(off + 8);
  if (bom === PCAPNG_BOM) return { le: true, interfaces: [] };
  if (buf.readUInt32BE(off + 8) === PCAPNG_BOM) return { le: false, interfaces: [] };
  throw new DecodeError(`bad pcapng byte-order magic 0x${bom.toString(16)}`, off + 8);
}

function readInterface(body: Buffer, le: boolean, blockOff: number): NgInterface {
  if (body.length < 8) throw new DecodeError('pcapng interface block too short', blockOff);
  const linkType = le ? body.readUInt16LE(0) : body.readUInt16BE(0);
  const snapLen = le ? body.readUInt32LE(4) : body.readUInt32BE(4);
  const iface: NgInterface = { linkType, snapLen, unitsPerSecond: 1_000_000n, offsetSeconds: 0n };
  for (const opt of options(body, 8, le, blockOff)) {
    if (opt.code === IF_TSRESOL && opt.value.length >= 1) {
      const v = opt.value[0]!;
      // MSB clear: resolution 10^-v s; MSB set: 2^-(v & 0x7f) s (pcapng §4.2, if_tsresol).
      const exp = BigInt(v & 0x7f);
      if ((v & 0x7f) > 63) throw new DecodeError(`if_tsresol ${v} out of range`, blockOff);
      iface.unitsPerSecond = v & 0x80 ? 1n << exp : 10n ** exp;
    } else if (opt.code === IF_TSOFFSET && opt.value.length >= 8) {
      iface.offsetSeconds = le ? opt.value.readBigInt64LE(0) : opt.value.readBigInt64BE(0);
    }
  }
  return iface;
}

interface NgOption {
  code: number;
  value: Buffer;
}

/** Options list (code u16, length u16, value padded to 4) until opt_endofopt or the end of the body. */
function* options(body: Buffer, start: number, le: boolean, blockOff: number): Generator<NgOption> {
  let p = start;
  while (p + 4 <= body.length) {
    const code = le ? body.readUInt16LE(p) : body.readUInt16BE(p);
    const len = le ? body.readUInt16LE(p + 2) : body.readUInt16BE(p + 2);
    if (code === 0) return;
    if (p + 4 + len > body.length) throw new DecodeError('pcapng option runs past its block', blockOff + 8 + p);
    yield { code, value: body.subarray(p + 4, p + 4 + len) };
    p += 4 + ((len + 3) & ~3);
  }
}

function iface(section: NgSection, id: number, blockOff: number): NgInterface {
  const i = section.interfaces[id];
  if (i === undefined) throw new DecodeError(`packet refers to undeclared interface ${id}`, blockOff + 8);
  return i;
}

/** Timestamp units -> ns and us. The common microsecond case stays in exact double arithmetic (< 2^53). */
function setTimestamp(frame: CaptureFrame, i: NgInterface, hi: number, lo: number): void {
  if (i.unitsPerSecond === 1_000_000n && i.offsetSeconds === 0n && hi < 0x200000) {
    const us = hi * 0x100000000 + lo;
    frame.tsUs = us;
    frame.tsNs = BigInt(us) * 1000n;
    return;
  }
  const units = (BigInt(hi) << 32n) | BigInt(lo);
  let tsNs: bigint;
  if (i.unitsPerSecond === 1_000_000n) tsNs = units * 1000n;
  else if (i.unitsPerSecond === 1_000_000_000n) tsNs = units;
  else tsNs = (units * 1_000_000_000n) / i.unitsPerSecond;
  tsNs += i.offsetSeconds * 1_000_000_000n;
  frame.tsNs = tsNs;
  frame.tsUs = Number(tsNs / 1000n);
}

function enhancedPacket(
  body: Buffer,
  le: boolean,
  section: NgSection,
  blockOff: number,
  obsolete: boolean,
): CaptureFrame {
  if (body.length < 20) throw new DecodeError('pcapng packet block too short', blockOff);
  // EPB: interface id u32; obsolete PB: interface id u16 + drops count u16.
  const id = obsolete
    ? le
      ? body.readUInt16LE(0)
      : body.readUInt16BE(0)
    : le
      ? body.readUInt32LE(0)
      : body.readUInt32BE(0);
  const i = iface(section, id, blockOff);
  const hi = le ? body.readUInt32LE(4) : body.readUInt32BE(4);
  const lo = le ? body.readUInt32LE(8) : body.readUInt32BE(8);
  const capLen = le ? body.readUInt32LE(12) : body.readUInt32BE(12);
  const origLen = le ? body.readUInt32LE(16) : body.readUInt32BE(16);
  if (capLen > MAX_CAPTURED_LENGTH) throw new DecodeError(`captured length ${capLen} too large`, blockOff + 20);
  if (20 + capLen > body.length) {
    throw new DecodeError(`pcapng packet data (${capLen} bytes) runs past its block`, blockOff + 20);
  }
  const frame: CaptureFrame = {
    tsUs: 0,
    tsNs: 0n,
    data: body.subarray(20, 20 + capLen),
    origLength: origLen,
    interface: id,
    linkType: i.linkType,
    fileOffset: blockOff,
  };
  setTimestamp(frame, i, hi, lo);
  return frame;
}

function simplePacket(body: Buffer, le: boolean, section: NgSection, blockOff: number): CaptureFrame {
  if (body.length < 4) throw new DecodeError('pcapng simple packet block too short', blockOff);
  const i = iface(section, 0, blockOff);
  const origLen = le ? body.readUInt32LE(0) : body.readUInt32BE(0);
  // SPB has no captured length: it is min(original length, snap length, what the block holds) (pcapng §4.4).
  let capLen = Math.min(origLen, body.length - 4);
  if (i.snapLen > 0) capLen = Math.min(capLen, i.snapLen);
  return {
    // SPB carries no timestamp.
    tsNs: 0n,
    tsUs: 0,
    data: body.subarray(4, 4 + capLen),
    origLength: origLen,
    interface: 0,
    linkType: i.linkType,
    fileOffset: blockOff,
  };
}
