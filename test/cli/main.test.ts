import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { CliIO } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';

export function fakeIO(env: NodeJS.ProcessEnv = {}): { io: CliIO; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => {
    o += d.toString();
  });
  stderr.on('data', (d: Buffer) => {
    e += d.toString();
  });
  return { io: { stdout, stderr, stdin: new PassThrough(), env, isTTY: false }, out: () => o, err: () => e };
}

describe('cli main', () => {
  it('lists commands with --help and rejects unknown ones', async () => {
    const a = fakeIO();
    assert.equal(await main(['--help'], a.io), 0);
    assert.match(a.out(), /config/);
    const b = fakeIO();
    assert.equal(await main(['frobnicate'], b.io), 2);
    assert.match(b.err(), /unknown command 'frobnicate'/);
  });

  it('config --print shows env overrides; bad values exit 2 listing keys', async () => {
    const a = fakeIO({ PICCS_GENERAL_IFACE: 'plc0' });
    assert.equal(await main(['config', '--print'], a.io), 0);
    assert.match(a.out(), /iface: plc0/);
    const b = fakeIO();
    assert.equal(
      await main(['config', '--check', '--set', 'general.logLevel=loud', '--set', 'session.mode=x'], b.io),
      2,
    );
    assert.match(b.err(), /general\.logLevel/);
    assert.match(b.err(), /session\.mode/);
  });
});
