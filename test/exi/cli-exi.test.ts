/** `piccs exi decode|encode`: the DESIGN.md contract (argument, stdin line mode, {"error":...} lines). */

import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import type { CliIO } from '../../src/cli/command.js';
import exi from '../../src/cli/commands/exi.js';

const CURRENT_DEMAND_REQ = '809a02000000000ef04d44d0d1400500c814410c9cc020';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string[]; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += String(c);
  });
  stderr.on('data', (c) => {
    err += String(c);
  });
  const io: CliIO = { stdout, stderr, stdin: Readable.from([stdin]), env: {}, isTTY: false };
  const code = await exi.run(argv, io);
  return { code, out: out.split('\n').filter((l) => l !== ''), err };
}

describe('piccs exi', () => {
  it('decodes a hex argument to one JSON line', async () => {
    const r = await run(['decode', '--schema', 'din', CURRENT_DEMAND_REQ]);
    assert.equal(r.code, 0);
    assert.equal(r.out.length, 1);
    const doc = JSON.parse(r.out[0]!);
    assert.equal(doc.V2G_Message.Body.CurrentDemandReq.EVTargetVoltage.Value, 230);
  });

  it('decodes stdin line by line, with an error line for bad input, and encodes back', async () => {
    const r = await run(['decode', '--schema', 'din'], `${CURRENT_DEMAND_REQ}\nnot-hex\n\n80ff\n`);
    assert.equal(r.code, 1);
    assert.equal(r.out.length, 3);
    assert.ok(r.out[0]!.startsWith('{"V2G_Message"'));
    assert.match(JSON.parse(r.out[1]!).error, /hex/);
    assert.match(JSON.parse(r.out[2]!).error, /at bit \d+/);
    const e = await run(['encode', '--schema', 'din'], `${r.out[0]}\n{"V2G_Message":{}}\n{broken\n`);
    assert.equal(e.code, 1);
    assert.deepEqual(e.out[0], CURRENT_DEMAND_REQ);
    assert.match(JSON.parse(e.out[1]!).error, /V2G_Message.Header: missing mandatory element/);
    assert.match(JSON.parse(e.out[2]!).error, /not JSON/);
  });

  it('iso20 --namespace selects the grammar', async () => {
    const doc = '{"DC_CableCheckReq":{"Header":{"SessionID":"0102030405060708","TimeStamp":1700000000}}}';
    const e = await run(['encode', '--schema', 'iso20'], `${doc}\n`);
    assert.equal(e.code, 0);
    const d = await run(['decode', '--schema', 'iso20', '--namespace', 'DC', e.out[0]!]);
    assert.equal(d.code, 0);
    assert.deepEqual(JSON.parse(d.out[0]!), JSON.parse(doc));
    assert.equal((await run(['decode', '--schema', 'din', '--namespace', 'DC', e.out[0]!])).code, 2);
  });

  it('rejects a missing or unknown schema and a missing verb with usage (exit 2)', async () => {
    assert.equal((await run(['decode', CURRENT_DEMAND_REQ])).code, 2);
    assert.equal((await run(['decode', '--schema', 'iso3', CURRENT_DEMAND_REQ])).code, 2);
    assert.equal((await run(['--schema', 'din'])).code, 2);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out.join('\n'), /piccs exi decode --schema apphand\|din\|iso2\|iso20/);
  });
});
