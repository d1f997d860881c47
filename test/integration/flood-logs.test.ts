/**
 * Traffic from anyone on the powerline does not flood the log: 200 SDP requests over real UDP, 30 TCP connects to the
 * SECC over loopback and 50 CM_SLAC_PARM.REQ from different EVs give at most LOG_LIMIT_BURST lines each, plus one
 * "suppressed N" line per kind when the window ends (on the injected clock).
 */

import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { ManualClock, systemClock } from '../../src/core/clock.js';
import { memoryLogger } from '../../src/core/log.js';
import { LOG_LIMIT_BURST, LOG_LIMIT_WINDOW_MS, LogLimiter } from '../../src/core/log-limit.js';
import { encodeSdpRequestDatagram, SdpSecurity, SdpTransport } from '../../src/sdp/sdp.js';
import { SdpServer } from '../../src/sdp/server.js';
import { openUdp6 } from '../../src/sdp/udp.js';
import { V2gServer } from '../../src/v2gtp/tcp-server.js';
import { evseHarness, parmReq } from '../slac/machine-helpers.js';

const msgs = (lines: Record<string, unknown>[], re: RegExp) => lines.filter((l) => re.test(String(l.msg)));

async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
}

describe('log flood from strangers on the powerline', () => {
  it('SDP: 200 requests, each answered, at most the burst logged, then one suppressed line', async () => {
    const clock = new ManualClock();
    const limiter = new LogLimiter({ clock });
    const { log, lines } = memoryLogger('debug');
    const server = await SdpServer.start({
      port: 0,
      bindAddress: '::1',
      endpoint: { address: 'fe80::1', port: 50000 },
      log,
      logLimiter: limiter,
    });
    const sock = await openUdp6({ port: 0, address: '::1' });
    try {
      const req = encodeSdpRequestDatagram({ security: SdpSecurity.NONE, transport: SdpTransport.TCP });
      for (let i = 0; i < 200; i++) await sock.send(req, server.port, '::1');
      await until(() => server.stats.answered === 200);
      assert.equal(server.stats.answered, 200, 'every request is still answered');
      assert.equal(msgs(lines, /^SDP request answered/).length, LOG_LIMIT_BURST);
      clock.advance(LOG_LIMIT_WINDOW_MS);
      const s = msgs(lines, /^suppressed/);
      assert.equal(s.length, 1);
      assert.equal(s[0]?.suppressed, 200 - LOG_LIMIT_BURST);
      assert.equal(s[0]?.mod, 'sdp');
    } finally {
      await sock.close();
      await server.close();
    }
  });

  it('TCP: 30 connects to the SECC, at most the burst logged, then one suppressed line', async () => {
    const clock = new ManualClock();
    const limiter = new LogLimiter({ clock });
    const { log, lines } = memoryLogger('debug');
    let connections = 0;
    const server = await V2gServer.listen({
      host: '::1',
      clock: systemClock,
      log,
      logLimiter: limiter,
      onConnection: (c) => {
        connections++;
        c.close('test');
      },
    });
    try {
      for (let i = 0; i < 30; i++) {
        await new Promise<void>((resolve) => {
          const s = connect({ host: '::1', port: server.port }, () => s.end());
          s.on('close', () => resolve());
          s.on('error', () => resolve());
        });
      }
      await until(() => connections === 30);
      assert.equal(connections, 30);
      assert.equal(msgs(lines, /^car connected/).length, LOG_LIMIT_BURST);
      clock.advance(LOG_LIMIT_WINDOW_MS);
      const s = msgs(lines, /^suppressed/);
      assert.equal(s.length, 1);
      assert.equal(s[0]?.suppressed, 30 - LOG_LIMIT_BURST);
    } finally {
      await server.close();
    }
  });

  it('SLAC: 50 CM_SLAC_PARM.REQ from 50 EVs, at most the burst logged, then one suppressed line', () => {
    const { log, lines } = memoryLogger('debug');
    // as many matching sessions at once as EVs (the default C_EVSE_match_parallel of 5 would ignore the rest)
    const h = evseHarness({ log, options: { modem: 'none', maxParallel: 50 } });
    for (let i = 0; i < 50; i++) {
      h.inject(Buffer.from([0x02, 0, 0, 0, 0x0b, i]), parmReq(Buffer.alloc(8, i + 1)));
      h.clock.advance(5);
    }
    assert.equal(msgs(lines, /^CM_SLAC_PARM\.REQ: session started/).length, LOG_LIMIT_BURST);
    // each EV was still answered
    assert.equal(h.types().filter((t) => t === 'CM_SLAC_PARM.CNF').length, 50);
    h.clock.advance(LOG_LIMIT_WINDOW_MS);
    const s = msgs(lines, /^suppressed/);
    assert.equal(s.length, 1);
    assert.equal(s[0]?.suppressed, 50 - LOG_LIMIT_BURST);
    h.actor.stop();
  });
});
