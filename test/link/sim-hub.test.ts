import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHex } from '../../src/core/bytes.js';
import { ManualClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { ETHERTYPE, encodeEthernet } from '../../src/link/ethernet.js';
import { delayAll, dropFirst, dropRandom, duplicateAll, SimHub, silenceStation } from '../../src/link/sim-hub.js';
import { encodeMme } from '../../src/slac/homeplug.js';
import { decodeCaptureFrames } from './pcap-roundtrip.js';

const BCAST = Buffer.alloc(6, 0xff);

function setup() {
  const clock = new ManualClock();
  const hub = new SimHub({ clock });
  const a = hub.addStation({ name: 'a', hostMac: '02:00:00:00:00:0a', modem: { joinDelayMs: 100 } });
  const b = hub.addStation({ name: 'b', hostMac: '02:00:00:00:00:0b', modem: { joinDelayMs: 100 } });
  const got = { a: [] as Buffer[], b: [] as Buffer[] };
  a.port.onFrame((f) => got.a.push(f));
  b.port.onFrame((f) => got.b.push(f));
  return { clock, hub, a, b, got };
}

const parm = (src: Buffer) =>
  encodeMme({
    dst: BCAST,
    src,
    msg: { type: 'CM_SLAC_PARM.REQ', applicationType: 0, securityType: 0, runId: Buffer.alloc(8, 1) },
  });
const ipv6 = (dst: Buffer, src: Buffer) => encodeEthernet({ dst, src, etherType: ETHERTYPE.IPV6 }, Buffer.alloc(40));
const setKey = (src: Buffer, nmk: Buffer) =>
  encodeMme({
    dst: fromHex('00b052000001'),
    src,
    msg: {
      type: 'CM_SET_KEY.REQ',
      keyType: 1,
      myNonce: 0,
      yourNonce: 0,
      pid: 4,
      prn: 0,
      pmn: 0,
      ccoCapability: 0,
      nid: Buffer.alloc(7),
      newEks: 1,
      newKey: nmk,
    },
  });

describe('simulated powerline', () => {
  it('delivers MMEs after the latency, never back to the sender, and consumes modem-local requests', () => {
    const s = setup();
    s.a.port.send(parm(s.a.hostMac));
    assert.equal(s.got.b.length, 0, 'asynchronous');
    s.clock.advance(1);
    assert.equal(s.got.b.length, 1);
    assert.equal(s.got.a.length, 0);
    s.a.port.send(setKey(s.a.hostMac, Buffer.alloc(16, 1)));
    s.clock.advance(1);
    assert.equal(s.got.b.length, 1, 'CM_SET_KEY stays with the local modem');
    assert.equal(s.got.a.at(-1)?.readUInt16LE(15), 0x6009, 'CM_SET_KEY.CNF from the modem');
  });

  it('carries IPv6 only between modems with the same NMK, after the join delay', () => {
    const s = setup();
    s.a.port.send(ipv6(s.b.hostMac, s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 0);
    s.a.port.send(setKey(s.a.hostMac, Buffer.alloc(16, 7)));
    s.b.port.send(setKey(s.b.hostMac, Buffer.alloc(16, 7)));
    s.clock.advance(50);
    assert.equal(s.hub.linkUp(s.a, s.b), false);
    s.clock.advance(100);
    assert.equal(s.hub.linkUp(s.a, s.b), true);
    s.got.b.length = 0;
    s.a.port.send(ipv6(s.b.hostMac, s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 1);
  });

  it('reports M-sounds as CM_ATTEN_PROFILE.IND with the configured attenuation', () => {
    const s = setup();
    s.hub.setAttenuation(s.a, s.b, 30);
    s.a.port.send(
      encodeMme({
        dst: BCAST,
        src: s.a.hostMac,
        msg: { type: 'CM_MNBC_SOUND.IND', applicationType: 0, securityType: 0, cnt: 9, runId: Buffer.alloc(8) },
      }),
    );
    s.clock.advance(5);
    const prof = s.got.b.find((f) => f.readUInt16LE(15) === 0x6086);
    assert.ok(prof);
    assert.equal(prof[25], 58);
    const mean = [...prof.subarray(27, 85)].reduce((x, y) => x + y, 0) / 58;
    assert.ok(Math.abs(mean - 30) < 1, `mean ${mean}`);
  });

  it('applies drop / duplicate / delay / silence faults', () => {
    const s = setup();
    s.hub.addFault(dropFirst('CM_SLAC_PARM.REQ'));
    s.a.port.send(parm(s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 0);
    const rmDup = s.hub.addFault(duplicateAll('CM_SLAC_PARM.REQ', 2));
    s.a.port.send(parm(s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 3);
    rmDup();
    const rmDelay = s.hub.addFault(delayAll('*', 100));
    s.a.port.send(parm(s.a.hostMac));
    s.clock.advance(50);
    assert.equal(s.got.b.length, 3);
    s.clock.advance(60);
    assert.equal(s.got.b.length, 4);
    rmDelay();
    s.hub.addFault(silenceStation('a'));
    s.a.port.send(parm(s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 4);
    s.hub.clearFaults();
    s.hub.addFault(dropRandom(1));
    s.a.port.send(parm(s.a.hostMac));
    s.clock.advance(5);
    assert.equal(s.got.b.length, 4);
  });

  it('records every frame with its simulated time into a pcap writer', () => {
    const s = setup();
    const out: { tsUs: number; data: Uint8Array }[] = [];
    s.hub.recordPcap({ append: (f) => out.push(f) }, 1_000_000);
    s.clock.advance(2.5);
    s.a.port.send(parm(s.a.hostMac));
    s.a.port.send(setKey(s.a.hostMac, Buffer.alloc(16, 1)));
    s.clock.advance(5);
    assert.deepEqual(
      out.map((f) => f.tsUs),
      [1_002_500, 1_002_500, 1_003_000],
    );
    assert.deepEqual(decodeCaptureFrames(out), ['CM_SLAC_PARM.REQ', 'CM_SET_KEY.REQ', 'CM_SET_KEY.CNF']);
  });

  it('throws HardwareError when sending on a closed station', () => {
    const s = setup();
    s.a.port.close();
    assert.throws(() => s.a.port.send(parm(s.a.hostMac)), HardwareError);
  });
});
