/**
 * The cap adapter: filters, MAC lookup, and the capture child's failure paths with a fake child speaking the pipe
 * framing (no root, no cap). Opening a real interface needs root: see slac-veth.test.ts and listen-veth.test.ts.
 */

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fromHex } from '../../src/core/bytes.js';
import { ManualClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import {
  CAP_INSTALL_HINT,
  CAP_PERMISSION_HINT,
  interfaceDownNote,
  interfaceMac,
  openPcapPort,
  type PcapPortOptions,
  slacFilter,
} from '../../src/link/pcap.js';
import type { NetifReader } from '../../src/netif/netif.js';

const FAKE = fileURLToPath(new URL('./fake-pcap-child.js', import.meta.url));
const MAC = fromHex('02000000000a');

/** Options that run the fake child in `mode`; `spawned` holds the child process for the test's checks. */
function fake(mode: string, extra: Partial<PcapPortOptions> = {}) {
  const spawned: ChildProcess[] = [];
  const opts: PcapPortOptions = {
    iface: 'lo',
    mac: MAC,
    spawnChild: (argsJson) => {
      const c = spawn(process.execPath, [FAKE, mode, argsJson], { stdio: ['pipe', 'pipe', 'pipe'] });
      spawned.push(c);
      return c;
    },
    ...extra,
  };
  return { opts, spawned };
}

/** A reader that shows one interface with the given operstate (undefined: the interface does not exist). */
function netifWith(operstate: string | undefined): NetifReader {
  return {
    readFile: (path) =>
      path.endsWith('/operstate') ? (operstate === undefined ? undefined : `${operstate}\n`) : undefined,
    listInterfaces: () => [],
  };
}

const exited = (c: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) resolve({ code: c.exitCode, signal: c.signalCode });
    else c.once('exit', (code, signal) => resolve({ code, signal }));
  });

const nextError = (port: { onError?: (h: (e: HardwareError) => void) => () => void }) =>
  new Promise<HardwareError>((resolve) => {
    const off = port.onError?.((e) => {
      off?.();
      resolve(e);
    });
  });

describe('cap adapter', () => {
  it('builds the SLAC BPF filter that excludes our own frames', () => {
    assert.equal(slacFilter(fromHex('02000000000a')), 'ether proto 0x88e1 and not ether src 02:00:00:00:00:0a');
  });

  it('reads an interface MAC from sysfs', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    assert.equal(interfaceMac('lo').toString('hex'), '000000000000');
  });

  it('names the existing interfaces when the one asked for is missing', {
    skip: process.platform !== 'linux' && 'Linux only',
  }, async () => {
    await assert.rejects(
      openPcapPort({ iface: 'nosuchif0' }),
      (e: unknown) =>
        e instanceof HardwareError && /not found/.test(e.message) && /interfaces here: .*lo/.test(e.message),
    );
  });

  it("says 'down or removed' only when sysfs shows the interface down or gone", () => {
    assert.equal(interfaceDownNote('eth1', netifWith('up')), undefined);
    assert.equal(interfaceDownNote('lo', netifWith('unknown')), undefined);
    assert.equal(interfaceDownNote('eth1', netifWith('down')), 'down or removed (operstate down)');
    assert.equal(interfaceDownNote('eth1', netifWith('lowerlayerdown')), 'down or removed (operstate lowerlayerdown)');
    assert.equal(interfaceDownNote('eth1', netifWith(undefined)), 'down or removed (no such interface now)');
    assert.equal(interfaceDownNote('../x', netifWith('up')), 'down or removed (no such interface now)');
  });
});

describe('cap adapter: the capture child (fake child, pipe framing)', { timeout: 20_000 }, () => {
  it('passes iface, filter, buffer size and MAC to the child', async () => {
    const f = fake('args', { iface: 'plc0', filter: (m) => `ether src ${m.toString('hex')}`, bufferSize: 4096 });
    const port = await openPcapPort(f.opts);
    const reply = new Promise<Buffer>((resolve) => port.onFrame(resolve));
    port.send(Buffer.alloc(60));
    const got = await reply;
    assert.deepEqual(JSON.parse(got.toString()), {
      iface: 'plc0',
      filter: 'ether src 02000000000a',
      bufferSize: 4096,
      mac: '02000000000a',
    });
    port.close();
    await exited(f.spawned[0] as ChildProcess);
  });

  it('sends frames to the child and emits what it receives; close() ends the child', async () => {
    const f = fake('echo');
    const port = await openPcapPort(f.opts);
    assert.deepEqual(port.mac, MAC);
    const frames: Buffer[] = [];
    const two = new Promise<void>((resolve) =>
      port.onFrame((fr) => {
        frames.push(fr);
        if (frames.length === 2) resolve();
      }),
    );
    port.send(Buffer.from('0102030405', 'hex'));
    port.send(Buffer.alloc(1514, 7));
    await two;
    assert.deepEqual(frames, [Buffer.from('0102030405', 'hex'), Buffer.alloc(1514, 7)]);
    let errors = 0;
    port.onError?.(() => errors++);
    port.close();
    port.close();
    const end = await exited(f.spawned[0] as ChildProcess);
    assert.ok(end.code === 0 || end.signal === 'SIGTERM', JSON.stringify(end));
    assert.equal(errors, 0, 'close() is not an error');
    assert.throws(
      () => port.send(Buffer.alloc(60)),
      (e: unknown) => e instanceof HardwareError && /closed/.test(e.message),
    );
  });

  it('the child dies by SIGABRT (cap on an interface going down): onError with the reason, sends throw, no throw into the loop', async () => {
    const mem = memoryLogger();
    const f = fake('echo', { iface: 'plc0', netif: netifWith('down'), log: mem.log });
    const port = await openPcapPort(f.opts);
    let frames = 0;
    port.onFrame(() => frames++);
    const errors: HardwareError[] = [];
    port.onError?.((e) => errors.push(e));
    // a throwing handler is logged, not thrown into the event loop
    port.onError?.(() => {
      throw new Error('handler bug');
    });
    const err = nextError(port);
    port.send(Buffer.from([0xde]));
    const e = await err;
    assert.ok(e instanceof HardwareError);
    assert.match(
      e.message,
      /^PLC interface plc0 down or removed \(operstate down\): raw capture stopped \(capture process killed by SIGABRT\)/,
    );
    assert.equal(e.context.signal, 'SIGABRT');
    assert.match(String(e.context.stderr), /Assertion `status == 0' failed/);
    assert.equal(errors.length, 1);
    assert.throws(
      () => port.send(Buffer.alloc(60)),
      (x: unknown) => x === e,
    );
    assert.equal(frames, 0);
    const logged = mem.lines.find((l) => l.msg === 'raw capture stopped');
    assert.ok(logged, 'the death is logged');
    assert.ok(mem.lines.some((l) => l.msg === 'link error handler threw'));
    port.close();
  });

  it('a death while the interface is up says so without blaming the interface', async () => {
    const f = fake('echo', { netif: netifWith('unknown') });
    const port = await openPcapPort(f.opts);
    const err = nextError(port);
    port.send(Buffer.from([0xde]));
    assert.match((await err).message, /^raw capture on lo stopped: capture process killed by SIGABRT$/m);
  });

  it('an interface that vanished is named as removed', async () => {
    const f = fake('echo', { iface: 'usbplc0', netif: netifWith(undefined) });
    const port = await openPcapPort(f.opts);
    const err = nextError(port);
    (f.spawned[0] as ChildProcess).kill('SIGKILL');
    assert.match(
      (await err).message,
      /^PLC interface usbplc0 down or removed \(no such interface now\): raw capture stopped \(capture process killed by SIGKILL\)/,
    );
  });

  it('garbage from the child breaks the port with a typed reason and ends the child', async () => {
    const f = fake('echo');
    const port = await openPcapPort(f.opts);
    const err = nextError(port);
    port.send(Buffer.from([0xbb]));
    assert.match((await err).message, /sent bad data: unknown pipe message type 255/);
    await exited(f.spawned[0] as ChildProcess);
  });

  it('a failed send in the child is a warning: the port stays open', async () => {
    const mem = memoryLogger();
    const f = fake('echo', { log: mem.log });
    const port = await openPcapPort(f.opts);
    port.send(Buffer.from([0xee]));
    const echoed = new Promise<Buffer>((resolve) => port.onFrame(resolve));
    port.send(Buffer.from([1, 2]));
    assert.deepEqual(await echoed, Buffer.from([1, 2]));
    const warn = mem.lines.find((l) => l.msg === 'send failed');
    assert.equal(warn?.err, 'send failed: Network is down');
    port.close();
  });

  it("opening fails with the child's own error and hint (cap missing, permission denied)", async () => {
    await assert.rejects(
      openPcapPort(fake('error').opts),
      (e: unknown) =>
        e instanceof HardwareError &&
        e.hint === 'npm install' &&
        /^cannot capture on 'fake0': no cap here/.test(e.message),
    );
  });

  it('a child that exits before ready without a message: code and its last stderr line', async () => {
    await assert.rejects(
      openPcapPort(fake('exit3').opts),
      (e: unknown) =>
        e instanceof HardwareError &&
        /cannot capture on 'lo': capture process exited with code 3/.test(e.message) &&
        e.hint === 'last words of the child',
    );
  });

  it('a child that never gets ready: the open times out on the clock and the child is ended', async () => {
    const clock = new ManualClock();
    const f = fake('silent', { clock, readyTimeoutMs: 500 });
    const opening = openPcapPort(f.opts);
    assert.equal(clock.pending, 1);
    clock.advance(500);
    await assert.rejects(
      opening,
      (e: unknown) => e instanceof HardwareError && /not ready within 500 ms/.test(e.message),
    );
    assert.equal((await exited(f.spawned[0] as ChildProcess)).signal, 'SIGKILL');
  });

  it('the real capture child reports an unopenable interface with a hint (addon missing or device error)', async () => {
    await assert.rejects(
      openPcapPort({ iface: 'nosuchif0', mac: MAC }),
      (e: unknown) =>
        e instanceof HardwareError &&
        (e.hint === CAP_INSTALL_HINT || e.hint === CAP_PERMISSION_HINT) &&
        /nosuchif0|'cap'/.test(e.message),
    );
  });
});
