/**
 * EXI bit-packed input (W3C EXI 1.0 section 7 and 9, bit-packed alignment): MSB-first n-bit values and the EXI
 * datatype representations V2G uses (Boolean, n-bit Unsigned, Unsigned Integer, Integer, Enumeration, Binary,
 * String with valuePartitionCapacity = 0). Every read is checked against the remaining input and the caller's
 * facet bounds, so garbage throws a DecodeError with the bit offset and never loops or allocates without bound.
 * Knows nothing about grammars or schemas.
 */

import { DecodeError } from '../../core/errors.js';

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Unsigned Integer octets allowed for an unbounded xs:integer value (448 bits; a 20-byte X509 serial needs 23). */
const MAX_INTEGER_OCTETS = 64;

export class BitReader {
  private buf: Uint8Array;
  /** Current position in bits from the start of the buffer. */
  pos = 0;
  /** Total number of bits available. */
  end: number;
  /** The last binary value of at most 32 bytes (its bytes, length, hex string), see binary(). */
  private readonly lastBin = new Uint8Array(32);
  private lastBinLen = -1;
  private lastBinHex = '';

  constructor(buf: Uint8Array) {
    this.buf = buf;
    this.end = buf.length * 8;
  }

  /** Starts over on another buffer (lets the facade reuse one reader: decoding allocates only the document). */
  reset(buf: Uint8Array): void {
    this.buf = buf;
    this.end = buf.length * 8;
    this.pos = 0;
  }

  fail(message: string, at: number = this.pos): never {
    throw new DecodeError(message, at, 'bit');
  }

  /** n-bit unsigned value, 0 <= n <= 32, most significant bit first. */
  bits(n: number): number {
    const p = this.pos;
    if (p + n > this.end) this.fail(`truncated: need ${n} bit(s), ${this.end - p} left`);
    const buf = this.buf;
    const i = p >>> 3;
    const span = (p & 7) + n;
    this.pos = p + n;
    // The bits lie in the 1..5 bytes from i (all inside the buffer: checked above); shift them out of a window.
    if (span <= 8) return (buf[i]! >>> (8 - span)) & ((1 << n) - 1);
    if (span <= 16) return (((buf[i]! << 8) | buf[i + 1]!) >>> (16 - span)) & ((1 << n) - 1);
    if (span <= 24) return (((buf[i]! << 16) | (buf[i + 1]! << 8) | buf[i + 2]!) >>> (24 - span)) & ((1 << n) - 1);
    // Up to 40 bits of window: the high byte through multiplication (no 32-bit overflow), then the low 32.
    const lo = ((buf[i + 1]! << 24) | (buf[i + 2]! << 16) | (buf[i + 3]! << 8) | (buf[i + 4] ?? 0)) >>> 0;
    const win = buf[i]! * 2 ** 32 + lo;
    return Math.floor(win / 2 ** (40 - span)) % 2 ** n;
  }

  /** One bit. */
  bit(): number {
    const p = this.pos;
    if (p >= this.end) this.fail('truncated: need 1 bit, 0 left');
    this.pos = p + 1;
    return (this.buf[p >>> 3]! >>> (7 - (p & 7))) & 1;
  }

  /** One octet (8 bits), not necessarily aligned. */
  octet(): number {
    const p = this.pos;
    if (p + 8 > this.end) this.fail('truncated: need 8 bits');
    this.pos = p + 8;
    const off = p & 7;
    const i = p >>> 3;
    if (off === 0) return this.buf[i]!;
    return ((this.buf[i]! << off) | (this.buf[i + 1]! >>> (8 - off))) & 0xff;
  }

  /**
   * The 1-bit code of a simple type's CH (state 0: CH[typed] = 0, escape = 1) or EE (state 1: EE = 0, escape = 1).
   * Second-level events (xsi:nil, untyped content, undeclared elements) are not supported, as in the C codecs.
   */
  expect0(what: string): void {
    if (this.bit() !== 0) this.fail(`unsupported second-level event (escape) where ${what} was expected`, this.pos - 1);
  }

  /**
   * A simple value's first event: CH (code 0, returns true) or the escape followed by the second-level EE
   * (3-bit code 0: EE, xsi:type, xsi:nil, AT(*), AT untyped, SE(*), CH untyped), an empty element (returns false).
   * EXIficient-based stacks (RISE-V2G, Josev) write empty values this way.
   */
  chOrEmpty(): boolean {
    if (this.bit() === 0) return true;
    this.secondLevelEE();
    return false;
  }

  /** After an escape where the state has no first-level EE: accepts only the second-level EE (code 0 of 3 bits). */
  secondLevelEE(): void {
    const at = this.pos;
    const c = this.bits(3);
    if (c !== 0) {
      const names = ['EE', 'AT(xsi:type)', 'AT(xsi:nil)', 'AT(*)', 'AT(untyped)', 'SE(*)', 'CH(untyped)', 'invalid'];
      this.fail(`unsupported second-level event ${names[c]}`, at);
    }
  }

  /** Escape to a second-level event code in a grammar state (never used by valid V2G messages). */
  escape(where: string): never {
    return this.fail(`unsupported event code (escape to second level or undeclared content) in ${where}`);
  }

  bool(): boolean {
    return this.bit() === 1;
  }

  /** n-bit unsigned value offset by min, checked against max (bounded integer facets, range <= 4096). */
  nbit(n: number, min: number, max: number): number {
    const at = this.pos;
    const v = this.bits(n) + min;
    if (v > max) this.fail(`value ${v} above maximum ${max}`, at);
    return v;
  }

  /** Enumeration: n-bit index into the schema-ordered values. */
  enumeration(values: readonly string[], n: number): string {
    const at = this.pos;
    const i = this.bits(n);
    const v = values[i];
    if (v === undefined) this.fail(`enumeration index ${i} out of range (${values.length} values)`, at);
    return v;
  }

  /** Unsigned Integer (7-bit groups, least significant first) as a number, at most `max` (<= 2^53 - 1). */
  uint(max: number): number {
    const at = this.pos;
    let v = 0;
    let mul = 1;
    for (;;) {
      const o = this.octet();
      v += (o & 0x7f) * mul;
      if (v > max) this.fail(`unsigned integer above maximum ${max}`, at);
      if ((o & 0x80) === 0) return v;
      mul *= 128;
      if (mul > 2 ** 56) this.fail('unsigned integer too long', at);
    }
  }

  /** Unsigned Integer as a bigint, at most maxOctets groups (for unsignedLong and xs:integer). */
  private bigUint(maxOctets: number): bigint {
    const at = this.pos;
    let v = 0n;
    let shift = 0n;
    for (let i = 0; i < maxOctets; i++) {
      const o = this.octet();
      v |= BigInt(o & 0x7f) << shift;
      if ((o & 0x80) === 0) return v;
      shift += 7n;
    }
    return this.fail(`unsigned integer longer than ${maxOctets} octets`, at);
  }

  /**
   * Unsigned Integer for unsignedLong (and other values that may exceed 2^53 - 1), bounded by `max`:
   * a number when safe, else a decimal string (the JSON form for long values).
   */
  ulong(max: bigint): number | string {
    const at = this.pos;
    const v = this.bigUint(10);
    if (v > max) this.fail(`unsigned integer above maximum ${max}`, at);
    return v <= 9007199254740991n ? Number(v) : v.toString();
  }

  /** Integer (sign bit, then magnitude as Unsigned Integer; negative values store -v - 1) within [min, max]. */
  int(min: number, max: number): number {
    const at = this.pos;
    const neg = this.bit() === 1;
    const m = this.uint(neg ? -min - 1 : max);
    const v = neg ? -m - 1 : m;
    if (v < min || v > max) this.fail(`integer ${v} outside [${min}, ${max}]`, at);
    return v;
  }

  /** Integer for long / xs:integer: number when safe, else a decimal string. Bounds as bigint (null = unbounded). */
  long(min: bigint | null, max: bigint | null): number | string {
    const at = this.pos;
    const neg = this.bit() === 1;
    const m = this.bigUint(max === null ? MAX_INTEGER_OCTETS : 10);
    const v = neg ? -m - 1n : m;
    if ((min !== null && v < min) || (max !== null && v > max)) this.fail(`integer ${v} outside the type's range`, at);
    return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v.toString();
  }

  /** Binary (hexBinary / base64Binary): length then raw bytes, as lowercase hex. */
  binary(maxLen: number): string {
    const at = this.pos;
    const len = this.uint(2 ** 40);
    if (len > maxLen) this.fail(`binary length ${len} above maximum ${maxLen}`, at);
    if (len * 8 > this.end - this.pos) this.fail(`truncated: binary of ${len} bytes`, at);
    const buf = this.buf;
    const p = this.pos;
    const i0 = p >>> 3;
    const off = p & 7;
    this.pos = p + len * 8;
    // The same value often comes again (the SessionID is in every message): compare against the last short
    // value's bytes first, and build its string only when it differs.
    const last = this.lastBin;
    let same = len === this.lastBinLen && len <= last.length;
    const back = 8 - off;
    for (let i = 0; i < len && same; i++) {
      const b = off === 0 ? buf[i0 + i]! : ((buf[i0 + i]! << off) | ((buf[i0 + i + 1] ?? 0) >>> back)) & 0xff;
      if (b !== last[i]) same = false;
    }
    if (same) return this.lastBinHex;
    // One two-digit string per byte (V8 builds short results flat; a native hex call costs more at these sizes).
    let s = '';
    for (let i = 0; i < len; i++) {
      const b = off === 0 ? buf[i0 + i]! : ((buf[i0 + i]! << off) | ((buf[i0 + i + 1] ?? 0) >>> back)) & 0xff;
      if (i < last.length) last[i] = b;
      s += HEX[b];
    }
    this.lastBinLen = len <= last.length ? len : -1;
    this.lastBinHex = s;
    return s;
  }

  /** String: Unsigned Integer length + 2 (0 and 1 are string-table hits, impossible with capacity 0), then code points. */
  string(maxLen: number): string {
    const at = this.pos;
    const l = this.uint(2 ** 40);
    if (l < 2) this.fail('string table hit, impossible with valuePartitionCapacity = 0', at);
    const n = l - 2;
    if (n > maxLen) this.fail(`string length ${n} above maximum ${maxLen}`, at);
    if (n * 8 > this.end - this.pos) this.fail(`truncated: string of ${n} characters`, at);
    let s = '';
    for (let i = 0; i < n; i++) {
      const p = this.pos;
      const c = this.uint(0x10ffff);
      if (c >= 0xd800 && c <= 0xdfff) this.fail('string character is a surrogate code point', p);
      s += c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
    }
    return s;
  }
}
