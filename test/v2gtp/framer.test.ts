import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError } from '../../src/core/errors.js';
import { V2gtpFramer } from '../../src/v2gtp/framer.js';
import { encodeMessage, PayloadType, V2gtpHeaderError } from '../../src/v2gtp/header.js';

/** Real frames from 2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng (#439 SAP req, #450 SessionSetupReq). */
const SAP_REQ = Buffer.from(
  '01fe8001000000228000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040',
  'hex',
);
const SESSION_SETUP_REQ = Buffer.from('01fe80010000000f809a02000000000000000011d00000', 'hex');

const payloadOf = (frame: Buffer) => frame.subarray(8);

function hexes(msgs: { payload: Buffer }[]): string[] {
  return msgs.map((m) => m.payload.toString('hex'));
}

describe('V2GTP framer', () => {
  it('emits a message delivered in one chunk', () => {
    const f = new V2gtpFramer();
    const out = f.push(SAP_REQ);
    assert.equal(out.length, 1);
    assert.equal(out[0]?.payloadType, PayloadType.EXI);
    assert.deepEqual(out[0]?.payload, payloadOf(SAP_REQ));
    assert.equal(f.buffered, 0);
  });

  it('reassembles one message split at every possible point', () => {
    for (let cut = 1; cut < SAP_REQ.length; cut++) {
      const f = new V2gtpFramer();
      const a = f.push(SAP_REQ.subarray(0, cut));
      assert.deepEqual(a, [], `nothing before the end (cut ${cut})`);
      assert.equal(f.buffered, cut);
      const b = f.push(SAP_REQ.subarray(cut));
      assert.deepEqual(hexes(b), [payloadOf(SAP_REQ).toString('hex')], `cut ${cut}`);
      assert.equal(f.buffered, 0);
    }
  });

  it('reassembles a message split at every pair of points (three chunks)', () => {
    const m = SESSION_SETUP_REQ;
    for (let i = 1; i < m.length - 1; i++) {
      for (let j = i + 1; j < m.length; j++) {
        const f = new V2gtpFramer();
        const out = [...f.push(m.subarray(0, i)), ...f.push(m.subarray(i, j)), ...f.push(m.subarray(j))];
        assert.deepEqual(hexes(out), [payloadOf(m).toString('hex')], `cuts ${i},${j}`);
      }
    }
  });

  it('reassembles byte by byte', () => {
    const f = new V2gtpFramer();
    const out = [];
    for (const byte of SESSION_SETUP_REQ) out.push(...f.push(Buffer.from([byte])));
    assert.deepEqual(hexes(out), [payloadOf(SESSION_SETUP_REQ).toString('hex')]);
  });

  it('emits two messages packed into one chunk, in order', () => {
    const f = new V2gtpFramer();
    const out = f.push(Buffer.concat([SAP_REQ, SESSION_SETUP_REQ]));
    assert.deepEqual(hexes(out), [payloadOf(SAP_REQ).toString('hex'), payloadOf(SESSION_SETUP_REQ).toString('hex')]);
  });

  it('keeps the remainder: two and a half messages, then the rest', () => {
    const stream = Buffer.concat([SAP_REQ, SESSION_SETUP_REQ, SAP_REQ]);
    for (let cut = 1; cut < stream.length; cut++) {
      const f = new V2gtpFramer();
      const out = [...f.push(stream.subarray(0, cut)), ...f.push(stream.subarray(cut))];
      assert.equal(out.length, 3, `cut ${cut}`);
      assert.deepEqual(out[1]?.payload, payloadOf(SESSION_SETUP_REQ));
    }
  });

  it('accepts an empty payload and empty chunks', () => {
    const f = new V2gtpFramer();
    assert.deepEqual(f.push(Buffer.alloc(0)), []);
    const out = f.push(encodeMessage(PayloadType.EXI, Buffer.alloc(0)));
    assert.equal(out.length, 1);
    assert.equal(out[0]?.payload.length, 0);
  });

  it('rejects an oversize length as soon as the header is in, before buffering the payload', () => {
    const f = new V2gtpFramer({ maxPayloadBytes: 100 });
    const header = encodeMessage(PayloadType.EXI, Buffer.alloc(101)).subarray(0, 8);
    assert.throws(
      () => f.push(header),
      (e: unknown) => e instanceof V2gtpHeaderError && e.kind === 'oversize',
    );
    // stays failed: the caller must close the connection
    assert.throws(() => f.push(SAP_REQ), V2gtpHeaderError);
    assert.equal(f.error?.kind, 'oversize');
    f.reset();
    assert.equal(f.push(SAP_REQ).length, 1);
  });

  it('rejects bad headers split across chunks and after a good message', () => {
    const cases: [string, string][] = [
      ['02fd800100000000', 'version'],
      ['01ff800100000000', 'inverse-version'],
      ['01fe900200000000', 'payload-type'], // ISO-20 wireless SDP is not a DIN/ISO-2 stream type
      ['01fe123400000000', 'payload-type'],
    ];
    for (const [hex, kind] of cases) {
      const f = new V2gtpFramer();
      const bad = Buffer.from(hex, 'hex');
      assert.deepEqual(hexes(f.push(Buffer.concat([SAP_REQ, bad.subarray(0, 3)]))), [
        payloadOf(SAP_REQ).toString('hex'),
      ]);
      assert.throws(
        () => f.push(bad.subarray(3)),
        (e: unknown) => e instanceof V2gtpHeaderError && e.kind === kind,
        hex,
      );
    }
  });

  it('honours a custom accepted payload type set', () => {
    const f = new V2gtpFramer({ acceptPayloadTypes: new Set([PayloadType.ISO20_DC_MAIN]) });
    assert.equal(f.push(encodeMessage(PayloadType.ISO20_DC_MAIN, Buffer.from([1, 2]))).length, 1);
    assert.throws(() => f.push(SAP_REQ), V2gtpHeaderError);
  });

  it('random chunking of a random stream reproduces every message; random bytes only raise DecodeError', () => {
    let seed = 99;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const msgs: Buffer[] = [];
    for (let i = 0; i < 200; i++) {
      const p = Buffer.alloc(rnd() % 300);
      for (let j = 0; j < p.length; j++) p[j] = rnd() & 0xff;
      msgs.push(p);
    }
    const stream = Buffer.concat(msgs.map((p) => encodeMessage(PayloadType.EXI, p)));
    const f = new V2gtpFramer();
    const got: Buffer[] = [];
    for (let pos = 0; pos < stream.length; ) {
      const n = 1 + (rnd() % 700);
      for (const m of f.push(stream.subarray(pos, pos + n))) got.push(Buffer.from(m.payload));
      pos += n;
    }
    assert.equal(got.length, msgs.length);
    assert.deepEqual(got, msgs);

    for (let k = 0; k < 500; k++) {
      const g = new V2gtpFramer({ maxPayloadBytes: 4096 });
      const junk = Buffer.alloc(rnd() % 64);
      for (let j = 0; j < junk.length; j++) junk[j] = rnd() & 0xff;
      if (k % 2 === 0 && junk.length > 2) junk.set([0x01, 0xfe], 0);
      try {
        g.push(junk);
        assert.ok(g.buffered <= junk.length);
      } catch (e) {
        assert.ok(e instanceof DecodeError, String(e));
      }
    }
  });
});
