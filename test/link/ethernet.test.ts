import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex } from '../../src/core/bytes.js';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { decodeEthernet, ETHERTYPE, encodeEthernet, peekEtherType } from '../../src/link/ethernet.js';

describe('Ethernet II codec', () => {
  const dst = fromHex('ffffffffffff');
  const src = fromHex('020000000001');

  it('encodes header + payload and pads to 60 bytes; decodes back', () => {
    const f = encodeEthernet({ dst, src, etherType: ETHERTYPE.HOMEPLUG_AV }, Buffer.from([1, 2, 3]));
    assert.equal(f.length, 60);
    assert.equal(f.subarray(0, 17).toString('hex'), 'ffffffffffff02000000000188e1010203');
    const d = decodeEthernet(f);
    assert.deepEqual(d.dst, dst);
    assert.deepEqual(d.src, src);
    assert.equal(d.etherType, 0x88e1);
    assert.equal(d.payloadOffset, 14);
    assert.equal(d.payload.length, 46);
  });

  it('reads an 802.1Q tag', () => {
    const f = Buffer.concat([dst, src, fromHex('8100 0064 86dd'), Buffer.alloc(50)]);
    const d = decodeEthernet(f);
    assert.equal(d.vlanId, 100);
    assert.equal(d.etherType, ETHERTYPE.IPV6);
    assert.equal(d.payloadOffset, 18);
    assert.equal(peekEtherType(f), ETHERTYPE.IPV6);
  });

  it('rejects truncated frames and 802.3 length fields; bad MAC sizes on encode', () => {
    assert.throws(() => decodeEthernet(Buffer.alloc(13)), DecodeError);
    assert.throws(() => decodeEthernet(Buffer.concat([dst, src, fromHex('0040'), Buffer.alloc(46)])), /802.3 length/);
    assert.throws(() => encodeEthernet({ dst: Buffer.alloc(5), src, etherType: 1 }, Buffer.alloc(0)), EncodeError);
    assert.equal(peekEtherType(Buffer.alloc(10)), undefined);
  });
});
