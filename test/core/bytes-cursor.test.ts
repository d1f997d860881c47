import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMac, fromHex, parseMac, toHex } from '../../src/core/bytes.js';
import { ByteReader, ByteWriter } from '../../src/core/cursor.js';
import { DecodeError } from '../../src/core/errors.js';

describe('bytes', () => {
  it('hex round trip and errors', () => {
    assert.equal(toHex(fromHex('00 ff:10')), '00ff10');
    assert.throws(() => fromHex('abc'), DecodeError);
    assert.throws(() => fromHex('zz'), DecodeError);
  });
  it('MAC format and parse', () => {
    const m = parseMac('98:48:27:5A:3C:E4');
    assert.equal(formatMac(m), '98:48:27:5a:3c:e4');
    assert.throws(() => parseMac('98:48:27'), DecodeError);
  });
});

describe('ByteReader / ByteWriter', () => {
  it('reads what the writer wrote, both endians', () => {
    const b = new ByteWriter(2)
      .u8(1)
      .u16be(0x0203)
      .u16le(0x0405)
      .u32be(0x06070809)
      .u32le(0x0a0b0c0d)
      .bytes(Buffer.from([0xee]))
      .finish(20);
    assert.equal(b.length, 20);
    const r = new ByteReader(b);
    assert.equal(r.u8(), 1);
    assert.equal(r.u16be(), 0x0203);
    assert.equal(r.u16le(), 0x0405);
    assert.equal(r.u32be(), 0x06070809);
    assert.equal(r.u32le(), 0x0a0b0c0d);
    assert.deepEqual([...r.bytes(1)], [0xee]);
    assert.equal(r.remaining, 6);
  });
  it('throws a DecodeError with the offset when input runs out', () => {
    const r = new ByteReader(Buffer.from([1, 2, 3]));
    r.u16be();
    assert.throws(
      () => r.u16be('field x'),
      (e: unknown) => e instanceof DecodeError && e.offset === 2 && /field x/.test(e.message),
    );
  });
});
