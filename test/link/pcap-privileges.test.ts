/**
 * The deployment contract for raw frames: the systemd unit gives piccs CAP_NET_RAW as an ambient capability and
 * nothing else (deploy/systemd/piccs@.service). Raw capture runs in a child process (src/link/pcap-child.ts), which
 * must inherit that capability; without it the user gets the permission hint, not a crash.
 * Runs `piccs listen` on the loopback interface as user nobody through setpriv (root only).
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { NEEDS_CAP, needs } from '../helpers/needs.js';
import { IS_ROOT, NOT_ROOT_MESSAGE } from '../integration/veth.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.js');
const NOBODY = '65534';

/** Why the test cannot run here, or false. */
function skipReason(): string | false {
  if (!IS_ROOT) return NOT_ROOT_MESSAGE;
  if (spawnSync('setpriv', ['--version']).status !== 0) return 'needs setpriv (util-linux) to drop to another user';
  // the checkout must be readable by an unprivileged user (CI clones may live in a private folder)
  const probe = spawnSync('setpriv', ['--reuid', NOBODY, '--regid', NOBODY, '--clear-groups', 'test', '-r', CLI]);
  if (probe.status !== 0) return `the build at ${CLI} is not readable by user nobody`;
  try {
    accessSync(process.execPath, constants.X_OK);
  } catch {
    return 'node is not executable';
  }
  return false;
}

function listenAsNobody(caps: string[]): { status: number | null; out: string } {
  const r = spawnSync(
    'setpriv',
    [
      '--reuid',
      NOBODY,
      '--regid',
      NOBODY,
      '--clear-groups',
      ...caps,
      process.execPath,
      CLI,
      'listen',
      '--iface',
      'lo',
      '--seconds',
      '1',
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('raw capture with the service privileges', { skip: needs(skipReason(), NEEDS_CAP) }, () => {
  it('works with CAP_NET_RAW as the only (ambient) capability: the capture child inherits it', () => {
    const r = listenAsNobody(['--inh-caps=+net_raw', '--ambient-caps=+net_raw']);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /capturing on lo/);
    assert.match(r.out, /summary: /);
  });

  it('without it: exit code 2 and the permission hint, no crash', () => {
    const r = listenAsNobody([]);
    assert.equal(r.status, 2, r.out);
    assert.match(r.out, /Operation not permitted/);
    assert.match(r.out, /CAP_NET_RAW/);
  });
});
