/** Test helper: crafts classic pcap and pcapng files in either byte order (independent of the writer under test). */

export interface CraftFrame {
  sec: number;
  frac: number;
  data: Buffer;
  origLength?: number;
}

function u16(v: number, le: boolean): Buffer {
  const b = Buffer.alloc(2);
  if (le) b.writeUInt16LE(v);
  else b.writeUInt16BE(v);
  return b;
}

function u32(v: number, le: boolean): Buffer {
  const b = Buffer.alloc(4);
  if (le) b.writeUInt32LE(v >>> 0);
  else b.writeUInt32BE(v >>> 0);
  return b;
}

function pad4(b: Buffer): Buffer {
  const n = (4 - (b.length % 4)) % 4;
  return n ? Buffer.concat([b, Buffer.alloc(n)]) : b;
}

export function craftPcap(frames: CraftFrame[], opts: { le: boolean; nano?: boolean; linkType?: number }): Buffer {
  const { le } = opts;
  const parts = [
    u32(opts.nano ? 0xa1b23c4d : 0xa1b2c3d4, le),
    u16(2, le),
    u16(4, le),
    u32(0, le),
    u32(0, le),
    u32(65535, le),
    u32(opts.linkType ?? 1, le),
  ];
  for (const f of frames) {
    parts.push(u32(f.sec, le), u32(f.frac, le), u32(f.data.length, le), u32(f.origLength ?? f.data.length, le), f.data);
  }
  return Buffer.concat(parts);
}

export function block(type: number, body: Buffer, le: boolean): Buffer {
  const b = pad4(body);
  const total = b.length + 12;
  return Buffer.concat([u32(type, le), u32(total, le), b, u32(total, le)]);
}

export function option(code: number, value: Buffer, le: boolean): Buffer {
  return Buffer.concat([u16(code, le), u16(value.length, le), pad4(value)]);
}

export const END_OF_OPTIONS = Buffer.alloc(4);

export function shb(le: boolean): Buffer {
  const body = Buffer.concat([u32(0x1a2b3c4d, le), u16(1, le), u16(0, le), Buffer.alloc(8, 0xff)]);
  return block(0x0a0d0d0a, body, le);
}

export function idb(
  le: boolean,
  opts: { linkType?: number; snapLen?: number; tsresol?: number; tsoffset?: bigint },
): Buffer {
  const o: Buffer[] = [];
  if (opts.tsresol !== undefined) o.push(option(9, Buffer.from([opts.tsresol]), le));
  if (opts.tsoffset !== undefined) {
    const v = Buffer.alloc(8);
    if (le) v.writeBigInt64LE(opts.tsoffset);
    else v.writeBigInt64BE(opts.tsoffset);
    o.push(option(14, v, le));
  }
  if (o.length) o.push(END_OF_OPTIONS);
  const body = Buffer.concat([u16(opts.linkType ?? 1, le), u16(0, le), u32(opts.snapLen ?? 0, le), ...o]);
  return block(1, body, le);
}

export function epb(le: boolean, iface: number, units: bigint, data: Buffer, origLength?: number): Buffer {
  const hi = Number(units >> 32n);
  const lo = Number(units & 0xffffffffn);
  const body = Buffer.concat([
    u32(iface, le),
    u32(hi, le),
    u32(lo, le),
    u32(data.length, le),
    u32(origLength ?? data.length, le),
    pad4(data),
    // an opt_comment, to prove options after the data are skipped
    option(1, Buffer.from('hello'), le),
    END_OF_OPTIONS,
  ]);
  return block(6, body, le);
}

export function spb(le: boolean, data: Buffer, origLength?: number): Buffer {
  return block(3, Buffer.concat([u32(origLength ?? data.length, le), pad4(data)]), le);
}

/** A name resolution block (type 4), which readers must skip. */
export function nrb(le: boolean): Buffer {
  return block(4, Buffer.concat([u16(0, le), u16(0, le)]), le);
}
