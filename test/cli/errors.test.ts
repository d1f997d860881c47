/**
 * Every command answers a mistake the same way (cli/report.ts): one line saying what is wrong, the command's
 * synopsis, exit 2, never a stack trace (that only at log level debug); an unexpected error is one line and exit 1.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { reportError } from '../../src/cli/report.js';
import { fakeIO } from '../helpers/fake-io.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const STACK = /^\s+at /m;

/** A boolean flag of each command, to give it a value it does not take (`--once=3`). */
const BOOLEAN_FLAG: Record<string, string> = {
  sim: '--json',
  evse: '--once',
  pev: '--once',
  listen: '--json',
  decode: '--json',
  config: '--print',
  exi: '--help',
  doctor: '--json',
  modem: '--reset',
  power: '--ack-live-output',
};

async function expectUsageError(argv: string[], firstLine: RegExp): Promise<string> {
  const f = fakeIO();
  const code = await main(argv, f.io);
  const err = f.err();
  assert.equal(code, 2, `${argv.join(' ')}: exit ${code}\n${err}`);
  assert.match(err.split('\n')[0] ?? '', firstLine, err);
  assert.doesNotMatch(err, STACK, `${argv.join(' ')} printed a stack trace:\n${err}`);
  return err;
}

describe('command-line mistakes: one line, the usage, exit 2, no stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piccs-cli-errors-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [cmd, flag] of Object.entries(BOOLEAN_FLAG)) {
    it(`piccs ${cmd}: an unknown option and a value for a flag that takes none`, async () => {
      const a = await expectUsageError([cmd, '--bogus'], new RegExp(`^piccs ${cmd}: unknown option '--bogus'$`));
      assert.match(a, new RegExp(`usage: piccs ${cmd}`));
      assert.match(a, new RegExp(`piccs ${cmd} --help lists every option`));
      if (cmd !== 'exi') {
        await expectUsageError(
          [cmd, `${flag}=3`],
          new RegExp(`^piccs ${cmd}: option '${flag}' does not take an argument$`),
        );
      }
    });
  }

  it('piccs decode: a missing file, a directory, no file, two files', async () => {
    await expectUsageError(
      ['decode', '/nonexistent.pcap'],
      /^piccs decode: '\/nonexistent.pcap': no such file or directory$/,
    );
    await expectUsageError(['decode', dir], /^piccs decode: '.*': is a directory, not a file$/);
    await expectUsageError(['decode'], /^piccs decode: which capture\?/);
    await expectUsageError(['decode', 'a.pcap', 'b.pcap'], /^piccs decode: one capture file at a time/);
  });

  it('bad option values: --hw, --seconds, --timeout, --schema, a stray argument', async () => {
    await expectUsageError(['evse', '--hw', 'x'], /^piccs evse: --hw takes 'sim' or 'real'/);
    await expectUsageError(['listen', '--seconds', '0'], /^piccs listen: --seconds needs a positive number$/);
    await expectUsageError(['modem', '--timeout', '0'], /^piccs modem: --timeout must be a positive number/);
    await expectUsageError(['exi', 'decode', '--schema', 'x'], /^piccs exi: --schema must be one of/);
    await expectUsageError(['sim', 'foo'], /^piccs sim: unexpected argument 'foo'$/);
    await expectUsageError(['sim', '--speed', 'x'], /^piccs sim: invalid command line/);
    await expectUsageError(['sim', '--protocol', 'foo'], /^piccs sim: invalid config/);
  });

  it('a missing --config file names the file (sim, evse, pev, listen, config)', async () => {
    for (const cmd of ['sim', 'evse', 'pev', 'listen', 'config']) {
      const err = await expectUsageError([cmd, '--config', '/nonexistent.yaml'], new RegExp(`^piccs ${cmd}: invalid`));
      assert.match(err, /cannot read \/nonexistent.yaml/);
    }
  });

  it('the real entry point: no stack trace, exit 2 (a process, as a user runs it)', () => {
    for (const argv of [
      ['sim', '--bogus'],
      ['decode', '/nonexistent'],
      ['decode', dir],
    ]) {
      const r = spawnSync(process.execPath, [MAIN, ...argv], { encoding: 'utf8', env: { ...process.env, CI: '' } });
      assert.equal(r.status, 2, `${argv.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, STACK, r.stderr);
      assert.match(r.stderr, /^piccs [a-z]+: [^\n]+\n(usage: |$)/, r.stderr);
    }
  });
});

describe('reportError: an unexpected error', () => {
  it('is one line and exit 1; the stack only at log level debug', () => {
    const plain = fakeIO();
    assert.equal(
      reportError(new TypeError('x is not a function'), plain.io, { name: 'sim', usage: 'usage: piccs sim' }),
      1,
    );
    assert.match(plain.err(), /^piccs sim: unexpected error: x is not a function\n/);
    assert.doesNotMatch(plain.err(), STACK);
    const debugEnv = fakeIO({ PICCS_GENERAL_LOGLEVEL: 'debug' });
    reportError(new TypeError('x is not a function'), debugEnv.io, { name: 'sim', usage: '' });
    assert.match(debugEnv.err(), STACK);
    const debugSet = fakeIO();
    reportError(new TypeError('boom'), debugSet.io, {
      name: 'sim',
      usage: '',
      argv: ['--set', 'general.logLevel=debug'],
    });
    assert.match(debugSet.err(), STACK);
  });
});
