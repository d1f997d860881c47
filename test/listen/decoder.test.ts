import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError } from '../../src/core/errors.js';
import { decodeFrames, type FrameIn } from '../../src/listen/decoder.js';
import type { TimelineEvent, V2gEvent } from '../../src/listen/events.js';
import type { ExiSchema } from '../../src/listen/exi-hook.js';
import { TCP_ACK, TCP_FIN, TCP_PSH, TCP_RST, TCP_SYN } from '../../src/net/tcp.js';
import {
  ALL_NODES_IP,
  BCAST,
  EV_IP,
  EV_MAC,
  EVSE_IP,
  EVSE_MAC,
  ethernet,
  ipv6,
  MCAST_ALL_NODES,
  mme,
  tcp,
  udp,
  v2gtp,
} from './frames.js';

/** A fake EXI codec: the "EXI" bytes are JSON {schema, doc}; decoding with another schema fails. */
function fakeExi(bytes: Uint8Array, schema: ExiSchema): unknown {
  let o: { schema: ExiSchema; doc: unknown };
  try {
    o = JSON.parse(Buffer.from(bytes).toString());
  } catch {
    throw new DecodeError('not EXI', 0);
  }
  if (o.schema !== schema) throw new DecodeError(`not ${schema}`, 0);
  return o.doc;
}
const exi = (schema: ExiSchema, doc: unknown) => v2gtp(0x8001, Buffer.from(JSON.stringify({ schema, doc })));
const SID = '0ebe5b8d693ee379';
const din = (body: Record<string, unknown>, sid = SID) =>
  exi('din', { V2G_Message: { Header: { SessionID: sid }, Body: body } });
const pv = (Value: number, Unit: string, Multiplier = 0) => ({ Multiplier, Unit, Value });

/** Builds the frames of one TCP conversation between the EV (client) and the EVSE (server). */
class Conversation {
  frames: FrameIn[] = [];
  evSeq = 1000;
  evseSeq = 900_000;
  t: number;
  constructor(start: number) {
    this.t = start;
  }
  private push(fromEv: boolean, seq: number, ack: number, flags: number, payload: Buffer, dt = 10_000) {
    this.t += dt;
    const seg = fromEv ? tcp(50106, 15118, seq, ack, flags, payload) : tcp(15118, 50106, seq, ack, flags, payload);
    const ip = fromEv ? ipv6(EV_IP, EVSE_IP, 6, seg) : ipv6(EVSE_IP, EV_IP, 6, seg);
    const frame = fromEv ? ethernet(EVSE_MAC, EV_MAC, 0x86dd, ip) : ethernet(EV_MAC, EVSE_MAC, 0x86dd, ip);
    this.frames.push({ tsUs: this.t, data: frame });
  }
  handshake() {
    this.push(true, this.evSeq++, 0, TCP_SYN, Buffer.alloc(0));
    this.push(false, this.evseSeq++, this.evSeq, TCP_SYN | TCP_ACK, Buffer.alloc(0));
    this.push(true, this.evSeq, this.evseSeq, TCP_ACK, Buffer.alloc(0));
  }
  /** Sends `data` from one side in pieces of the given sizes (default: one segment). */
  send(fromEv: boolean, data: Buffer, pieces: number[] = [data.length], dt = 10_000) {
    let off = 0;
    for (const n of pieces) {
      const part = data.subarray(off, off + n);
      if (fromEv) this.push(true, this.evSeq + off, this.evseSeq, TCP_ACK | TCP_PSH, part, dt);
      else this.push(false, this.evseSeq + off, this.evSeq, TCP_ACK | TCP_PSH, part, dt);
      off += n;
    }
    if (fromEv) this.evSeq += data.length;
    else this.evseSeq += data.length;
  }
  /** Sends the segment at `offset` bytes back again (a retransmission). */
  resend(fromEv: boolean, data: Buffer) {
    if (fromEv) this.push(true, this.evSeq - data.length, this.evseSeq, TCP_ACK, data);
    else this.push(false, this.evseSeq - data.length, this.evSeq, TCP_ACK, data);
  }
  /** Sends two pieces of `data` in the wrong order. */
  sendReordered(fromEv: boolean, data: Buffer, cut: number) {
    const base = fromEv ? this.evSeq : this.evseSeq;
    const ack = fromEv ? this.evseSeq : this.evSeq;
    this.push(fromEv, base + cut, ack, TCP_ACK, data.subarray(cut));
    this.push(fromEv, base, ack, TCP_ACK, data.subarray(0, cut));
    if (fromEv) this.evSeq += data.length;
    else this.evseSeq += data.length;
  }
  /** The peer acknowledges `lost` bytes the capture never saw from this side. */
  loseAcked(fromEv: boolean, lost: number) {
    if (fromEv) {
      this.evSeq += lost;
      this.push(false, this.evseSeq, this.evSeq, TCP_ACK, Buffer.alloc(0));
    } else {
      this.evseSeq += lost;
      this.push(true, this.evSeq, this.evseSeq, TCP_ACK, Buffer.alloc(0));
    }
  }
  fin() {
    this.push(true, this.evSeq, this.evseSeq, TCP_FIN | TCP_ACK, Buffer.alloc(0));
    this.push(false, this.evseSeq, this.evSeq + 1, TCP_FIN | TCP_ACK, Buffer.alloc(0));
  }
  reset() {
    this.push(false, this.evseSeq, this.evSeq, TCP_RST | TCP_ACK, Buffer.alloc(0));
  }
}

function slacAndSdp(t0: number): FrameIn[] {
  const sdpRes = Buffer.concat([EVSE_IP, Buffer.from([0x3b, 0x0e, 0x10, 0x00])]); // port 15118
  return [
    { tsUs: t0, data: mme(BCAST, EV_MAC, 0x6064) },
    { tsUs: t0 + 50_000, data: mme(EV_MAC, EVSE_MAC, 0x6065) },
    { tsUs: t0 + 900_000, data: mme(EVSE_MAC, EV_MAC, 0x607c, Buffer.alloc(100)) },
    { tsUs: t0 + 950_000, data: mme(EV_MAC, EVSE_MAC, 0x607d, Buffer.alloc(100)) },
    { tsUs: t0 + 960_000, data: mme(BCAST, Buffer.from('00b052000001', 'hex'), 0xa14e) },
    {
      tsUs: t0 + 2_000_000,
      data: ethernet(
        MCAST_ALL_NODES,
        EV_MAC,
        0x86dd,
        ipv6(EV_IP, ALL_NODES_IP, 17, udp(50032, 15118, v2gtp(0x9000, Buffer.from([0x10, 0x00])))),
      ),
    },
    {
      tsUs: t0 + 2_100_000,
      data: ethernet(EV_MAC, EVSE_MAC, 0x86dd, ipv6(EVSE_IP, EV_IP, 17, udp(15118, 50032, v2gtp(0x9001, sdpRes)))),
    },
  ];
}

function session(): FrameIn[] {
  const c = new Conversation(3_000_000);
  c.handshake();
  const sapReq = exi('apphand', {
    supportedAppProtocolReq: {
      AppProtocol: [
        {
          ProtocolNamespace: 'urn:iso:15118:2:2013:MsgDef',
          VersionNumberMajor: 2,
          VersionNumberMinor: 0,
          SchemaID: 2,
          Priority: 2,
        },
        {
          ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
          VersionNumberMajor: 2,
          VersionNumberMinor: 0,
          SchemaID: 1,
          Priority: 1,
        },
      ],
    },
  });
  c.send(true, sapReq, [10, 30, sapReq.length - 40]); // split over three segments
  c.send(false, exi('apphand', { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } }));
  c.send(true, din({ SessionSetupReq: { EVCCID: '0465650064c3' } }, '00'));
  const setupRes = din({ SessionSetupRes: { ResponseCode: 'OK_NewSessionEstablished', EVSEID: '5a5a' } });
  c.send(false, setupRes);
  c.resend(false, setupRes); // retransmission, must count once
  c.send(true, din({ CableCheckReq: { DC_EVStatus: { EVReady: true, EVErrorCode: 'NO_ERROR', EVRESSSOC: 93 } } }));
  c.send(
    false,
    din({
      CableCheckRes: {
        ResponseCode: 'OK',
        EVSEProcessing: 'Finished',
        DC_EVSEStatus: { EVSEIsolationStatus: 'Valid', EVSEStatusCode: 'EVSE_Ready' },
      },
    }),
  );
  for (const v of [300, 345]) {
    c.send(
      true,
      din({
        PreChargeReq: {
          DC_EVStatus: { EVRESSSOC: 93 },
          EVTargetVoltage: pv(3480, 'V', -1),
          EVTargetCurrent: pv(1, 'A'),
        },
      }),
    );
    c.sendReordered(false, din({ PreChargeRes: { ResponseCode: 'OK', EVSEPresentVoltage: pv(v, 'V') } }), 12);
  }
  // two requests' worth merged into one segment is impossible for a strict EV, so merge a response and a late duplicate
  const cdReq = din({
    CurrentDemandReq: { DC_EVStatus: { EVRESSSOC: 94 }, EVTargetVoltage: pv(350, 'V'), EVTargetCurrent: pv(57, 'A') },
  });
  c.send(true, cdReq);
  const cdRes = din({
    CurrentDemandRes: {
      ResponseCode: 'FAILED_SequenceError',
      DC_EVSEStatus: { EVSEStatusCode: 'EVSE_Shutdown' },
      EVSEPresentVoltage: pv(349, 'V'),
    },
  });
  c.send(false, cdRes, [cdRes.length], 400_000); // 400 ms: beyond the 250 ms CurrentDemand timeout
  const stopReq = din({ SessionStopReq: {} });
  const stopRes = din({ SessionStopRes: { ResponseCode: 'OK' } }, 'deadbeef');
  c.send(true, stopReq);
  c.send(false, Buffer.concat([stopRes]));
  c.fin();
  return c.frames;
}

const names = (evs: TimelineEvent[]) => evs.filter((e): e is V2gEvent => e.type === 'v2g').map((e) => e.name);

describe('listen decoder: a crafted DIN session', () => {
  const { events, summary } = decodeFrames([...slacAndSdp(0), ...session()], { exi: fakeExi });
  const v2g = events.filter((e): e is V2gEvent => e.type === 'v2g');
  const byName = (n: string) => v2g.find((e) => e.name === n)!;

  it('decodes every V2G message once, in order, AppHandshake first then the negotiated schema', () => {
    assert.deepEqual(names(events), [
      'supportedAppProtocolReq',
      'supportedAppProtocolRes',
      'SessionSetupReq',
      'SessionSetupRes',
      'CableCheckReq',
      'CableCheckRes',
      'PreChargeReq',
      'PreChargeRes',
      'PreChargeReq',
      'PreChargeRes',
      'CurrentDemandReq',
      'CurrentDemandRes',
      'SessionStopReq',
      'SessionStopRes',
    ]);
    assert.equal(byName('supportedAppProtocolRes').values?.protocol, 'din');
    assert.equal(byName('SessionSetupReq').schema, 'din');
    assert.deepEqual(byName('SessionSetupRes').exi, {
      V2G_Message: {
        Header: { SessionID: SID },
        Body: { SessionSetupRes: { ResponseCode: 'OK_NewSessionEstablished', EVSEID: '5a5a' } },
      },
    });
  });

  it('infers directions from SLAC, SDP and the TCP client', () => {
    assert.equal(byName('CableCheckReq').dir, 'EV -> EVSE');
    assert.equal(byName('CableCheckRes').dir, 'EVSE -> EV');
    const hp = events.filter((e) => e.type === 'homeplug');
    assert.deepEqual(
      hp.map((e) => e.type === 'homeplug' && e.name),
      ['CM_SLAC_PARM.REQ', 'CM_SLAC_PARM.CNF', 'CM_SLAC_MATCH.REQ', 'CM_SLAC_MATCH.CNF', 'VS_SOUND_ATTEN.IND'],
    );
    assert.equal(summary.malformed, 0);
    assert.deepEqual(
      hp.map((e) => [e.type === 'homeplug' && e.mmtype, e.type === 'homeplug' && e.dir]),
      [
        [0x6064, 'EV -> EVSE'],
        [0x6065, 'EVSE -> EV'],
        [0x607c, 'EV -> EVSE'],
        [0x607d, 'EVSE -> EV'],
        [0xa14e, '?'],
      ],
    );
    const sdp = events.filter((e) => e.type === 'sdp');
    assert.deepEqual(
      sdp.map((e) => e.type === 'sdp' && [e.sdp, e.dir, e.port ?? null]),
      [
        ['req', 'EV -> EVSE', null],
        ['res', 'EVSE -> EV', 15118],
      ],
    );
  });

  it('picks key values (physical values scaled) and measures latency', () => {
    assert.deepEqual(byName('PreChargeReq').values, { EVRESSSOC: 93, EVTargetVoltage: 348, EVTargetCurrent: 1 });
    assert.equal(byName('CableCheckRes').latencyMs, 10);
    assert.equal(byName('CurrentDemandRes').latencyMs, 400);
  });

  it('flags FAILED codes, EVSE_Shutdown, slow responses, SessionID changes, retransmissions', () => {
    const flags = byName('CurrentDemandRes').flags ?? [];
    assert.ok(flags.includes('ResponseCode FAILED_SequenceError'), String(flags));
    assert.ok(flags.includes('EVSEStatusCode EVSE_Shutdown'), String(flags));
    assert.ok(
      flags.some((f) => /response after 400 ms \(> 250 ms/.test(f)),
      String(flags),
    );
    assert.ok(byName('SessionStopRes').flags?.some((f) => /SessionID deadbeef differs/.test(f)));
    assert.equal(byName('SessionSetupReq').flags, undefined, 'SessionSetupReq with SessionID 00 is normal');
    const rtx = events.filter((e) => e.type === 'tcp' && e.what === 'retransmission');
    assert.equal(rtx.length, 1);
    assert.equal(summary.retransmissions, 1);
    assert.equal(events.filter((e) => e.type === 'tcp' && e.what === 'out-of-order').length, 2);
  });

  it('summarises the session with phases, counts and value ranges', () => {
    assert.equal(summary.v2g, 14);
    assert.equal(summary.v2gDecoded, 14);
    assert.deepEqual(summary.sdpCounts, { req: 1, res: 1 });
    assert.equal(summary.homeplug, 5);
    assert.equal(summary.broadcastOnly, false);
    assert.equal(summary.sessions.length, 1);
    const s = summary.sessions[0]!;
    assert.equal(s.protocol, 'din');
    assert.equal(s.end, 'SessionStop');
    assert.equal(s.evMac, '04:65:65:00:64:c3');
    assert.equal(s.evseMac, 'dc:0e:a1:11:67:08');
    assert.deepEqual(Object.keys(s.phases), [
      'slac',
      'sdp',
      'setup',
      'cableCheck',
      'preCharge',
      'chargingLoop',
      'stop',
    ]);
    assert.equal(s.phases.slac!.durationMs, 950);
    assert.equal(s.phases.sdp!.durationMs, 100);
    assert.equal(s.phases.preCharge!.count, 4);
    assert.equal(s.messages.PreChargeReq, 2);
    assert.deepEqual(s.values.EVSEPresentVoltage, { min: 300, max: 349, unit: 'V' });
  });
});

describe('listen decoder: robustness', () => {
  it('without an EXI codec shows hex and the payload type, still paired by direction', () => {
    const { events, summary } = decodeFrames(session(), { exi: null });
    const v2g = events.filter((e): e is V2gEvent => e.type === 'v2g');
    assert.equal(v2g.length, 14);
    assert.equal(v2g[0]!.name, 'V2GTP EXI');
    assert.ok(v2g[0]!.hex && v2g[0]!.hex.length > 10);
    assert.equal(v2g[0]!.dir, 'EV -> EVSE');
    assert.equal(v2g[1]!.dir, 'EVSE -> EV');
    assert.equal(summary.v2gDecoded, 0);
  });

  it('reports lost segments and resynchronises on the next V2GTP header', () => {
    const c = new Conversation(0);
    c.handshake();
    c.send(true, din({ CableCheckReq: {} }));
    c.loseAcked(false, 40); // the response was never captured
    c.send(true, din({ PreChargeReq: { EVTargetVoltage: pv(350, 'V') } }));
    c.send(false, din({ PreChargeRes: { ResponseCode: 'OK' } }));
    const { events, summary } = decodeFrames(c.frames, { exi: fakeExi });
    assert.deepEqual(names(events), ['CableCheckReq', 'PreChargeReq', 'PreChargeRes']);
    const lost = events.find((e) => e.type === 'tcp' && e.what === 'lost');
    assert.ok(lost && lost.type === 'tcp' && lost.bytes === 40 && lost.dir === 'EVSE -> EV');
    assert.equal(summary.lostBytes, 40);
    // no handshake seen: schema found by trying, and flagged
    const first = events.find((e): e is V2gEvent => e.type === 'v2g')!;
    assert.equal(first.schema, 'din');
    const noResponse = events.find((e) => e.type === 'note' && /no response to CableCheckReq/.test(e.text));
    assert.ok(noResponse);
  });

  it('a lost piece in the middle of a message drops that message and recovers', () => {
    const c = new Conversation(0);
    c.handshake();
    const big = din({ CurrentDemandReq: { EVTargetVoltage: pv(350, 'V'), EVTargetCurrent: pv(57, 'A') } });
    // only the first 20 bytes are captured, the rest is acknowledged by the EVSE
    c.send(true, big.subarray(0, 20));
    c.loseAcked(true, big.length - 20);
    c.send(true, din({ SessionStopReq: {} }));
    const { events } = decodeFrames(c.frames, { exi: fakeExi });
    assert.deepEqual(names(events), ['SessionStopReq']);
    assert.ok(events.some((e) => e.type === 'tcp' && e.what === 'skipped' && e.bytes === 20));
  });

  it('flags malformed frames and goes on', () => {
    const good = mme(BCAST, EV_MAC, 0x6064);
    const frames: FrameIn[] = [
      { tsUs: 0, data: Buffer.from('0102030405', 'hex') }, // shorter than an Ethernet header
      { tsUs: 1, data: ethernet(BCAST, EV_MAC, 0x86dd, Buffer.from('60000000', 'hex')) }, // truncated IPv6
      {
        tsUs: 2,
        data: ethernet(
          MCAST_ALL_NODES,
          EV_MAC,
          0x86dd,
          ipv6(EV_IP, ALL_NODES_IP, 17, udp(1, 15118, Buffer.from('0102'))),
        ),
      }, // bad SDP
      { tsUs: 3, data: good },
    ];
    const { events, summary } = decodeFrames(frames, { exi: fakeExi });
    assert.deepEqual(
      events.map((e) => e.type),
      ['malformed', 'malformed', 'malformed', 'homeplug', 'note'],
    );
    assert.equal(summary.malformed, 3);
    assert.equal(summary.broadcastOnly, true);
  });

  it('a TCP reset ends the session and flushes held data', () => {
    const c = new Conversation(0);
    c.handshake();
    c.send(true, din({ CableCheckReq: {} }));
    c.reset();
    const { events, summary } = decodeFrames(c.frames, { exi: fakeExi });
    assert.ok(events.some((e) => e.type === 'tcp' && e.what === 'reset' && e.flags?.includes('TCP reset')));
    assert.equal(summary.sessions[0]!.end, 'TCP reset');
  });

  it('random frames never throw anything but flagged events', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const base = [...slacAndSdp(0), ...session()];
    const frames = base.map((f) => {
      const d = Buffer.from(f.data);
      for (let k = 0; k < 3; k++) d[14 + (rnd() % (d.length - 14))] = rnd() & 0xff;
      return { tsUs: f.tsUs, data: rnd() % 4 === 0 ? d.subarray(0, rnd() % d.length) : d };
    });
    const { summary } = decodeFrames(frames, { exi: fakeExi });
    assert.equal(summary.frames, base.length);
  });
});

describe('listen decoder: protocol selection', () => {
  it('ISO 15118-2 negotiated by SchemaID, and ISO 15118-20 routed by its V2GTP payload type', () => {
    const c = new Conversation(0);
    c.handshake();
    c.send(
      true,
      exi('apphand', {
        supportedAppProtocolReq: {
          AppProtocol: [
            {
              ProtocolNamespace: 'urn:iso:15118:2:2013:MsgDef',
              VersionNumberMajor: 2,
              VersionNumberMinor: 0,
              SchemaID: 3,
              Priority: 1,
            },
          ],
        },
      }),
    );
    c.send(
      false,
      exi('apphand', { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 3 } }),
    );
    c.send(
      true,
      exi('iso2', { V2G_Message: { Header: { SessionID: '00' }, Body: { SessionSetupReq: { EVCCID: '01' } } } }),
    );
    const iso20 = (doc: unknown) => v2gtp(0x8004, Buffer.from(JSON.stringify({ schema: 'iso20', doc })));
    c.send(
      true,
      iso20({
        DC_ChargeLoopReq: {
          Header: { SessionID: 'ab', TimeStamp: 1 },
          EVPresentVoltage: { Exponent: -1, Value: 3500 },
        },
      }),
    );
    c.send(false, iso20({ DC_ChargeLoopRes: { Header: { SessionID: 'ab', TimeStamp: 2 }, ResponseCode: 'OK' } }));
    const { events } = decodeFrames(c.frames, { exi: fakeExi });
    const v2g = events.filter((e): e is V2gEvent => e.type === 'v2g');
    assert.deepEqual(
      v2g.map((e) => [e.name, e.schema]),
      [
        ['supportedAppProtocolReq', 'apphand'],
        ['supportedAppProtocolRes', 'apphand'],
        ['SessionSetupReq', 'iso2'],
        ['DC_ChargeLoopReq', 'iso20'],
        ['DC_ChargeLoopRes', 'iso20'],
      ],
    );
    assert.equal(v2g[3]!.values?.EVPresentVoltage, 350);
    assert.equal(v2g[4]!.latencyMs, 10);
    assert.equal(v2g[4]!.dir, 'EVSE -> EV');
  });
});
