import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, EncodeError } from '../../src/core/errors.js';
import {
  encodePipeMessage,
  PIPE_HEADER_BYTES,
  PIPE_MAX_PAYLOAD_BYTES,
  PipeDecoder,
  type PipeMessage,
} from '../../src/link/pipe-codec.js';

const frame = (n: number, seed = 1) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + seed) & 0xff));

const SAMPLE: PipeMessage[] = [
  { type: 'ready' },
  { type: 'rx', frame: frame(60) },
  { type: 'tx', frame: frame(1514, 3) },
  { type: 'rx', frame: Buffer.alloc(0) },
  { type: 'error', message: "cannot capture on 'eth1': socket: Operation not permitted", hint: 'run as root' },
  { type: 'error', message: 'no hint here' },
  { type: 'warn', text: 'send on eth1 failed: Network is down (ünïcode)' },
];

describe('capture pipe framing', () => {
  it('lays out type, big-endian length and payload', () => {
    assert.equal(encodePipeMessage({ type: 'ready' }).toString('hex'), '0100000000');
    assert.equal(encodePipeMessage({ type: 'tx', frame: Buffer.from([0xaa, 0xbb]) }).toString('hex'), '0300000002aabb');
    assert.equal(encodePipeMessage({ type: 'rx', frame: frame(300) }).readUInt32BE(1), 300);
  });

  it('decodes every message back, in one chunk', () => {
    const d = new PipeDecoder();
    assert.deepEqual(d.push(Buffer.concat(SAMPLE.map(encodePipeMessage))), SAMPLE);
    assert.equal(d.pendingBytes, 0);
  });

  it('decodes the same messages split at every byte position (two chunks) and byte by byte', () => {
    const wire = Buffer.concat(SAMPLE.map(encodePipeMessage));
    for (let cut = 0; cut <= wire.length; cut++) {
      const d = new PipeDecoder();
      const got = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))];
      assert.deepEqual(got, SAMPLE, `cut at ${cut}`);
      assert.equal(d.pendingBytes, 0);
    }
    const d = new PipeDecoder();
    const got: PipeMessage[] = [];
    for (const b of wire) got.push(...d.push(Buffer.from([b])));
    assert.deepEqual(got, SAMPLE);
  });

  it('payloads do not alias the pushed chunk (the reader may reuse its buffer)', () => {
    const chunk = encodePipeMessage({ type: 'rx', frame: Buffer.from([1, 2, 3]) });
    const [m] = new PipeDecoder().push(chunk);
    chunk.fill(0);
    assert.deepEqual(m, { type: 'rx', frame: Buffer.from([1, 2, 3]) });
  });

  it('accepts the largest payload and refuses to encode a larger one', () => {
    const big = frame(PIPE_MAX_PAYLOAD_BYTES);
    const [m] = new PipeDecoder().push(encodePipeMessage({ type: 'rx', frame: big }));
    assert.deepEqual(m, { type: 'rx', frame: big });
    assert.throws(() => encodePipeMessage({ type: 'tx', frame: frame(PIPE_MAX_PAYLOAD_BYTES + 1) }), EncodeError);
  });

  it('an unknown type is a DecodeError at its offset; the stream stays failed', () => {
    const d = new PipeDecoder();
    const good = encodePipeMessage({ type: 'ready' });
    assert.throws(
      () => d.push(Buffer.concat([good, Buffer.from('0900000000', 'hex')])),
      (e: unknown) =>
        e instanceof DecodeError && e.offset === good.length && /unknown pipe message type 9/.test(e.message),
    );
    assert.throws(() => d.push(good), DecodeError);
    assert.equal(d.pendingBytes, 0);
  });

  it('a length beyond the maximum is rejected from the header alone (nothing buffered for it)', () => {
    const d = new PipeDecoder();
    const head = Buffer.alloc(PIPE_HEADER_BYTES);
    head[0] = 2;
    head.writeUInt32BE(PIPE_MAX_PAYLOAD_BYTES + 1, 1);
    assert.throws(
      () => d.push(head),
      (e: unknown) => e instanceof DecodeError && /exceeds/.test(e.message),
    );
    const huge = Buffer.from('02ffffffff', 'hex');
    assert.throws(() => new PipeDecoder().push(huge), DecodeError);
  });

  it('a partial message holds at most header + max payload bytes', () => {
    const d = new PipeDecoder();
    const wire = encodePipeMessage({ type: 'rx', frame: frame(PIPE_MAX_PAYLOAD_BYTES) });
    for (let i = 0; i < wire.length - 1; i += 4096) {
      assert.deepEqual(d.push(wire.subarray(i, Math.min(i + 4096, wire.length - 1))), []);
      assert.ok(d.pendingBytes <= PIPE_HEADER_BYTES + PIPE_MAX_PAYLOAD_BYTES);
    }
    assert.equal(d.push(wire.subarray(wire.length - 1)).length, 1);
  });

  it('bad payloads: ready with bytes, error that is not JSON or has no message', () => {
    const raw = (code: number, payload: Buffer) => {
      const h = Buffer.alloc(PIPE_HEADER_BYTES);
      h[0] = code;
      h.writeUInt32BE(payload.length, 1);
      return Buffer.concat([h, payload]);
    };
    assert.throws(() => new PipeDecoder().push(raw(1, Buffer.from([0]))), DecodeError);
    assert.throws(() => new PipeDecoder().push(raw(4, Buffer.from('not json'))), /not JSON/);
    assert.throws(() => new PipeDecoder().push(raw(4, Buffer.from('{"hint":"x"}'))), /without a text/);
    assert.throws(() => new PipeDecoder().push(raw(4, Buffer.from('null'))), DecodeError);
  });
});
