import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commands } from '../../src/cli/commands/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('cli main', () => {
  it('lists commands with --help and rejects unknown ones', async () => {
    const a = fakeIO();
    assert.equal(await main(['--help'], a.io), 0);
    assert.match(a.out(), /config/);
    const b = fakeIO();
    assert.equal(await main(['frobnicate'], b.io), 2);
    assert.match(b.err(), /unknown command 'frobnicate'/);
  });

  it("the command list (loaded lazily) carries each command module's own name and summary", async () => {
    for (const c of commands) {
      const cmd = await c.load();
      assert.equal(cmd.name, c.name);
      assert.equal(cmd.summary, c.summary, `summary of ${c.name}`);
    }
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
