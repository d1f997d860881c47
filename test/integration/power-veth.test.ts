/**
 * `piccs evse --power infypower` (the real module driver on emulated modules, --hw sim) against `piccs pev` in two
 * network namespaces joined by a veth pair (root only): SLAC, SDP and V2GTP/TCP over the veth, a whole DIN session,
 * the energy and the CAN log from the charger's module group.
 */

import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCandumpLog } from '../../src/power/can/candump.js';
import { createNetnsPair, NETNS_SKIP, type NetnsPair, spawnInNetns } from '../helpers/netns.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const CHILD_LIMIT_MS = 60_000;

function run(ns: string, args: string[]) {
  const child: ChildProcess = spawnInNetns(ns, process.execPath, [MAIN, ...args]);
  child.stdin?.end();
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
  const code = new Promise<number | null>((resolve) => {
    child.on('close', (c) => {
      clearTimeout(killer);
      resolve(c);
    });
  });
  const listening = () =>
    new Promise<void>((resolve, reject) => {
      const t = setInterval(() => {
        if (err.includes('SECC listening')) {
          clearInterval(t);
          resolve();
        }
      }, 20);
      void code.then((c) => {
        clearInterval(t);
        reject(new Error(`exited (${c}):\n${err.slice(-3000)}`));
      });
    });
  return { code, listening, stdout: () => out, stderr: () => err };
}

const lastJson = (text: string) => JSON.parse(text.trim().split('\n').at(-1) as string) as Record<string, unknown>;

describe('piccs evse --power infypower vs piccs pev over veth', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;
  before(() => {
    pair = createNetnsPair({ tag: 'pw' });
  });
  after(() => {
    pair?.destroy();
  });

  it('din: the session completes on the module driver; the charger reports energy and its CAN traffic', async () => {
    const p = pair as NetnsPair;
    const canLog = join(mkdtempSync(join(tmpdir(), 'piccs-pw-')), 'can.log');
    const common = ['--hw', 'sim', '--modem', 'none', '--once', '--json', '--set', 'session.chargeSeconds=3'];
    const evse = run(p.a.ns, ['evse', '--iface', p.a.iface, '--power', 'infypower', '--can-log', canLog, ...common]);
    await evse.listening();
    const pev = run(p.b.ns, ['pev', '--iface', p.b.iface, ...common]);
    const [ec, pc] = await Promise.all([evse.code, pev.code]);
    assert.equal(pc, 0, `pev exit ${pc}\n${pev.stdout()}\n${pev.stderr().slice(-3000)}`);
    assert.equal(ec, 0, `evse exit ${ec}\n${evse.stdout()}\n${evse.stderr().slice(-3000)}`);
    const s = lastJson(evse.stdout());
    const car = lastJson(pev.stdout());
    assert.equal(s.ok, true);
    assert.equal(car.ok, true);
    assert.ok((s.energyWh as number) > 0, `energy ${s.energyWh}`);
    const power = s.power as Record<string, unknown>;
    assert.equal(power.stage, 'infypower');
    assert.equal(power.isolation, 'not checked (no IMD)');
    assert.ok((power.maxCurrentAtOpenA as number) < 5, `broke ${power.maxCurrentAtOpenA} A`);
    const frames = parseCandumpLog(readFileSync(canLog, 'utf8'));
    assert.equal(frames.length, power.canFrames);
    assert.ok(frames.length > 50);
  });
});
