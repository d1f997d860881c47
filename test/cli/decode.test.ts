import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { encodePcap } from '../../src/capture/pcap-writer.js';
import type { CliIO } from '../../src/cli/command.js';
import decode from '../../src/cli/commands/decode.js';
import { SHARED_MISSING, sharedPath } from '../helpers/shared.js';
import { BCAST, EV_MAC, EVSE_MAC, mme } from '../listen/frames.js';

function io(): { io: CliIO; out: () => string; err: () => string } {
  const o: Buffer[] = [];
  const e: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => o.push(c));
  stderr.on('data', (c: Buffer) => e.push(c));
  return {
    io: { stdout, stderr, stdin: new PassThrough(), env: {}, isTTY: false },
    out: () => Buffer.concat(o).toString(),
    err: () => Buffer.concat(e).toString(),
  };
}

describe('piccs decode', () => {
  const capture = sharedPath('fixtures/pyplc/results/2023-05-24_pyPlc_with_Ioniq93prcSoc.pcapng');
  it('--json: one object per line, HomePlug with numeric mmtype, SDP req/res, summary last', {
    skip: capture ? false : SHARED_MISSING,
  }, async () => {
    const t = io();
    assert.equal(await decode.run([capture!, '--json'], t.io), 0);
    const lines = t
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const hp = lines.filter((l) => l.type === 'homeplug');
    assert.equal(hp.length, 43);
    assert.ok(hp.some((l) => l.mmtype === 24676 && typeof l.name === 'string'));
    assert.deepEqual(
      lines.filter((l) => 'sdp' in l).map((l) => l.sdp),
      ['req', 'res'],
    );
    assert.equal(lines.filter((l) => l.type === 'v2g').length, 138);
    const last = lines.at(-1)!;
    assert.equal(last.type, 'summary');
    assert.equal(last.frames, 730);
  });

  it('text: a line per event and the summary', { skip: capture ? false : SHARED_MISSING }, async () => {
    const t = io();
    assert.equal(await decode.run([capture!], t.io), 0);
    const text = t.out();
    assert.match(text, /EV -> EVSE {2}SDP request/);
    assert.match(text, /EVSE -> EV {2}SDP response +SECC \[fe80::c690:83f3:fbcb:980e\]:15118/);
    assert.match(text, /summary: 730 frames/);
    assert.match(text, /session 1: /);
  });

  it('reports a truncated file, keeps what came before, and rejects non-captures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'piccs-decode-'));
    try {
      const file = encodePcap([
        { tsUs: 0, data: mme(BCAST, EV_MAC, 0x6064) },
        { tsUs: 50_000, data: mme(EV_MAC, EVSE_MAC, 0x6065) },
      ]);
      const cut = join(dir, 'cut.pcap');
      writeFileSync(cut, file.subarray(0, file.length - 5));
      const t = io();
      assert.equal(await decode.run([cut, '--json'], t.io), 0);
      const lines = t
        .out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.equal(lines[0]!.mmtype, 0x6064);
      assert.ok(lines.some((l) => l.type === 'malformed' && l.layer === 'capture file'));
      assert.match(t.err(), /capture damaged after frame 1/);

      const junk = join(dir, 'junk.pcap');
      writeFileSync(junk, 'not a capture at all');
      const j = io();
      assert.equal(await decode.run([junk], j.io), 2);
      assert.match(j.err(), /not a pcap or pcapng file/);
      assert.equal(await decode.run([], io().io), 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
