import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError } from '../../src/core/errors.js';
import { decodeIpv4, formatIpv4 } from '../../src/net/ipv4.js';
import { decodeIpv6, IPPROTO_FRAGMENT, IPPROTO_HOPOPTS, IPPROTO_TCP, IPPROTO_UDP } from '../../src/net/ipv6.js';
import { decodeTcp, TCP_ACK, TCP_PSH, TCP_SYN, tcpFlagsText } from '../../src/net/tcp.js';
import { decodeUdp } from '../../src/net/udp.js';
import { EV_IP, EVSE_IP, ipv6, tcp, udp } from '../listen/frames.js';

describe('IPv6', () => {
  it('decodes the header and cuts Ethernet padding by Payload Length', () => {
    const pkt = Buffer.concat([ipv6(EV_IP, EVSE_IP, IPPROTO_UDP, udp(1, 2, Buffer.from('hi'))), Buffer.alloc(6)]);
    const p = decodeIpv6(pkt);
    assert.equal(p.nextHeader, IPPROTO_UDP);
    assert.deepEqual(p.src, EV_IP);
    assert.deepEqual(p.dst, EVSE_IP);
    assert.equal(p.hopLimit, 64);
    assert.equal(p.payload.length, 10);
    assert.equal(p.truncated, false);
    assert.deepEqual(p.extensions, []);
  });

  it('walks hop-by-hop, destination options and routing headers to the upper layer', () => {
    // hop-by-hop (8 bytes, next = destination options 60), destination options (16 bytes, next = TCP)
    const hbh = Buffer.from([60, 0, 1, 4, 0, 0, 0, 0]);
    const dst = Buffer.from([IPPROTO_TCP, 1, 1, 12, ...Array(12).fill(0)]);
    const seg = tcp(50106, 15118, 1, 2, TCP_ACK, Buffer.from('x'));
    const p = decodeIpv6(ipv6(EV_IP, EVSE_IP, 0, seg, Buffer.concat([hbh, dst])));
    assert.deepEqual(p.extensions, [IPPROTO_HOPOPTS, 60]);
    assert.equal(p.nextHeader, IPPROTO_TCP);
    assert.equal(decodeTcp(p.payload).dstPort, 15118);
  });

  it('reads a fragment header; later fragments carry no upper-layer header', () => {
    const first = Buffer.from([IPPROTO_UDP, 0, 0x00, 0x01, 0, 0, 0, 42]); // offset 0, M=1, id 42
    const p = decodeIpv6(
      ipv6(
        EV_IP,
        EVSE_IP,
        0,
        udp(1, 2, Buffer.alloc(4)),
        Buffer.concat([Buffer.from([IPPROTO_FRAGMENT, 0, 1, 4, 0, 0, 0, 0]), first]),
      ),
    );
    assert.deepEqual(p.fragment, { offset: 0, more: true, id: 42 });
    assert.equal(p.nextHeader, IPPROTO_UDP);
    const later = Buffer.from([IPPROTO_UDP, 0, 0x00, 0x08, 0, 0, 0, 42]); // offset 8
    const q = decodeIpv6(
      ipv6(
        EV_IP,
        EVSE_IP,
        0,
        Buffer.alloc(8),
        Buffer.concat([Buffer.from([IPPROTO_FRAGMENT, 0, 1, 4, 0, 0, 0, 0]), later]),
      ),
    );
    assert.equal(q.fragment?.offset, 8);
  });

  it('flags truncation and rejects damage with DecodeError', () => {
    const full = ipv6(EV_IP, EVSE_IP, IPPROTO_UDP, udp(1, 2, Buffer.alloc(20)));
    assert.equal(decodeIpv6(full.subarray(0, full.length - 5)).truncated, true);
    assert.throws(() => decodeIpv6(full.subarray(0, 30)), DecodeError);
    const v4 = Buffer.from(full);
    v4[0] = 0x45;
    assert.throws(() => decodeIpv6(v4), /IP version 4/);
    const badExt = ipv6(EV_IP, EVSE_IP, 0, Buffer.alloc(0), Buffer.from([6, 9, 0, 0, 0, 0, 0, 0]));
    assert.throws(() => decodeIpv6(badExt), /runs past/);
  });
});

describe('IPv4, UDP, TCP', () => {
  it('IPv4: pyPLC syslog broadcast header, options skipped', () => {
    const h = Buffer.alloc(24);
    h[0] = 0x46; // IHL 6 (one option word)
    h.writeUInt16BE(24 + 8 + 3, 2);
    h[8] = 64;
    h[9] = 17;
    Buffer.from([192, 168, 1, 5]).copy(h, 12);
    Buffer.from([255, 255, 255, 255]).copy(h, 16);
    const p = decodeIpv4(Buffer.concat([h, udp(514, 514, Buffer.from('<15>')).subarray(0, 11), Buffer.alloc(5)]));
    assert.equal(p.protocol, 17);
    assert.equal(formatIpv4(p.dst), '255.255.255.255');
    assert.equal(p.payload.length, 11);
    assert.equal(decodeUdp(p.payload).dstPort, 514);
    assert.throws(() => decodeIpv4(Buffer.alloc(10)), DecodeError);
  });

  it('UDP: length field trims padding; a length below 8 is rejected', () => {
    const d = decodeUdp(Buffer.concat([udp(50032, 15118, Buffer.from([1, 2])), Buffer.alloc(4)]));
    assert.deepEqual([d.srcPort, d.dstPort, d.payload.length], [50032, 15118, 2]);
    const bad = udp(1, 2, Buffer.alloc(0));
    bad.writeUInt16BE(3, 4);
    assert.throws(() => decodeUdp(bad), DecodeError);
  });

  it('TCP: ports, 32-bit sequence numbers, flags, data offset with options', () => {
    const seg = tcp(15118, 50106, 0xfffffff0, 0x80000001, TCP_SYN | TCP_ACK, Buffer.from('abc'));
    const t = decodeTcp(seg);
    assert.deepEqual([t.srcPort, t.dstPort, t.seq, t.ack], [15118, 50106, 0xfffffff0, 0x80000001]);
    assert.equal(tcpFlagsText(t.flags), 'SYN,ACK');
    assert.equal(t.payload.toString(), 'abc');
    const withOpts = Buffer.concat([seg.subarray(0, 20), Buffer.from([2, 4, 5, 0xb4]), Buffer.from('xy')]);
    withOpts[12] = 6 << 4;
    assert.equal(decodeTcp(withOpts).payload.toString(), 'xy');
    assert.equal(tcpFlagsText(TCP_PSH | TCP_ACK), 'PSH,ACK');
    const bad = Buffer.from(seg);
    bad[12] = 15 << 4; // 60-byte header in a 23-byte segment
    assert.throws(() => decodeTcp(bad), DecodeError);
    assert.throws(() => decodeTcp(Buffer.alloc(19)), DecodeError);
  });
});
