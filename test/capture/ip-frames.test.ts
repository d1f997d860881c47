/** Synthesized IPv6/UDP/TCP frames (capture/ip-frames.ts): numbers, checksums, segmentation, close. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TCP_MSS_ETHERNET_IPV6, TcpFlowFrames, udp6Frame } from '../../src/capture/ip-frames.js';
import { dissect } from '../../src/listen/dissect.js';
import { verifyTransportChecksum6 } from '../../src/net/checksum.js';
import { TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN } from '../../src/net/tcp.js';
import { ALL_NODES_IP, EV_IP, EV_MAC, EVSE_IP, EVSE_MAC } from '../listen/frames.js';

const ev = { mac: EV_MAC, ip: EV_IP, port: 49152 };
const evse = { mac: EVSE_MAC, ip: EVSE_IP, port: 50000 };

function tcpOf(frame: Buffer) {
  const d = dissect(frame);
  assert.equal(d.kind, 'tcp6');
  if (d.kind !== 'tcp6') throw new Error('not TCP');
  assert.equal(verifyTransportChecksum6(d.ip.src, d.ip.dst, 6, d.ip.payload).status, 'ok');
  return { ...d.tcp, srcMac: d.eth.src, dstMac: d.eth.dst };
}

describe('synthesized IP frames', () => {
  it('UDP to ff02::1 goes to the 33:33:00:00:00:01 MAC with a right checksum', () => {
    const d = dissect(udp6Frame(ev, { ip: ALL_NODES_IP, port: 15118 }, Buffer.from([1, 2, 3])));
    assert.equal(d.kind, 'udp6');
    if (d.kind !== 'udp6') return;
    assert.equal(d.eth.dst.toString('hex'), '333300000001');
    assert.equal(verifyTransportChecksum6(d.ip.src, d.ip.dst, 17, d.ip.payload).status, 'ok');
  });

  it('handshake, data in MSS-sized segments, ACKs and the FIN exchange keep the numbers right', () => {
    const flow = new TcpFlowFrames(ev, evse, { client: 1000, server: 0xffff_fff0 });
    const [syn, synAck, ack] = flow.handshake().map(tcpOf);
    assert.equal(syn!.flags, TCP_SYN);
    assert.equal(syn!.seq, 1000);
    assert.equal(synAck!.flags, TCP_SYN | TCP_ACK);
    assert.equal(synAck!.ack, 1001);
    assert.equal(ack!.seq, 1001);
    assert.equal(ack!.ack, 0xffff_fff1);
    const big = Buffer.alloc(TCP_MSS_ETHERNET_IPV6 * 2 + 10, 7);
    const segs = flow.data(true, big).map(tcpOf);
    assert.deepEqual(
      segs.map((s) => s.payload.length),
      [TCP_MSS_ETHERNET_IPV6, TCP_MSS_ETHERNET_IPV6, 10],
    );
    assert.deepEqual(
      segs.map((s) => s.flags),
      [TCP_ACK, TCP_ACK, TCP_ACK | TCP_PSH],
    );
    assert.equal(segs[1]!.seq, 1001 + TCP_MSS_ETHERNET_IPV6);
    assert.equal(flow.owesAck(false), true);
    const back = tcpOf(flow.data(false, Buffer.from('answer'))[0]!);
    // the server's sequence number wraps past 2^32
    assert.equal(back.seq, 0xffff_fff1);
    assert.equal(back.ack, 1001 + big.length);
    assert.equal(flow.owesAck(false), false, 'the answer carried the ACK');
    const fin = tcpOf(flow.fin(false));
    assert.equal(fin.flags, TCP_FIN | TCP_ACK);
    assert.equal(fin.seq, (0xffff_fff1 + 6) >>> 0);
    const fin2 = tcpOf(flow.fin(true));
    assert.equal(fin2.ack, (fin.seq + 1) >>> 0);
    const last = tcpOf(flow.ack(false));
    assert.equal(last.ack, (fin2.seq + 1) >>> 0);
  });

  it('a reset ends the flow', () => {
    const flow = new TcpFlowFrames(ev, evse, { client: 1, server: 2 });
    flow.handshake();
    const rst = tcpOf(flow.reset(false));
    assert.equal(rst.flags, TCP_RST | TCP_ACK);
    assert.equal(flow.ended, true);
    assert.equal(flow.owesAck(true), false);
  });
});
