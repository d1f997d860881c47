import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../../src/core/errors.js';
import { BitReader } from '../../../src/exi/core/bit-reader.js';
import { BitWriter } from '../../../src/exi/core/bit-writer.js';

function written(fn: (w: BitWriter) => void): string {
  const w = new BitWriter();
  fn(w);
  return w.finish().toString('hex');
}

describe('EXI bit stream', () => {
  it('writes and reads n-bit values MSB first across byte boundaries', () => {
    const hex = written((w) => {
      w.bits(0x80, 8);
      w.bits(77, 7); // DIN DocContent SE(V2G_Message)
      w.bits(0, 1);
      w.bits(0x2ab, 10);
    });
    assert.equal(hex, '809aaac0');
    const r = new BitReader(Buffer.from(hex, 'hex'));
    assert.equal(r.bits(8), 0x80);
    assert.equal(r.bits(7), 77);
    assert.equal(r.bit(), 0);
    assert.equal(r.bits(10), 0x2ab);
  });

  it('Unsigned Integer uses 7-bit groups, least significant first (230 = e6 01)', () => {
    assert.equal(
      written((w) => w.uint(230, 65535)),
      'e601',
    );
    assert.equal(new BitReader(Buffer.from('e601', 'hex')).uint(65535), 230);
  });

  it('Integer: sign bit then magnitude, negative stores -v-1', () => {
    const w = new BitWriter();
    w.int(-1, -32768, 32767);
    w.int(5, -32768, 32767);
    const r = new BitReader(w.finish());
    assert.equal(r.int(-32768, 32767), -1);
    assert.equal(r.int(-32768, 32767), 5);
  });

  it('long values beyond 2^53 round-trip as decimal strings', () => {
    const w = new BitWriter();
    w.ulong('18446744073709551615', 18446744073709551615n);
    w.long('-9223372036854775808', -9223372036854775808n, 9223372036854775807n);
    w.ulong(42, 18446744073709551615n);
    const r = new BitReader(w.finish());
    assert.equal(r.ulong(18446744073709551615n), '18446744073709551615');
    assert.equal(r.long(-9223372036854775808n, 9223372036854775807n), '-9223372036854775808');
    assert.equal(r.ulong(18446744073709551615n), 42);
  });

  it('String is length + 2 then code points; binary is length then bytes', () => {
    const hex = written((w) => {
      w.string('urn:din:70121:2012:MsgDef', 100);
      w.binary('0465650064c3', 8);
      w.string('é€', 10);
    });
    assert.ok(hex.startsWith('1b75726e'));
    const r = new BitReader(Buffer.from(hex, 'hex'));
    assert.equal(r.string(100), 'urn:din:70121:2012:MsgDef');
    assert.equal(r.binary(8), '0465650064c3');
    assert.equal(r.string(10), 'é€');
  });

  it('rejects string-table hits, over-long values and truncation with the bit offset', () => {
    assert.throws(() => new BitReader(Buffer.from('01', 'hex')).string(10), /string table hit/);
    assert.throws(() => new BitReader(Buffer.from('0a41414141414141', 'hex')).string(3), /above maximum 3/);
    assert.throws(() => new BitReader(Buffer.from('0a4141', 'hex')).binary(100), /truncated/);
    try {
      const r = new BitReader(Buffer.from('ff', 'hex'));
      r.bits(4);
      r.bits(8);
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof DecodeError);
      assert.equal(e.unit, 'bit');
      assert.equal(e.offset, 4);
    }
    // An endless Unsigned Integer stops at the input's end (or the value bound), never loops.
    assert.throws(() => new BitReader(Buffer.alloc(1000, 0xff)).uint(2 ** 40), DecodeError);
  });

  it('n-bit and enumeration values are checked against the facets', () => {
    assert.throws(() => new BitReader(Buffer.from('fe', 'hex')).nbit(7, 0, 100), /above maximum 100/);
    assert.throws(() => new BitReader(Buffer.from('f0', 'hex')).enumeration(['a', 'b', 'c'], 2), /out of range/);
    const w = new BitWriter();
    assert.throws(() => w.nbit(101, 7, 0, 100), EncodeError);
    assert.throws(() => w.enumeration('X', new Map([['A', 0]]), 1), /unknown enumeration value/);
    assert.throws(() => w.binary('abc', 8), /even number/);
    assert.throws(() => w.binary('zz', 8), /not a hex string/);
    assert.throws(() => w.string('x'.repeat(9), 8), /longer than the maximum 8/);
    assert.throws(() => w.bool(1), /true or false/);
  });
});
