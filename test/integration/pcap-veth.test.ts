/**
 * Issue 13 B5 (roles): `piccs evse --pcap FILE` and `piccs pev --pcap FILE` over a veth pair in two network
 * namespaces (root only) record what crossed the interface: the raw SLAC frames both ways, SDP over IPv6/UDP and
 * the kernel's V2G TCP connection with V2GTP/EXI, with wall-clock timestamps and correct checksums (offloaded ones
 * completed); `piccs decode` of each file gives the run's per-message counts, and tshark reads every layer.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkSessionCapture, checkWithTshark } from '../helpers/capture-checks.js';
import { NEEDS_CAP, needs } from '../helpers/needs.js';
import { createNetnsPair, NETNS_SKIP, type NetnsPair } from '../helpers/netns.js';
import { TSHARK_SKIP } from '../helpers/tshark.js';
import { lastJson, runPiccs } from './role-process.js';

// the roles need the cap addon: without it (outside CI) the suite skips, listed with the fix at the end of the run
const SKIP = needs(NETNS_SKIP, NEEDS_CAP);

describe('piccs evse|pev --pcap over veth', { skip: SKIP }, () => {
  let pair: NetnsPair | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'piccs-role-pcap-'));
  const recorded: string[] = [];

  before(() => {
    pair = createNetnsPair({ tag: 'pcp' });
  });
  after(() => {
    pair?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('both files hold SLAC, SDP and TCP; decode counts equal each summary', async () => {
    const p = pair as NetnsPair;
    const evseFile = join(dir, 'evse.pcap');
    const pevFile = join(dir, 'pev.pcap');
    const common = ['--hw', 'sim', '--modem', 'none', '--once', '--json', '--set', 'session.chargeSeconds=2'];
    const startMs = Date.now();
    const evse = runPiccs(p.a.ns, ['evse', '--iface', p.a.iface, '--pcap', evseFile, ...common]);
    await evse.waitFor('SECC listening');
    const pev = runPiccs(p.b.ns, ['pev', '--iface', p.b.iface, '--pcap', pevFile, ...common]);
    const [ec, pc] = await Promise.all([evse.code, pev.code]);
    assert.equal(pc, 0, `pev exit ${pc}\n${pev.stdout()}\n${pev.stderr().slice(-3000)}`);
    assert.equal(ec, 0, `evse exit ${ec}\n${evse.stdout()}\n${evse.stderr().slice(-3000)}`);
    const span = { startMs, endMs: Date.now() };
    for (const [name, file, proc] of [
      ['evse', evseFile, evse],
      ['pev', pevFile, pev],
    ] as const) {
      const summary = lastJson(proc.stdout());
      const messages = summary.messages as Record<string, number>;
      assert.ok((messages.CurrentDemandReq ?? 0) > 0, `${name}: ${JSON.stringify(messages)}`);
      // a veth pair has no modem
      const decoded = checkSessionCapture(file, messages, span, { modem: false });
      assert.equal(decoded.sessions.at(-1)?.end, 'SessionStop', `${name}: ${JSON.stringify(decoded.sessions)}`);
      console.log(
        `# ${name}.pcap: ${decoded.frames} frames, HomePlug ${decoded.homeplug}, SDP ${decoded.sdpCounts.req}/${decoded.sdpCounts.res}, V2G ${decoded.v2g}`,
      );
      recorded.push(file);
    }
  });

  it('tshark dissects HomePlug AV, IPv6/UDP and IPv6/TCP in both files, every checksum good', {
    skip: TSHARK_SKIP,
  }, () => {
    assert.equal(recorded.length, 2, 'the session above recorded both files');
    for (const file of recorded) {
      const counts = checkWithTshark(file);
      console.log(
        `# tshark ${file.split('/').at(-1)}: HomePlug ${counts?.homeplug}, UDP ${counts?.udp}, TCP ${counts?.tcp}`,
      );
    }
  });
});
