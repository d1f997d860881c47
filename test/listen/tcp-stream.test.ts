import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STREAM_GAP_TIMEOUT_US, type StreamNote, TcpStream } from '../../src/listen/tcp-stream.js';
import { TCP_ACK, TCP_FIN, TCP_SYN } from '../../src/net/tcp.js';

const text = 'The quick brown fox jumps over the lazy dog';
const b = (s: string) => Buffer.from(s);

/** Runs segments [relative seq, text, flags?] through a stream with ISN `isn`; returns notes and delivered text. */
function run(isn: number, segs: [number, string, number?][], opts: { syn?: boolean } = {}) {
  const s = new TcpStream();
  const notes: StreamNote[] = [];
  let t = 0;
  if (opts.syn !== false) notes.push(...s.push({ seq: isn, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: t++ }));
  for (const [rel, data, flags] of segs) {
    notes.push(...s.push({ seq: (isn + 1 + rel) >>> 0, flags: flags ?? TCP_ACK, payload: b(data), tsUs: t++ }));
  }
  return { s, notes, delivered: delivered(notes) };
}

function delivered(notes: StreamNote[]): string {
  return notes
    .filter((n) => n.kind === 'data')
    .map((n) => (n.kind === 'data' ? n.data.toString() : ''))
    .join('');
}

const kinds = (notes: StreamNote[]) => notes.map((n) => n.kind);

describe('TCP stream reassembly', () => {
  it('delivers a message split over segments in order', () => {
    const {
      notes,
      delivered: d,
      s,
    } = run(1000, [
      [0, text.slice(0, 10)],
      [10, text.slice(10, 11)],
      [11, text.slice(11)],
    ]);
    assert.equal(d, text);
    assert.deepEqual(kinds(notes), ['data', 'data', 'data']);
    assert.equal(s.offset, text.length);
    assert.equal(s.midstream, false);
  });

  it('delivers merged messages in one segment as one chunk', () => {
    const { notes, delivered: d } = run(5, [[0, 'ab' + 'cd']]);
    assert.equal(d, 'abcd');
    assert.equal(notes.length, 1);
  });

  it('counts a full retransmission once and delivers nothing twice', () => {
    const {
      notes,
      delivered: d,
      s,
    } = run(7, [
      [0, 'hello '],
      [6, 'world'],
      [6, 'world'],
      [0, 'hello '],
    ]);
    assert.equal(d, 'hello world');
    assert.deepEqual(kinds(notes), ['data', 'data', 'retransmission', 'retransmission']);
    assert.equal(s.stats.retransmissions, 2);
  });

  it('delivers only the new part of an overlapping segment', () => {
    const {
      notes,
      delivered: d,
      s,
    } = run(0, [
      [0, 'hello '],
      [3, 'lo world'],
    ]);
    assert.equal(d, 'hello world');
    assert.deepEqual(
      notes.map((n) => [n.kind, 'bytes' in n ? n.bytes : n.kind === 'data' ? n.data.toString() : '']),
      [
        ['data', 'hello '],
        ['overlap', 3],
        ['data', 'world'],
      ],
    );
    assert.equal(s.stats.overlaps, 1);
  });

  it('holds out-of-order segments until the gap fills, then delivers in order', () => {
    const {
      notes,
      delivered: d,
      s,
    } = run(42, [
      [10, text.slice(10, 20)],
      [20, text.slice(20)],
      [10, text.slice(10, 20)], // the held one again
      [0, text.slice(0, 10)],
    ]);
    assert.equal(d, text);
    assert.deepEqual(kinds(notes), ['out-of-order', 'out-of-order', 'retransmission', 'data', 'data', 'data']);
    assert.equal(s.stats.outOfOrder, 2);
  });

  it('reports a segment the peer acknowledged but the capture lacks as lost, and marks the next data', () => {
    const s = new TcpStream();
    s.push({ seq: 99, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    s.push({ seq: 100, flags: TCP_ACK, payload: b('first'), tsUs: 1 });
    // 'lost!' (5 bytes at 105) never captured; the peer acks it
    const lost = s.peerAck(115, 3);
    assert.deepEqual(lost, [{ kind: 'lost', offset: 5, bytes: 10, tsUs: 3, reason: 'acked-not-captured' }]);
    const next = s.push({ seq: 115, flags: TCP_ACK, payload: b('after'), tsUs: 4 });
    assert.deepEqual(next, [{ kind: 'data', offset: 15, data: b('after'), tsUs: 4, afterGap: true }]);
    assert.equal(s.stats.lostBytes, 10);
    // acks for bytes already delivered change nothing
    assert.deepEqual(s.peerAck(110, 5), []);
  });

  it('acknowledged gap before held data: skips to the held data and delivers it', () => {
    const s = new TcpStream();
    s.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    s.push({ seq: 1, flags: TCP_ACK, payload: b('aaaa'), tsUs: 1 });
    s.push({ seq: 9, flags: TCP_ACK, payload: b('cccc'), tsUs: 2 });
    const notes = s.peerAck(13, 3);
    assert.deepEqual(kinds(notes), ['lost', 'data']);
    assert.equal(notes[0]!.kind === 'lost' && notes[0]!.bytes, 4);
    assert.equal(delivered(notes), 'cccc');
  });

  it('declares a gap lost after the timeout, or at flush', () => {
    const s = new TcpStream();
    s.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    s.push({ seq: 11, flags: TCP_ACK, payload: b('later'), tsUs: 10 });
    const notes = s.push({ seq: 16, flags: TCP_ACK, payload: b('!'), tsUs: 10 + STREAM_GAP_TIMEOUT_US + 1 });
    assert.deepEqual(kinds(notes), ['lost', 'data', 'data']);
    assert.equal(notes[0]!.kind === 'lost' && notes[0]!.reason, 'gap-timeout');
    assert.equal(delivered(notes), 'later!');

    const t = new TcpStream();
    t.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    t.push({ seq: 6, flags: TCP_ACK, payload: b('tail'), tsUs: 1 });
    const end = t.flush(2);
    assert.deepEqual(kinds(end), ['lost', 'data']);
    assert.equal(end[0]!.kind === 'lost' && end[0]!.reason, 'end-of-stream');
  });

  it('handles sequence number wrap-around', () => {
    const isn = 0xfffffff0;
    const { delivered: d, notes } = run(isn, [
      [0, text.slice(0, 20)], // crosses 2^32
      [30, text.slice(30)], // out of order, after the wrap
      [20, text.slice(20, 30)],
    ]);
    assert.equal(d, text);
    assert.deepEqual(kinds(notes), ['data', 'out-of-order', 'data', 'data']);
  });

  it('starts mid-connection when the SYN was not captured', () => {
    const { s, delivered: d } = run(
      123456,
      [
        [0, 'mid'],
        [3, 'stream'],
      ],
      { syn: false },
    );
    assert.equal(d, 'midstream');
    assert.equal(s.midstream, true);
  });

  it('notes the FIN once all data before it is in, and ignores a repeated SYN', () => {
    const s = new TcpStream();
    s.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    assert.deepEqual(s.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 1 }), []);
    const a = s.push({ seq: 4, flags: TCP_ACK | TCP_FIN, payload: b('end'), tsUs: 2 });
    assert.deepEqual(kinds(a), ['out-of-order']);
    const c = s.push({ seq: 1, flags: TCP_ACK, payload: b('the'), tsUs: 3 });
    assert.deepEqual(kinds(c), ['data', 'data', 'fin']);
    assert.equal(s.finished, true);
    // the peer's ACK of the FIN is not a lost byte
    assert.deepEqual(s.peerAck(8, 4), []);
  });

  it('bounds memory: a flood of out-of-order data is cut at the hold limit', () => {
    const s = new TcpStream();
    s.push({ seq: 0, flags: TCP_SYN, payload: Buffer.alloc(0), tsUs: 0 });
    const chunk = Buffer.alloc(60000);
    let lost = 0;
    for (let i = 0; i < 40; i++) {
      for (const n of s.push({ seq: 1001 + i * 60000, flags: TCP_ACK, payload: chunk, tsUs: 1 })) {
        if (n.kind === 'lost') lost += n.bytes;
      }
    }
    assert.equal(lost, 1000);
  });
});
