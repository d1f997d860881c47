/**
 * `piccs listen` on a real interface (root only): a veth pair in the root namespace, frames injected through cap
 * on one end, the listener on the other end with --json and --pcap. Names are unique per process and deleted by
 * exact name afterwards.
 */

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { readCapture } from '../../src/capture/pcap-reader.js';
import listen from '../../src/cli/commands/listen.js';
import { openPcapPort } from '../../src/link/pcap.js';
import { NEEDS_CAP, needs } from '../helpers/needs.js';
import { BCAST, EV_MAC, EVSE_MAC, mme } from '../listen/frames.js';
import { IS_ROOT, NOT_ROOT_MESSAGE } from './veth.js';

const id = process.pid.toString(36);
const ifA = `pcl${id}a`.slice(0, 15);
const ifB = `pcl${id}b`.slice(0, 15);

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

describe('piccs listen over veth (cap)', { skip: needs(IS_ROOT ? false : NOT_ROOT_MESSAGE, NEEDS_CAP) }, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'piccs-listen-'));
    ip('link', 'add', ifA, 'type', 'veth', 'peer', 'name', ifB);
    ip('link', 'set', ifA, 'up');
    ip('link', 'set', ifB, 'up');
  });
  after(async () => {
    // let libpcap finish closing its handles before the interface disappears under them
    await new Promise((r) => setTimeout(r, 100));
    try {
      ip('link', 'del', ifA);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the timeline of injected SLAC frames as JSON and records them to pcap', async () => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    const pcap = join(dir, 'live.pcap');
    const run = listen.run(['--iface', ifA, '--json', '--pcap', pcap, '--seconds', '1.5'], {
      stdout,
      stderr,
      stdin: new PassThrough(),
      env: {},
      isTTY: false,
    });
    // wait until the capture is open, then inject
    for (let i = 0; i < 100 && !Buffer.concat(err).toString().includes('capturing on'); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const tx = await openPcapPort({ iface: ifB, filter: 'ether proto 0x88e1' });
    try {
      tx.send(mme(BCAST, EV_MAC, 0x6064));
      tx.send(mme(EV_MAC, EVSE_MAC, 0x6065, Buffer.alloc(40)));
    } finally {
      tx.close();
    }
    assert.equal(await run, 0, Buffer.concat(err).toString());
    const lines = Buffer.concat(out)
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const hp = lines.filter((l) => l.type === 'homeplug');
    assert.deepEqual(
      hp.map((l) => [l.mmtype, l.name, l.dir]),
      [
        [0x6064, 'CM_SLAC_PARM.REQ', 'EV -> EVSE'],
        [0x6065, 'CM_SLAC_PARM.CNF', 'EVSE -> EV'],
      ],
    );
    assert.equal(lines.at(-1)!.type, 'summary');
    const recorded = [...readCapture(readFileSync(pcap))].filter((f) => f.data.readUInt16BE(12) === 0x88e1);
    assert.equal(recorded.length, 2);
  });
});
