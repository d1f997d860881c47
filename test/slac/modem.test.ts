/** Modem management (vendor MMEs) and `piccs modem`, against the sim hub's modem emulator. */

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { modemCommand } from '../../src/cli/commands/modem.js';
import { systemClock } from '../../src/core/clock.js';
import { HardwareError } from '../../src/core/errors.js';
import { SimHub } from '../../src/link/sim-hub.js';
import { queryModem, renderModemInfo } from '../../src/slac/modem.js';

function twoStations(silent = false) {
  const hub = new SimHub({ clock: systemClock, latencyMs: 0.2, modemLatencyMs: 0.1 });
  const evse = hub.addStation({
    name: 'evse',
    hostMac: '02:00:00:00:0e:01',
    modem: { mac: '02:00:00:00:0e:a0', silent, joinDelayMs: 0 },
  });
  const pev = hub.addStation({
    name: 'pev',
    hostMac: '02:00:00:00:0a:01',
    modem: { mac: '02:00:00:00:0a:a0', joinDelayMs: 0 },
  });
  return { hub, evse, pev };
}

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {}, isTTY: false }, out: () => out, err: () => err };
}

describe('modem management', () => {
  it('reads firmware, MAC and link down before SLAC', async () => {
    const { evse } = twoStations();
    const info = await queryModem(evse.port, systemClock, { timeoutMs: 2000 });
    assert.equal(info.mac, '02:00:00:00:0e:a0');
    assert.match(info.firmware, /QCA7420/);
    assert.equal(info.chip, 'QCA7420/AR7420');
    assert.equal(info.link, 'down');
    assert.deepEqual(info.networks, []);
  });

  it('shows link up and the peer station once both modems share an NMK', async () => {
    const { evse, pev } = twoStations();
    const key = Buffer.alloc(16, 9);
    if (evse.modem && pev.modem) {
      for (const m of [evse.modem, pev.modem]) {
        m.nmk = key;
        m.keySetAt = -1;
      }
    }
    const info = await queryModem(evse.port, systemClock, { timeoutMs: 2000, reset: true });
    assert.equal(info.link, 'up');
    assert.equal(info.networks[0]?.stations[0]?.hostMac, '02:00:00:00:0a:01');
    assert.equal(info.reset, true);
    assert.match(renderModemInfo(info), /station 02:00:00:00:0a:a0 host 02:00:00:00:0a:01/);
  });

  it('fails with a hint when no modem answers', async () => {
    const { evse } = twoStations(true);
    await assert.rejects(
      queryModem(evse.port, systemClock, { timeoutMs: 30, iface: 'eth1' }),
      (e: unknown) =>
        e instanceof HardwareError && /no HomePlug modem answered VS_SW_VER.REQ on eth1 within 30 ms/.test(e.message),
    );
  });

  it('piccs modem --json prints one JSON object; exit 2 and a clear message without modem', async () => {
    const ok = twoStations();
    const a = io();
    const code = await modemCommand(['--iface', 'simif', '--json', '--timeout', '2000'], a.io, {
      openPort: async (iface) => {
        assert.equal(iface, 'simif');
        return ok.evse.port;
      },
    });
    assert.equal(code, 0, a.err());
    const j = JSON.parse(a.out()) as { mac: string; link: string };
    assert.equal(j.mac, '02:00:00:00:0e:a0');
    assert.equal(j.link, 'down');

    const silent = twoStations(true);
    const b = io();
    const code2 = await modemCommand(['--iface', 'simif', '--timeout', '20'], b.io, {
      openPort: async () => silent.evse.port,
    });
    assert.equal(code2, 2);
    assert.match(b.err(), /no HomePlug modem answered/);
    assert.match(b.err(), /hint:/);
  });

  it('piccs modem: the interface going down during the query is exit 2 with its reason, not a timeout', async () => {
    const { evse } = twoStations(true);
    const a = io();
    let breakIt: (e: HardwareError) => void = () => {};
    let closed = false;
    const port = {
      ...evse.port,
      mac: evse.port.mac,
      send: (f: Buffer) => evse.port.send(f),
      onFrame: (h: (f: Buffer) => void) => evse.port.onFrame(h),
      close: () => {
        closed = true;
      },
      onError: (h: (e: HardwareError) => void) => {
        breakIt = h;
        return () => {};
      },
    };
    const t0 = Date.now();
    const running = modemCommand(['--iface', 'plc0', '--timeout', '5000'], a.io, { openPort: async () => port });
    await new Promise((r) => setImmediate(r));
    breakIt(new HardwareError('PLC interface plc0 down or removed (operstate down): raw capture stopped'));
    assert.equal(await running, 2);
    assert.ok(Date.now() - t0 < 4000, 'did not wait for the timeout');
    assert.match(a.err(), /^piccs modem: PLC interface plc0 down or removed \(operstate down\)/);
    assert.equal(closed, true);
  });
});
