import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DecodeError } from '../../../src/core/errors.js';
import {
  CandumpWriter,
  type CanFrame,
  decodeSlcanFrame,
  encodeSlcan,
  extFrame,
  formatCandump,
  MemoryCanBus,
  parseCandump,
  parseCandumpLog,
  SlcanSplitter,
  slcanOpenCommands,
  tappedPort,
} from '../../../src/power/can/index.js';
import { fromSocketcan, socketcanPort, toSocketcan } from '../../../src/power/can/socketcan-port.js';

const hex = (f: CanFrame) => Buffer.from(f.data).toString('hex');

describe('CAN frame checks', () => {
  it('rejects ids out of range and more than 8 bytes', () => {
    assert.throws(() => extFrame(0x20000000, []), DecodeError);
    assert.throws(() => extFrame(1, [1, 2, 3, 4, 5, 6, 7, 8, 9]), DecodeError);
  });
});

describe('MemoryCanBus', () => {
  it('delivers to every other node in order, never back to the sender, never re-entrantly', () => {
    const bus = new MemoryCanBus();
    const a = bus.attach('a');
    const b = bus.attach('b');
    const seenA: number[] = [];
    const seenB: number[] = [];
    let depth = 0;
    let maxDepth = 0;
    a.onFrame((f) => seenA.push(f.id));
    b.onFrame((f) => {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      if (f.id < 3) b.send(extFrame(f.id + 10, [])); // answers inside the listener
      depth--;
    });
    b.onFrame((f) => seenB.push(f.id));
    a.send(extFrame(1, [1]));
    a.send(extFrame(2, [2]));
    assert.deepEqual(seenB, [1, 2]);
    assert.deepEqual(seenA, [11, 12]);
    assert.equal(maxDepth, 1);
  });
  it('a muted node sends nothing', () => {
    const bus = new MemoryCanBus();
    const a = bus.attach('a');
    const b = bus.attach('b');
    let n = 0;
    b.onFrame(() => n++);
    a.setMuted(true);
    a.send(extFrame(1, []));
    assert.equal(n, 0);
  });
});

describe('candump -L', () => {
  it('formats and parses the can-utils notation both ways', () => {
    // the notation of can-utils' candump -L / canplayer (lib.c sprint_canframe): 8 id digits for extended
    const line = '(1700000000.123456) can0 0C080000#0011223344556677';
    const r = parseCandump(line);
    assert.equal(r.frame.id, 0x0c080000);
    assert.equal(r.frame.ext, true);
    assert.equal(hex(r.frame), '0011223344556677');
    assert.equal(formatCandump(r), line);
    const std = parseCandump('(1.000000) vcan0 123#R');
    assert.deepEqual([std.frame.ext, std.frame.rtr, std.frame.id], [false, true, 0x123]);
    assert.equal(formatCandump(std), '(1.000000) vcan0 123#R');
  });
  it('rejects garbage with a typed error', () => {
    for (const bad of ['', 'hello', '(1.0) can0 12#00', '(1.0) can0 123#0', '(1.0) can0 123#001122334455667788']) {
      assert.throws(() => parseCandump(bad), DecodeError, bad);
    }
  });
  it('the writer logs both directions of a tapped port', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'piccs-can-')), 'log.txt');
    const bus = new MemoryCanBus();
    const w = new CandumpWriter(file, 'can0', () => 1700000000.5);
    const a = tappedPort(bus.attach('a'), w.tap);
    const b = bus.attach('b');
    b.onFrame((f) => b.send(extFrame(f.id + 1, [0xaa])));
    a.onFrame(() => {});
    a.send(extFrame(0x100, [1, 2]));
    await w.close();
    const recs = parseCandumpLog(readFileSync(file, 'utf8'));
    assert.deepEqual(
      recs.map((r) => formatCandump(r)),
      ['(1700000000.500000) can0 00000100#0102', '(1700000000.500000) can0 00000101#AA'],
    );
  });
});

describe('SLCAN codec', () => {
  it('encodes the Lawicel notation (CANUSB manual: t/T/r/R, id, DLC, data)', () => {
    assert.equal(
      encodeSlcan({ id: 0x123, ext: false, data: Uint8Array.from([0x11, 0x22]) }),
      't123211 22\r'.replace(' ', ''),
    );
    assert.equal(encodeSlcan(extFrame(0x029c00f0, [0, 0, 0, 0, 0, 0, 0, 0])), 'T029C00F080000000000000000\r');
    assert.equal(encodeSlcan({ id: 0x7ff, ext: false, rtr: true, data: new Uint8Array(4) }), 'r7FF4\r');
    assert.deepEqual(slcanOpenCommands(125_000), ['C', 'S4', 'O']);
    assert.throws(() => slcanOpenCommands(123), DecodeError);
  });
  it('decodes frames with and without time stamps, rejects malformed ones', () => {
    const f = decodeSlcanFrame('T029C00F080011223344556677');
    assert.equal(f.id, 0x029c00f0);
    assert.equal(hex(f), '0011223344556677');
    assert.equal(hex(decodeSlcanFrame('t1232AABB1234')), 'aabb'); // Z1 time stamp 0x1234
    for (const bad of ['t12', 't1239', 'T000000002001', 'tXYZ0', 't1232AABBCC']) {
      assert.throws(() => decodeSlcanFrame(bad), DecodeError, bad);
    }
  });
  it('the splitter turns a stream into events and bounds its buffer', () => {
    const s = new SlcanSplitter();
    assert.deepEqual(
      s.push('\rz\rt1').map((e) => e.type),
      ['ok', 'ok'],
    );
    const evs = s.push('232AABB\r\x07');
    assert.deepEqual(
      evs.map((e) => e.type),
      ['frame', 'error'],
    );
    const junk = s.push(`t${'1'.repeat(100_000)}\rt1230\r`);
    assert.deepEqual(
      junk.map((e) => e.type),
      ['error', 'frame'],
    );
  });
  it('random input never throws', () => {
    const s = new SlcanSplitter();
    for (let i = 0; i < 2000; i++) {
      const chunk = Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 128))).join('');
      s.push(chunk);
    }
  });
});

describe('SocketCAN adapter framing (no vcan on this kernel: the package channel is replaced by a recorder)', () => {
  it('maps frames to the socketcan message objects and back', () => {
    const sent: unknown[] = [];
    const handlers: Record<string, (m: never) => void> = {};
    let started = false;
    const channel = {
      addListener: (ev: string, fn: (m: never) => void) => {
        handlers[ev] = fn;
      },
      send: (m: unknown) => sent.push(m),
      start: () => {
        started = true;
      },
      stop: () => {},
    };
    const port = socketcanPort(channel as never);
    assert.ok(started);
    const got: CanFrame[] = [];
    port.onFrame((f) => got.push(f));
    port.send(extFrame(0x029c00f0, [1, 2]));
    assert.deepEqual(sent, [{ id: 0x029c00f0, ext: true, rtr: false, data: Buffer.from([1, 2]) }]);
    (handlers.onMessage as (m: unknown) => void)({ id: 0x02a0f000, ext: true, data: Buffer.from([9]) });
    (handlers.onMessage as (m: unknown) => void)({ id: 0x02a0f000, ext: false, data: Buffer.from([9]) }); // bad id: dropped
    assert.equal(got.length, 1);
    assert.equal(got[0]?.id, 0x02a0f000);
    assert.deepEqual(toSocketcan(extFrame(1, [])).ext, true);
    assert.equal(fromSocketcan({ id: 1, data: Buffer.alloc(9) }), undefined);
  });
});
