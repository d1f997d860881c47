/**
 * Issue 13 B5 (sim): `piccs sim --pcap` records the whole session on the PLC side: SLAC and modem frames, SDP over
 * IPv6/UDP, and the V2G TCP connection (handshake, V2GTP/EXI data, ACKs, FIN) as real frames with correct
 * checksums and wall-clock timestamps; `piccs decode` of it gives the summary's per-message counts; tshark reads it.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runSim } from '../../src/app/sim.js';
import { readCapture } from '../../src/capture/pcap-reader.js';
import { decodeFrames } from '../../src/listen/decoder.js';
import { checkSessionCapture, checkWithTshark } from '../helpers/capture-checks.js';
import { TSHARK_SKIP } from '../helpers/tshark.js';

const dir = mkdtempSync(join(tmpdir(), 'piccs-sim-pcap-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('piccs sim --pcap: the whole session', () => {
  for (const [protocol, mode] of [
    ['din', 'dc'],
    ['iso2', 'ac'],
  ] as const) {
    it(`${protocol} ${mode}: SLAC, SDP and TCP frames; decode counts equal the summary`, async () => {
      const file = join(dir, `${protocol}-${mode}.pcap`);
      const startMs = Date.now();
      const { summary, exitOk } = await runSim({ protocol, mode, chargeSeconds: 2, speed: 0, pcap: file });
      assert.equal(exitOk, true);
      // the capture spans the simulated session from the wall-clock start of the run
      const decoded = checkSessionCapture(file, summary.messages, { startMs, endMs: Date.now() + 60_000 });
      assert.equal(decoded.connections, 1);
      assert.equal(decoded.sessions.length, 1);
      assert.equal(decoded.sessions[0]!.protocol, protocol);
      assert.equal(decoded.sessions[0]!.end, 'SessionStop');
      assert.equal(decoded.retransmissions, 0);
      assert.equal(decoded.anomalies, 0);
    });
  }

  it('tshark dissects HomePlug AV, IPv6/UDP and IPv6/TCP, every checksum good', { skip: TSHARK_SKIP }, async () => {
    const file = join(dir, 'tshark.pcap');
    await runSim({ protocol: 'din', mode: 'dc', chargeSeconds: 1, speed: 0, pcap: file });
    const counts = checkWithTshark(file);
    assert.ok(counts && counts.tcp > 20, JSON.stringify(counts));
  });

  it('a dropped connection ends with a reset from the charger', async () => {
    const file = join(dir, 'drop.pcap');
    await runSim({ protocol: 'din', mode: 'dc', chargeSeconds: 2, speed: 0, pcap: file, fault: 'tcp-drop' });
    const { events } = decodeFrames(readCapture(readFileSync(file)));
    assert.ok(events.some((e) => e.type === 'tcp' && e.what === 'reset' && e.dir === 'EVSE -> EV'));
  });
});
