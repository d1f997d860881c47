/**
 * EXI bit-packed output: MSB-first n-bit values and the EXI datatype representations V2G uses, each validating
 * its JSON input (type, range, length facets) and throwing EncodeError with a relative path that the generated
 * grammar code prefixes with the element path. Knows nothing about grammars or schemas.
 */

import { EncodeError } from '../../core/errors.js';

/** Largest EXI body we produce (a certificate chain is a few kB; this bounds a runaway document). */
const MAX_OUTPUT_BYTES = 1 << 24;

/** An EncodeError whose path is relative to the current element; `reason` is kept so parents can re-prefix it. */
export function encodeFail(reason: string, path = ''): never {
  throw new EncodeError(reason, path, { reason });
}

/** Re-throws any error from a child as an EncodeError whose path starts with `key`. */
export function prefixError(e: unknown, key: string): EncodeError {
  if (e instanceof EncodeError) {
    const reason = typeof e.context.reason === 'string' ? e.context.reason : e.message;
    const p = e.path === '' ? key : e.path.startsWith('[') ? key + e.path : `${key}.${e.path}`;
    return new EncodeError(reason, p, { reason });
  }
  const reason = e instanceof Error ? e.message : String(e);
  return new EncodeError(reason, key, { reason });
}

/** Hex digit value by character code, -1 for anything else. */
const HEX_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) t[48 + i] = i;
  for (let i = 0; i < 6; i++) {
    t[65 + i] = 10 + i;
    t[97 + i] = 10 + i;
  }
  return t;
})();

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? `string '${v.length > 40 ? `${v.slice(0, 40)}...` : v}'` : `${typeof v} ${String(v)}`;
}

export class BitWriter {
  private buf: Uint8Array = new Uint8Array(256);
  /** Position in bits. */
  pos = 0;
  /** The last binary value of at most 32 bytes (hex string and its bytes), see binary(). */
  private readonly lastBin = new Uint8Array(32);
  private lastBinHex = '';

  reset(): void {
    this.pos = 0;
  }

  private grow(bits: number): void {
    const need = (this.pos + bits + 7) >>> 3;
    if (need <= this.buf.length) return;
    if (need > MAX_OUTPUT_BYTES) encodeFail(`document larger than ${MAX_OUTPUT_BYTES} bytes`);
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, (this.pos + 7) >>> 3));
    this.buf = b;
  }

  /** n-bit unsigned value, 0 <= n <= 31, most significant bit first. */
  bits(v: number, n: number): void {
    if (n === 0) return;
    const p = this.pos;
    if ((p + n + 7) >>> 3 > this.buf.length) this.grow(n);
    const buf = this.buf;
    let i = p >>> 3;
    const off = p & 7;
    this.pos = p + n;
    const room = 8 - off;
    if (n <= room) {
      // Fast path: the value fits in the current byte (event codes, booleans, small n-bit values). A byte is
      // assigned when it is started (the buffer is reused) and OR-ed into afterwards.
      const shifted = v << (room - n);
      if (off === 0) buf[i] = shifted;
      else buf[i]! |= shifted;
      return;
    }
    // Fill the current byte, then whole bytes, then start the last one.
    let left = n - room;
    const head = (v >>> left) & ((1 << room) - 1);
    if (off === 0) buf[i] = head;
    else buf[i]! |= head;
    i++;
    while (left >= 8) {
      left -= 8;
      buf[i++] = (v >>> left) & 0xff;
    }
    if (left > 0) buf[i] = (v << (8 - left)) & 0xff;
  }

  /** One octet (the 7-bit groups of Unsigned Integers, binary and string bytes), not necessarily aligned. */
  private octet(b: number): void {
    const p = this.pos;
    if ((p >>> 3) + 2 > this.buf.length) this.grow(8);
    const buf = this.buf;
    const i = p >>> 3;
    const off = p & 7;
    this.pos = p + 8;
    if (off === 0) {
      buf[i] = b;
      return;
    }
    buf[i]! |= b >>> off;
    buf[i + 1] = (b << (8 - off)) & 0xff;
  }

  /** The written bytes, padded with 0 bits to the next byte boundary (a copy). */
  finish(): Buffer {
    const n = (this.pos + 7) >>> 3;
    const out = Buffer.allocUnsafe(n);
    const buf = this.buf;
    // V2G messages are mostly tens of bytes: a plain loop beats creating a subarray view to copy from.
    if (n <= 128) for (let i = 0; i < n; i++) out[i] = buf[i]!;
    else out.set(buf.subarray(0, n));
    return out;
  }

  /**
   * Writes a simple element whose JSON value is `{}` (empty content) as the escape then the second-level EE,
   * the form the decoder reads from EXIficient-based stacks; returns false (writing nothing) for any other value.
   */
  emptyElement(v: unknown): boolean {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    for (const k in v) if ((v as Record<string, unknown>)[k] !== undefined) return false;
    this.bits(0b1000, 4);
    return true;
  }

  bool(v: unknown): void {
    if (typeof v !== 'boolean') encodeFail(`expected true or false, got ${describe(v)}`);
    this.bits(v ? 1 : 0, 1);
  }

  nbit(v: unknown, n: number, min: number, max: number): void {
    if (typeof v !== 'number' || !Number.isInteger(v)) encodeFail(`expected an integer, got ${describe(v)}`);
    if (v < min || v > max) encodeFail(`value ${v} outside [${min}, ${max}]`);
    this.bits(v - min, n);
  }

  enumeration(v: unknown, index: ReadonlyMap<string, number>, n: number): void {
    const i = typeof v === 'string' ? index.get(v) : undefined;
    if (i === undefined)
      encodeFail(`unknown enumeration value ${describe(v)} (one of: ${[...index.keys()].join(', ')})`);
    this.bits(i, n);
  }

  /** Unsigned Integer of a non-negative safe integer. */
  private rawUint(v: number): void {
    while (v >= 128) {
      this.octet((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    this.octet(v);
  }

  private rawBigUint(v: bigint): void {
    while (v >= 128n) {
      this.octet(Number(v & 0x7fn) | 0x80);
      v >>= 7n;
    }
    this.octet(Number(v));
  }

  uint(v: unknown, max: number): void {
    if (typeof v !== 'number' || !Number.isInteger(v)) encodeFail(`expected an integer, got ${describe(v)}`);
    if (v < 0 || v > max) encodeFail(`value ${v} outside [0, ${max}]`);
    this.rawUint(v);
  }

  int(v: unknown, min: number, max: number): void {
    if (typeof v !== 'number' || !Number.isInteger(v)) encodeFail(`expected an integer, got ${describe(v)}`);
    if (v < min || v > max) encodeFail(`value ${v} outside [${min}, ${max}]`);
    if (v < 0) {
      this.bits(1, 1);
      this.rawUint(-v - 1);
    } else {
      this.bits(0, 1);
      this.rawUint(v);
    }
  }

  /** long / unsignedLong / xs:integer: a safe integer number or a decimal string; bounds as bigint (null = none). */
  private toBig(v: unknown): bigint {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
    if (typeof v === 'string' && /^-?\d{1,200}$/.test(v)) return BigInt(v);
    if (typeof v === 'bigint') return v;
    return encodeFail(`expected an integer (number or decimal string), got ${describe(v)}`);
  }

  ulong(v: unknown, max: bigint): void {
    const b = this.toBig(v);
    if (b < 0n || b > max) encodeFail(`value ${b} outside [0, ${max}]`);
    this.rawBigUint(b);
  }

  long(v: unknown, min: bigint | null, max: bigint | null): void {
    const b = this.toBig(v);
    if ((min !== null && b < min) || (max !== null && b > max)) encodeFail(`value ${b} outside the type's range`);
    if (b < 0n) {
      this.bits(1, 1);
      this.rawBigUint(-b - 1n);
    } else {
      this.bits(0, 1);
      this.rawBigUint(b);
    }
  }

  binary(v: unknown, maxLen: number): void {
    if (typeof v !== 'string' || (v.length & 1) !== 0) {
      encodeFail(`expected a hex string with an even number of digits, got ${describe(v)}`);
    }
    const len = v.length >>> 1;
    if (len > maxLen) encodeFail(`binary of ${len} bytes longer than the maximum ${maxLen}`);
    this.rawUint(len);
    const last = this.lastBin;
    // The same value often comes again (the SessionID is in every message): reuse the last short value's bytes.
    if (v === this.lastBinHex) {
      for (let i = 0; i < len; i++) this.octet(last[i]!);
      return;
    }
    this.lastBinHex = ''; // invalid until the whole value is written (an error may stop the loop)
    for (let i = 0; i < v.length; i += 2) {
      const hi = HEX_VALUE[v.charCodeAt(i)] ?? -1;
      const lo = HEX_VALUE[v.charCodeAt(i + 1)] ?? -1;
      if (hi < 0 || lo < 0) encodeFail(`not a hex string: ${describe(v)}`);
      const b = (hi << 4) | lo;
      if (i >>> 1 < last.length) last[i >>> 1] = b;
      this.octet(b);
    }
    this.lastBinHex = len <= last.length ? v : '';
  }

  string(v: unknown, maxLen: number): void {
    if (typeof v !== 'string') encodeFail(`expected a string, got ${describe(v)}`);
    let ascii = true;
    for (let i = 0; i < v.length; i++) {
      if (v.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (v.length > maxLen) encodeFail(`string of ${v.length} characters longer than the maximum ${maxLen}`);
      this.rawUint(v.length + 2);
      for (let i = 0; i < v.length; i++) this.octet(v.charCodeAt(i));
      return;
    }
    const cps = Array.from(v, (c) => c.codePointAt(0)!);
    if (cps.length > maxLen) encodeFail(`string of ${cps.length} characters longer than the maximum ${maxLen}`);
    this.rawUint(cps.length + 2);
    for (const c of cps) {
      if (c >= 0xd800 && c <= 0xdfff) encodeFail('string contains a lone surrogate');
      this.rawUint(c);
    }
  }
}
