import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { systemClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { encodeMessage, PayloadType } from '../../src/v2gtp/header.js';
import {
  connectV2g,
  SECC_PORT_RANGE_MAX,
  SECC_PORT_RANGE_MIN,
  type V2gCloseInfo,
  V2gConnectError,
  type V2gConnection,
  V2gServer,
} from '../../src/v2gtp/transport.js';

/** supportedAppProtocolReq / Res payloads from 2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng #439/#444. */
const SAP_REQ = Buffer.from('8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040', 'hex');
const SAP_RES = Buffer.from('80400040', 'hex');

function nextMessage(conn: V2gConnection): Promise<{ payload: Buffer; payloadType: number }> {
  return new Promise((resolve) => {
    const off = conn.onMessage((payload, payloadType) => {
      off();
      resolve({ payload: Buffer.from(payload), payloadType });
    });
  });
}

function closed(conn: V2gConnection): Promise<V2gCloseInfo> {
  return new Promise((resolve) => conn.onClose(resolve));
}

function rawConnect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '::1', port }, () => resolve(s));
    s.once('error', reject);
  });
}

function socketClosed(s: Socket): Promise<void> {
  return new Promise((resolve) => {
    s.on('error', () => {});
    if (s.destroyed) resolve();
    else s.once('close', () => resolve());
  });
}

/** A SECC that answers every request with SAP_RES; returns what it saw. */
async function echoServer(extra: Partial<Parameters<typeof V2gServer.listen>[0]> = {}) {
  const conns: V2gConnection[] = [];
  const server = await V2gServer.listen({
    host: '::1',
    clock: systemClock,
    onConnection: (c) => {
      conns.push(c);
      c.onMessage(() => c.send(SAP_RES));
    },
    ...extra,
  });
  return { server, conns };
}

describe('V2G TCP transport on loopback', () => {
  it('listens on a port from 49152-65535 and carries a request/response round trip', async () => {
    const { server, conns } = await echoServer();
    try {
      assert.ok(server.port >= SECC_PORT_RANGE_MIN && server.port <= SECC_PORT_RANGE_MAX, String(server.port));
      const c = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      assert.equal(c.remotePort, server.port);
      const res = nextMessage(c);
      assert.ok(c.send(SAP_REQ));
      assert.deepEqual(await res, { payload: SAP_RES, payloadType: PayloadType.EXI });
      assert.equal(conns.length, 1);
      assert.equal(server.activeConnection, conns[0]);
      const serverSide = closed(conns[0] as V2gConnection);
      c.close('session stop');
      assert.equal((await serverSide).by, 'remote');
      assert.equal(c.send(SAP_REQ), false, 'no send after close');
    } finally {
      await server.close();
    }
  });

  it('uses a fixed port when configured and picks another random port when one is taken', async () => {
    const a = await V2gServer.listen({ host: '::1', clock: systemClock, onConnection: () => {} });
    try {
      const taken = a.port;
      await assert.rejects(
        V2gServer.listen({ host: '::1', port: taken, clock: systemClock, onConnection: () => {} }),
        (e: unknown) => e instanceof HardwareError && /EADDRINUSE/.test(e.message),
      );
      // force the random choice onto the taken port first: the server moves on to another one
      const span = SECC_PORT_RANGE_MAX - SECC_PORT_RANGE_MIN + 1;
      const seq = [(taken - SECC_PORT_RANGE_MIN + 0.5) / span];
      const b = await V2gServer.listen({
        host: '::1',
        clock: systemClock,
        random: () => seq.shift() ?? Math.random(),
        onConnection: () => {},
      });
      assert.notEqual(b.port, taken);
      assert.ok(b.port >= SECC_PORT_RANGE_MIN && b.port <= SECC_PORT_RANGE_MAX);
      await b.close();
    } finally {
      await a.close();
    }
  });

  it('reassembles messages the peer writes in pieces, and several in one write', async () => {
    const got: Buffer[] = [];
    let done: () => void = () => {};
    const all = new Promise<void>((r) => {
      done = r;
    });
    const server = await V2gServer.listen({
      host: '::1',
      clock: systemClock,
      onConnection: (c) =>
        c.onMessage((p) => {
          got.push(Buffer.from(p));
          if (got.length === 3) done();
        }),
    });
    const s = await rawConnect(server.port);
    try {
      s.setNoDelay(true);
      const frame = encodeMessage(PayloadType.EXI, SAP_REQ);
      s.write(frame.subarray(0, 3));
      s.write(frame.subarray(3, 11));
      s.write(frame.subarray(11));
      s.write(Buffer.concat([frame, frame]));
      await all;
      assert.deepEqual(got, [SAP_REQ, SAP_REQ, SAP_REQ]);
    } finally {
      s.destroy();
      await server.close();
    }
  });

  it('closes the connection on a bad V2GTP header and reports why', async () => {
    for (const [hex, kind] of [
      ['02fd800100000004', 'version'],
      ['01ff800100000004', 'inverse-version'],
      ['01fe123400000004', 'payload-type'],
      ['01fe800100100000', 'oversize'],
    ] as const) {
      const infos: Promise<V2gCloseInfo>[] = [];
      const server = await V2gServer.listen({
        host: '::1',
        clock: systemClock,
        maxPayloadBytes: 4096,
        onConnection: (c) => infos.push(closed(c)),
      });
      const s = await rawConnect(server.port);
      try {
        const gone = socketClosed(s);
        s.write(Buffer.from(hex, 'hex'));
        await gone;
        const info = await (infos[0] as Promise<V2gCloseInfo>);
        assert.equal(info.by, 'bad-header', hex);
        assert.equal((info.error as { kind?: string }).kind, kind);
      } finally {
        s.destroy();
        await server.close();
      }
    }
  });

  it('a second client while one is served is closed at once and does not disturb the first', async () => {
    const { log, lines } = memoryLogger('info');
    const { server, conns } = await echoServer({ log });
    try {
      const first = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      let r = nextMessage(first);
      first.send(SAP_REQ);
      await r;

      const second = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      const secondGone = closed(second);
      second.send(SAP_REQ); // must not reach the session of the first
      const info = await secondGone;
      assert.ok(info.by === 'remote' || info.by === 'error', info.by);
      assert.equal(server.rejected, 1);
      assert.equal(conns.length, 1, 'the session never saw the second client');

      r = nextMessage(first);
      first.send(SAP_REQ);
      assert.deepEqual((await r).payload, SAP_RES, 'the first session still works');
      assert.equal(first.closed, false);
      assert.ok(lines.some((l) => /second TCP connection/.test(String(l.msg))));

      // after the first car leaves, the next one is served
      const firstGone = closed(conns[0] as V2gConnection);
      first.close();
      await firstGone;
      const third = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      r = nextMessage(third);
      third.send(SAP_REQ);
      await r;
      assert.equal(conns.length, 2);
      third.close();
    } finally {
      await server.close();
    }
  });

  it('close() flushes a last response (FAILED_* then close) before the FIN', async () => {
    const server = await V2gServer.listen({
      host: '::1',
      clock: systemClock,
      onConnection: (c) =>
        c.onMessage(() => {
          c.send(SAP_RES);
          c.close('sequence error');
        }),
    });
    try {
      const c = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      const msg = nextMessage(c);
      const gone = closed(c);
      c.send(SAP_REQ);
      assert.deepEqual((await msg).payload, SAP_RES);
      assert.equal((await gone).by, 'remote');
    } finally {
      await server.close();
    }
  });

  it('queues messages that arrive before the first listener', async () => {
    let serverConn: V2gConnection | undefined;
    const server = await V2gServer.listen({
      host: '::1',
      clock: systemClock,
      onConnection: (c) => {
        serverConn = c;
        c.send(SAP_RES);
        c.send(SAP_RES);
      },
    });
    try {
      const c = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      // let both messages arrive with nobody listening
      await new Promise<void>((resolve) => {
        const poll = () =>
          (c as unknown as { queued: unknown[] }).queued.length === 2 ? resolve() : setImmediate(poll);
        poll();
      });
      const seen: Buffer[] = [];
      c.onMessage((p) => seen.push(p));
      assert.equal(seen.length, 2);
      c.close();
      assert.ok(serverConn);
    } finally {
      await server.close();
    }
  });

  it('gives up listening on an address that never appears (EADDRNOTAVAIL), after retrying', async () => {
    const { log, lines } = memoryLogger('info');
    await assert.rejects(
      V2gServer.listen({
        host: 'fe80::dead:beef%lo',
        clock: systemClock,
        log,
        listenRetryIntervalMs: 20,
        listenRetryTimeoutMs: 100,
        onConnection: () => {},
      }),
      (e: unknown) => e instanceof HardwareError && /EADDRNOTAVAIL/.test(e.message) && /tentative/.test(e.message),
    );
    assert.ok(lines.some((l) => /retrying/.test(String(l.msg))));
  });

  it('connect errors are V2gConnectError: refused, bad address, aborted', async () => {
    const tmp = await V2gServer.listen({ host: '::1', clock: systemClock, onConnection: () => {} });
    const port = tmp.port;
    await tmp.close();
    await assert.rejects(
      connectV2g({ host: '::1', port, clock: systemClock }),
      (e: unknown) => e instanceof V2gConnectError && /ECONNREFUSED/.test(e.message),
    );
    await assert.rejects(connectV2g({ host: 'fe80::1', port, clock: systemClock }), V2gConnectError);
    const { server } = await echoServer();
    try {
      const ac = new AbortController();
      const p = connectV2g({ host: '::1', port: server.port, clock: systemClock, signal: ac.signal });
      ac.abort();
      await assert.rejects(p, /aborted/);
    } finally {
      await server.close();
    }
  });
});
