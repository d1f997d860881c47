import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import { formatIpv6, isLinkLocal, parseIpv6, splitZone, withZone } from '../../src/sdp/ipv6.js';
import {
  decodeSdpDatagram,
  decodeSdpRequest,
  decodeSdpResponse,
  encodeSdpRequest,
  encodeSdpRequestDatagram,
  encodeSdpResponse,
  encodeSdpResponseDatagram,
  SdpSecurity,
  SdpTransport,
  sdpSecurityName,
} from '../../src/sdp/sdp.js';
import { V2gtpHeaderError } from '../../src/v2gtp/header.js';
import { SDP_REQUEST_VECTORS, SDP_RESPONSE_VECTORS } from './vectors.js';

describe('SDP codec: real requests from captures', () => {
  for (const v of SDP_REQUEST_VECTORS) {
    it(`${v.name} decodes and re-encodes byte for byte (${v.source})`, () => {
      const bytes = Buffer.from(v.hex, 'hex');
      const m = decodeSdpDatagram(bytes);
      assert.equal(m.kind, 'req');
      if (m.kind !== 'req') return;
      assert.equal(m.transport, SdpTransport.TCP);
      assert.equal(m.security, v.security);
      assert.equal(encodeSdpRequestDatagram(m).toString('hex'), v.hex);
    });
  }
});

describe('SDP codec: real responses from captures', () => {
  for (const v of SDP_RESPONSE_VECTORS) {
    it(`${v.name} decodes address ${v.address} port ${v.port} and re-encodes (${v.source})`, () => {
      const bytes = Buffer.from(v.hex, 'hex');
      const m = decodeSdpDatagram(bytes);
      assert.equal(m.kind, 'res');
      if (m.kind !== 'res') return;
      assert.deepEqual(m, {
        kind: 'res',
        address: v.address,
        port: v.port,
        security: v.security,
        transport: SdpTransport.TCP,
      });
      assert.equal(encodeSdpResponseDatagram(m).toString('hex'), v.hex);
    });
  }
});

describe('SDP codec: payloads', () => {
  it('request payload is security then transport', () => {
    assert.equal(encodeSdpRequest({ security: SdpSecurity.TLS, transport: SdpTransport.TCP }).toString('hex'), '0000');
    assert.deepEqual(decodeSdpRequest(Buffer.from('1000', 'hex')), {
      security: SdpSecurity.NONE,
      transport: SdpTransport.TCP,
    });
  });

  it('response payload round-trips a full address with the port big-endian', () => {
    const res = {
      address: 'fe80::1234:5678:9abc:def0',
      port: 49152,
      security: SdpSecurity.NONE,
      transport: SdpTransport.TCP,
    } as const;
    const p = encodeSdpResponse(res);
    assert.equal(p.length, 20);
    assert.equal(p.readUInt16BE(16), 49152);
    assert.deepEqual(decodeSdpResponse(p), res);
  });

  it('rejects wrong payload lengths and unknown bytes with DecodeError', () => {
    assert.throws(() => decodeSdpRequest(Buffer.from('10', 'hex')), DecodeError);
    assert.throws(() => decodeSdpRequest(Buffer.from('100000', 'hex')), DecodeError);
    assert.throws(() => decodeSdpRequest(Buffer.from('2000', 'hex')), /Security 0x20 unknown/);
    assert.throws(() => decodeSdpRequest(Buffer.from('1001', 'hex')), /TransportProtocol 0x1 unknown/);
    assert.throws(() => decodeSdpResponse(Buffer.alloc(19)), DecodeError);
  });

  it('datagram errors: header problems are V2gtpHeaderError, payload problems DecodeError at datagram offsets', () => {
    assert.throws(() => decodeSdpDatagram(Buffer.from('02fd9000000000021000', 'hex')), V2gtpHeaderError);
    // EXI payload type is not SDP
    assert.throws(
      () => decodeSdpDatagram(Buffer.from('01fe8001000000021000', 'hex')),
      (e: unknown) => e instanceof V2gtpHeaderError && e.kind === 'payload-type',
    );
    // length field says 2, three bytes follow
    assert.throws(
      () => decodeSdpDatagram(Buffer.from('01fe900000000002100000', 'hex')),
      (e: unknown) => e instanceof V2gtpHeaderError && e.kind === 'length-mismatch',
    );
    // payload length 3 consistent with header, but a request must be 2 bytes
    assert.throws(
      () => decodeSdpDatagram(Buffer.from('01fe900000000003100000', 'hex')),
      (e: unknown) => e instanceof DecodeError && !(e instanceof V2gtpHeaderError) && e.offset === 8,
    );
  });

  it('encode rejects bad ports, addresses and codes with EncodeError', () => {
    const ok = { address: 'fe80::1', port: 1, security: SdpSecurity.NONE, transport: SdpTransport.TCP } as const;
    assert.throws(() => encodeSdpResponse({ ...ok, port: 70000 }), EncodeError);
    assert.throws(() => encodeSdpResponse({ ...ok, address: 'fe80::g' }), EncodeError);
    assert.throws(() => encodeSdpRequest({ security: 0x33 as 0x10, transport: 0 }), EncodeError);
  });

  it('never throws anything but DecodeError on random datagrams', () => {
    let seed = 12345;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      const len = rnd() % 32;
      const b = Buffer.alloc(len);
      for (let j = 0; j < len; j++) b[j] = rnd() & 0xff;
      // make about half of them carry a valid header start so the payload decoders are reached
      if (len >= 4 && i % 2 === 0) b.set([0x01, 0xfe, 0x90, i % 4 === 0 ? 0x00 : 0x01], 0);
      try {
        decodeSdpDatagram(b);
      } catch (e) {
        assert.ok(e instanceof DecodeError, String(e));
      }
    }
  });

  it('names codes for logs', () => {
    assert.equal(sdpSecurityName(0x00), 'TLS');
    assert.equal(sdpSecurityName(0x10), 'NO_TLS');
    assert.equal(sdpSecurityName(0x77), 'UNKNOWN_0x77');
  });
});

describe('IPv6 text', () => {
  it('formats RFC 5952 canonical text', () => {
    assert.equal(formatIpv6(parseIpv6('FE80:0:0:0:0:0:0:1')), 'fe80::1');
    assert.equal(formatIpv6(parseIpv6('2001:db8:0:0:1:0:0:1')), '2001:db8::1:0:0:1');
    assert.equal(formatIpv6(parseIpv6('2001:db8:0:1:1:1:1:1')), '2001:db8:0:1:1:1:1:1');
    assert.equal(formatIpv6(parseIpv6('::')), '::');
    assert.equal(formatIpv6(parseIpv6('::1')), '::1');
    assert.equal(formatIpv6(parseIpv6('1::')), '1::');
    assert.equal(formatIpv6(parseIpv6('::ffff:192.0.2.1')), '::ffff:c000:201');
  });

  it('parses zoned link-local addresses and splits the zone', () => {
    const b = parseIpv6('fe80::f82a:47ff:fef4:f8d4%nc-va');
    assert.equal(b.toString('hex'), 'fe80000000000000f82a47fffef4f8d4');
    assert.ok(isLinkLocal(b));
    assert.ok(!isLinkLocal(parseIpv6('2001:db8::1')));
    assert.deepEqual(splitZone('fe80::1%eth0'), { address: 'fe80::1', zone: 'eth0' });
    assert.equal(withZone('fe80::1%x', 'eth0'), 'fe80::1%eth0');
    assert.equal(withZone('fe80::1', undefined), 'fe80::1');
  });

  it('rejects malformed text', () => {
    for (const bad of ['', '1:2:3', '1::2::3', '12345::', '1:2:3:4:5:6:7:8:9', '::1.2.3.256', 'fe80::x']) {
      assert.throws(() => parseIpv6(bad), EncodeError, bad);
    }
  });
});
