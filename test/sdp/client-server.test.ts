import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock, systemClock } from '../../src/core/clock.js';
import { ConfigError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/log.js';
import { discoverSecc, SDP_MAX_REQUESTS, SdpAbortedError, SdpTimeoutError } from '../../src/sdp/client.js';
import {
  decodeSdpDatagram,
  encodeSdpRequestDatagram,
  encodeSdpResponseDatagram,
  SdpSecurity,
  SdpTransport,
} from '../../src/sdp/sdp.js';
import { answerSdpRequest, SdpServer } from '../../src/sdp/server.js';
import { type DatagramPeer, type DatagramSocket, openUdp6 } from '../../src/sdp/udp.js';
import { SDP_REQUEST_VECTORS, SDP_RESPONSE_VECTORS } from './vectors.js';

/** In-memory datagram socket: records sends, lets the test deliver datagrams. */
class FakeSocket implements DatagramSocket {
  readonly localPort = 50032;
  sent: { buf: Buffer; port: number; address: string }[] = [];
  closed = false;
  private handler: ((buf: Buffer, from: DatagramPeer) => void) | undefined;
  send(buf: Buffer, port: number, address: string): Promise<void> {
    this.sent.push({ buf, port, address });
    return Promise.resolve();
  }
  onMessage(fn: (buf: Buffer, from: DatagramPeer) => void): void {
    this.handler = fn;
  }
  onError(): void {}
  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
  deliver(buf: Buffer, from: DatagramPeer): void {
    this.handler?.(buf, from);
  }
}

describe('SDP server answer (pure)', () => {
  it('answers a no-TLS request with the TCP endpoint, zone stripped', () => {
    const a = answerSdpRequest(
      { security: SdpSecurity.NONE, transport: SdpTransport.TCP },
      { address: 'fe80::1%eth1', port: 50000 },
    );
    assert.deepEqual(a, {
      response: { address: 'fe80::1', port: 50000, security: SdpSecurity.NONE, transport: SdpTransport.TCP },
      notes: [],
    });
  });

  it('Tesla Model X asks for TLS: still answered, with the TCP endpoint and no TLS (pyPLC PR #42)', () => {
    const tesla = SDP_REQUEST_VECTORS.find((v) => v.name === 'tesla-model-x-tls');
    const req = decodeSdpDatagram(Buffer.from(tesla?.hex ?? '', 'hex'));
    assert.equal(req.kind, 'req');
    if (req.kind !== 'req') return;
    const a = answerSdpRequest(req, { address: 'fe80::d62b:3a3:a2e9:cf32', port: 15118 });
    assert.deepEqual(a.notes, ['tls-fallback']);
    // byte-identical to what pyPLC answered in that capture (frame #57)
    const expected = SDP_RESPONSE_VECTORS.find((v) => v.name === 'pyplc-evse-tls-fallback');
    assert.equal(encodeSdpResponseDatagram(a.response).toString('hex'), expected?.hex);
  });

  it('offers TLS only when the endpoint supports it; UDP requests get TCP', () => {
    const a = answerSdpRequest(
      { security: SdpSecurity.TLS, transport: SdpTransport.UDP },
      { address: 'fe80::1', port: 1, tls: true },
    );
    assert.equal(a.response.security, SdpSecurity.TLS);
    assert.equal(a.response.transport, SdpTransport.TCP);
    assert.deepEqual(a.notes, ['udp-requested']);
  });
});

describe('SDP client timing (ManualClock, fake socket)', () => {
  it('sends 50 requests to ff02::1%iface 250 ms apart, then fails with SdpTimeoutError', async () => {
    const clock = new ManualClock();
    const sock = new FakeSocket();
    const p = discoverSecc({ iface: 'plc0', clock, socket: sock });
    const times: number[] = [];
    const seen = () => {
      while (times.length < sock.sent.length) times.push(clock.now());
    };
    seen();
    for (let i = 0; i < 60 && clock.runNext(); i++) seen();
    await assert.rejects(p, (e: unknown) => e instanceof SdpTimeoutError && /50 request/.test(e.message));
    assert.equal(sock.sent.length, SDP_MAX_REQUESTS);
    assert.ok(sock.sent.every((s) => s.address === 'ff02::1%plc0' && s.port === 15118));
    assert.equal(sock.sent[0]?.buf.toString('hex'), '01fe9000000000021000');
    for (let i = 1; i < times.length; i++) assert.equal((times[i] as number) - (times[i - 1] as number), 250);
    // the last request also gets its full 250 ms before giving up
    assert.equal(clock.now(), 50 * 250);
    assert.equal(clock.pending, 0);
    assert.equal(sock.closed, false, 'an injected socket is left to its owner');
  });

  it('resolves on the first response, zoning a link-local SECC address to the interface', async () => {
    const clock = new ManualClock();
    const sock = new FakeSocket();
    const p = discoverSecc({ iface: 'plc0', clock, socket: sock, retryIntervalMs: 500 });
    clock.advance(1000); // three requests out (t=0, 500, 1000)
    clock.advance(100);
    const abb = SDP_RESPONSE_VECTORS.find((v) => v.name === 'abb-port-53537');
    sock.deliver(Buffer.from(abb?.hex ?? '', 'hex'), { address: 'fe80::5610:ecff:fea1:f3e2%plc0', port: 15118 });
    const r = await p;
    assert.equal(r.address, 'fe80::5610:ecff:fea1:f3e2%plc0');
    assert.equal(r.port, 53537);
    assert.equal(r.requests, 3);
    assert.equal(r.elapsedMs, 1100);
    assert.equal(clock.pending, 0, 'retry timer cancelled');
  });

  it('ignores garbage, its own request and a TLS-only answer, keeps retrying', async () => {
    const clock = new ManualClock();
    const sock = new FakeSocket();
    const { log, lines } = memoryLogger('debug');
    const p = discoverSecc({ iface: 'plc0', clock, socket: sock, log });
    const from = { address: 'fe80::2%plc0', port: 15118 };
    sock.deliver(Buffer.from('01fe90', 'hex'), from);
    sock.deliver(encodeSdpRequestDatagram({ security: 0x10, transport: 0 }), from);
    sock.deliver(encodeSdpResponseDatagram({ address: 'fe80::2', port: 50000, security: 0x00, transport: 0 }), from);
    clock.advance(250);
    assert.equal(sock.sent.length, 2);
    sock.deliver(encodeSdpResponseDatagram({ address: 'fe80::2', port: 50001, security: 0x10, transport: 0 }), from);
    assert.equal((await p).port, 50001);
    assert.ok(lines.some((l) => /bad SDP datagram/.test(String(l.msg))));
    assert.ok(lines.some((l) => /only TLS/.test(String(l.msg))));
  });

  it('can be aborted', async () => {
    const clock = new ManualClock();
    const ac = new AbortController();
    const p = discoverSecc({ iface: 'plc0', clock, socket: new FakeSocket(), signal: ac.signal });
    ac.abort('unplugged');
    await assert.rejects(p, (e: unknown) => e instanceof SdpAbortedError && /unplugged/.test(e.message));
    assert.equal(clock.pending, 0);
  });

  it('refuses timings the standard does not allow', async () => {
    const clock = new ManualClock();
    await assert.rejects(
      discoverSecc({ iface: 'x', clock, socket: new FakeSocket(), retryIntervalMs: 100 }),
      ConfigError,
    );
    await assert.rejects(discoverSecc({ iface: 'x', clock, socket: new FakeSocket(), maxRequests: 51 }), ConfigError);
  });
});

describe('SDP server (fake socket)', () => {
  it('answers only requests arriving on its interface, unicast to the source address and port', async () => {
    const sock = new FakeSocket();
    const server = await SdpServer.start({
      iface: 'plc0',
      socket: sock,
      endpoint: { address: 'fe80::1', port: 50000 },
    });
    const req = encodeSdpRequestDatagram({ security: 0x10, transport: 0 });
    sock.deliver(req, { address: 'fe80::99%wlan0', port: 50001 });
    sock.deliver(req, { address: 'fe80::2%plc0', port: 50002 });
    await new Promise((r) => setImmediate(r));
    assert.equal(sock.sent.length, 1);
    assert.equal(sock.sent[0]?.address, 'fe80::2%plc0');
    assert.equal(sock.sent[0]?.port, 50002);
    const res = decodeSdpDatagram(sock.sent[0]?.buf ?? Buffer.alloc(0));
    assert.deepEqual(res, { kind: 'res', address: 'fe80::1', port: 50000, security: 0x10, transport: 0 });
    assert.deepEqual(server.stats, { requests: 1, answered: 1, dropped: 1, tlsFallbacks: 0 });
    server.setEndpoint({ address: 'fe80::1', port: 50010 });
    sock.deliver(req, { address: 'fe80::2%plc0', port: 50002 });
    await new Promise((r) => setImmediate(r));
    const res2 = decodeSdpDatagram(sock.sent[1]?.buf ?? Buffer.alloc(0));
    assert.equal(res2.kind === 'res' && res2.port, 50010);
  });

  it('timing hooks: onRequest before the answer is sent, onAnswer after; nothing for dropped datagrams', async () => {
    const sock = new FakeSocket();
    const calls: string[] = [];
    await SdpServer.start({
      iface: 'plc0',
      socket: sock,
      endpoint: { address: 'fe80::1', port: 50000 },
      onRequest: (ev) => calls.push(`req ${ev.from.port} sec=${ev.request.security} sent=${sock.sent.length}`),
      onAnswer: (ev) => calls.push(`res ${ev.from.port} port=${ev.response.port} sent=${sock.sent.length}`),
    });
    const req = encodeSdpRequestDatagram({ security: SdpSecurity.NONE, transport: SdpTransport.TCP });
    sock.deliver(req, { address: 'fe80::99%wlan0', port: 50001 }); // another interface
    sock.deliver(Buffer.from('01fe9000', 'hex'), { address: 'fe80::2%plc0', port: 50002 }); // garbage
    const res = encodeSdpResponseDatagram({ address: 'fe80::3', port: 1, security: 0, transport: 0 });
    sock.deliver(res, { address: 'fe80::3%plc0', port: 50003 }); // a response, not a request
    sock.deliver(req, { address: 'fe80::2%plc0', port: 50004 });
    await new Promise((r) => setImmediate(r));
    sock.deliver(req, { address: 'fe80::2%plc0', port: 50005 }); // the car repeats its request
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(calls, [
      'req 50004 sec=16 sent=0',
      'res 50004 port=50000 sent=1',
      'req 50005 sec=16 sent=1',
      'res 50005 port=50000 sent=2',
    ]);
  });
});

describe('SDP server and client over real UDP on loopback', () => {
  it('answers the client unicast; a TLS request is answered with TCP and logged', async () => {
    const { log, lines } = memoryLogger('debug');
    const answers: string[] = [];
    const server = await SdpServer.start({
      port: 0,
      endpoint: { address: 'fe80::1234', port: 50123 },
      log,
      onAnswer: (ev) => answers.push(ev.from.address),
    });
    try {
      const r = await discoverSecc({
        iface: 'lo',
        clock: systemClock,
        destination: '::1',
        serverPort: server.port,
        security: SdpSecurity.TLS,
      });
      assert.equal(r.address, 'fe80::1234%lo');
      assert.equal(r.port, 50123);
      assert.equal(r.security, SdpSecurity.NONE);
      assert.equal(r.requests, 1);
      assert.deepEqual(answers, ['::1']);
      assert.equal(server.stats.tlsFallbacks, 1);
      assert.ok(lines.some((l) => l.level === 40 && /TLS is not supported/.test(String(l.msg))));
    } finally {
      await server.close();
    }
  });

  it('drops bad datagrams and datagrams from another interface without answering', async () => {
    const server = await SdpServer.start({ port: 0, iface: 'plc0', endpoint: { address: 'fe80::1', port: 50000 } });
    const sock = await openUdp6({ port: 0 });
    const got: Buffer[] = [];
    const first = new Promise<void>((resolve) =>
      sock.onMessage((b) => {
        got.push(b);
        resolve();
      }),
    );
    try {
      await sock.send(Buffer.from('deadbeef', 'hex'), server.port, '::1');
      await sock.send(
        encodeSdpResponseDatagram({ address: '::1', port: 1, security: 0x10, transport: 0 }),
        server.port,
        '::1',
      );
      await sock.send(encodeSdpRequestDatagram({ security: 0x10, transport: 0 }), server.port, '::1');
      // loopback keeps order: when the answer to the last datagram is in, the two before it were handled
      await first;
      assert.equal(got.length, 1, 'only the valid request is answered (loopback has no zone, so it is accepted)');
      assert.deepEqual(server.stats, { requests: 1, answered: 1, dropped: 2, tlsFallbacks: 0 });
    } finally {
      await sock.close();
      await server.close();
    }
  });
});
