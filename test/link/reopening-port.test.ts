import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { type EthernetPort, FrameFanout } from '../../src/link/ports.js';
import { ReopeningPort } from '../../src/link/reopening-port.js';

/** A breakable attachment: the test delivers frames, breaks it, and sees what was sent. */
function attachment(mac: string) {
  const frames = new FrameFanout();
  const errors = new Set<(e: HardwareError) => void>();
  const sent: Buffer[] = [];
  let closed = false;
  const port: EthernetPort = {
    mac: Buffer.from(mac, 'hex'),
    send: (f) => {
      if (closed) throw new HardwareError('closed');
      sent.push(f);
    },
    onFrame: (h) => frames.add(h),
    onError: (h) => {
      errors.add(h);
      return () => errors.delete(h);
    },
    close: () => {
      closed = true;
    },
  };
  return {
    port,
    sent,
    get closed() {
      return closed;
    },
    deliver: (f: Buffer) => frames.emit(f),
    break: (msg: string) => {
      for (const h of [...errors]) h(new HardwareError(msg));
    },
  };
}

/** A factory handing out attachments in order; `failNext` makes the next open throw. */
function factory() {
  const made: ReturnType<typeof attachment>[] = [];
  let failNext = 0;
  return {
    made,
    failOpens: (n: number) => {
      failNext = n;
    },
    open: async () => {
      if (failNext > 0) {
        failNext--;
        throw new HardwareError('cannot capture: still down');
      }
      const a = attachment(`0200000000${String(made.length).padStart(2, '0')}`);
      made.push(a);
      return a.port;
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('reopening link port', () => {
  it('forwards frames and sends to the current attachment', async () => {
    const f = factory();
    const p = await ReopeningPort.open({ open: f.open, clock: new ManualClock() });
    const got: Buffer[] = [];
    p.onFrame((fr) => got.push(fr));
    f.made[0]?.deliver(Buffer.from([1]));
    p.send(Buffer.from([2]));
    assert.deepEqual(got, [Buffer.from([1])]);
    assert.deepEqual(f.made[0]?.sent, [Buffer.from([2])]);
    assert.equal(p.mac.toString('hex'), '020000000000');
    p.close();
    assert.equal(f.made[0]?.closed, true);
  });

  it('a break is reported (error + health) and sends throw it; reopen() brings a new attachment with the same subscribers', async () => {
    const f = factory();
    const p = await ReopeningPort.open({ open: f.open, clock: new ManualClock() });
    const got: Buffer[] = [];
    const health: (string | undefined)[] = [];
    const errors: string[] = [];
    p.onFrame((fr) => got.push(fr));
    p.onHealth((r) => health.push(r));
    p.onError((e) => errors.push(e.message));
    f.made[0]?.break('interface down');
    assert.deepEqual(errors, ['interface down']);
    assert.deepEqual(health, ['interface down']);
    assert.equal(p.broken?.message, 'interface down');
    assert.equal(f.made[0]?.closed, true);
    assert.throws(() => p.send(Buffer.alloc(1)), /interface down/);
    // a late frame or second break from the dead attachment is ignored
    f.made[0]?.deliver(Buffer.from([9]));
    f.made[0]?.break('again');
    assert.equal(errors.length, 1);
    assert.equal(await p.reopen(), true);
    assert.equal(await p.reopen(), true, 'open: no-op');
    assert.equal(f.made.length, 2);
    assert.deepEqual(health, ['interface down', undefined]);
    assert.equal(p.broken, undefined);
    f.made[1]?.deliver(Buffer.from([3]));
    p.send(Buffer.from([4]));
    assert.deepEqual(got, [Buffer.from([3])]);
    assert.deepEqual(f.made[1]?.sent, [Buffer.from([4])]);
    assert.equal(p.mac.toString('hex'), '020000000001');
    p.close();
  });

  it('without reopen(), retries on the clock while canOpen() says so; a failed open retries again', async () => {
    const f = factory();
    const clock = new ManualClock();
    let up = false;
    const p = await ReopeningPort.open({ open: f.open, clock, retryMs: 1000, canOpen: () => up });
    f.made[0]?.break('gone');
    clock.advance(3000);
    await tick();
    assert.equal(f.made.length, 1, 'interface not usable: no attempt');
    up = true;
    f.failOpens(1);
    clock.advance(1000);
    await tick();
    assert.equal(f.made.length, 1, 'first attempt failed');
    assert.equal(clock.pending, 1, 'and the next is scheduled');
    clock.advance(1000);
    await tick();
    assert.equal(f.made.length, 2);
    assert.equal(p.broken, undefined);
    assert.equal(clock.pending, 0);
    p.close();
  });

  it('close() while broken stops the retries; a reopen finishing after close releases its attachment', async () => {
    const f = factory();
    const clock = new ManualClock();
    const p = await ReopeningPort.open({ open: f.open, clock });
    f.made[0]?.break('gone');
    assert.equal(clock.pending, 1);
    const r = p.reopen();
    p.close();
    assert.equal(await r, false);
    assert.equal(f.made[1]?.closed, true);
    assert.equal(clock.pending, 0);
    assert.throws(() => p.send(Buffer.alloc(1)), /closed/);
  });
});
