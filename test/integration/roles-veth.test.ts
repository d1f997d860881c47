/**
 * `piccs evse` and `piccs pev` as separate processes in two network namespaces joined by a veth pair (root only):
 * simulated CP (--hw sim), no modem, real SLAC raw frames, SDP multicast and V2GTP/TCP over the veth. One complete
 * DIN session and one ISO-2 DC session, each to the summary contract (DESIGN.md "Contracts").
 */

import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createNetnsPair, NETNS_SKIP, type NetnsPair, spawnInNetns } from '../helpers/netns.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const CHILD_LIMIT_MS = 60_000;

interface Run {
  code: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stderr contains `text` `times` times (default 1; rejects when the process ends first). */
  waitFor(text: string, times?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

function run(ns: string, args: string[]): Run {
  const child: ChildProcess = spawnInNetns(ns, process.execPath, [MAIN, ...args]);
  child.stdin?.end();
  let out = '';
  let err = '';
  const waiters: { text: string; times: number; resolve: () => void }[] = [];
  const seen = (text: string, times: number) => err.split(text).length - 1 >= times;
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
    for (const w of [...waiters]) {
      if (seen(w.text, w.times)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
  const code = new Promise<number | null>((resolve) => {
    child.on('close', (c) => {
      clearTimeout(killer);
      resolve(c);
    });
  });
  return {
    code,
    kill: (signal) => child.kill(signal),
    stdout: () => out,
    stderr: () => err,
    waitFor: (text, times = 1) =>
      new Promise<void>((resolve, reject) => {
        if (seen(text, times)) return resolve();
        waiters.push({ text, times, resolve });
        void code.then((c) => reject(new Error(`exited (${c}) before '${text}':\n${err.slice(-3000)}`)));
      }),
  };
}

type Summary = Record<string, unknown>;

function lastJson(text: string): Summary {
  const lines = text.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] as string) as Summary;
}

/** Info lines (JSON, stderr is not a TTY) that name a V2G message, counted per message name. */
function infoMessageLines(stderr: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const l = JSON.parse(line) as Record<string, unknown>;
    if (l.level === 30 && typeof l.dir === 'string' && typeof l.name === 'string') {
      counts[l.name] = (counts[l.name] ?? 0) + 1;
    }
  }
  return counts;
}

async function session(
  pair: NetnsPair,
  extra: string[],
): Promise<{ pev: Summary; evse: Summary; ms: number; logs: { pev: string; evse: string } }> {
  const common = ['--hw', 'sim', '--modem', 'none', '--once', '--set', 'session.chargeSeconds=2', ...extra];
  const t0 = Date.now();
  const evse = run(pair.a.ns, ['evse', '--iface', pair.a.iface, '--json', ...common]);
  // the SECC listens (and its SLAC port is open) before the car starts
  await evse.waitFor('SECC listening');
  const pev = run(pair.b.ns, ['pev', '--iface', pair.b.iface, '--json', ...common]);
  const [ec, pc] = await Promise.all([evse.code, pev.code]);
  const ms = Date.now() - t0;
  assert.equal(pc, 0, `pev exit ${pc}\n${pev.stdout()}\n${pev.stderr().slice(-4000)}`);
  assert.equal(ec, 0, `evse exit ${ec}\n${evse.stdout()}\n${evse.stderr().slice(-4000)}`);
  return {
    pev: lastJson(pev.stdout()),
    evse: lastJson(evse.stdout()),
    ms,
    logs: { pev: pev.stderr(), evse: evse.stderr() },
  };
}

describe('piccs evse vs piccs pev over veth (--hw sim --modem none --once)', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;

  before(() => {
    pair = createNetnsPair({ tag: 'ro' });
  });

  after(() => {
    pair?.destroy();
  });

  for (const [protocol, extra] of [
    ['din', ['--protocol', 'din']],
    ['iso2', ['--protocol', 'iso2', '--mode', 'dc']],
  ] as const) {
    it(`${protocol}: both processes end normally; the PEV summary shows the charge loop`, async () => {
      const { pev: summary, evse, ms, logs } = await session(pair as NetnsPair, [...extra]);
      const messages = summary.messages as Record<string, number>;
      assert.equal(summary.ok, true, JSON.stringify(summary));
      assert.equal(summary.protocol, protocol);
      assert.equal(summary.mode, 'dc');
      assert.ok((messages.CurrentDemandReq ?? 0) > 0, JSON.stringify(messages));
      assert.equal(messages.CurrentDemandRes, messages.CurrentDemandReq, 'every CurrentDemand answered');
      assert.equal(messages.SessionStopRes, 1);
      assert.equal(summary.chargeLoopCount, messages.CurrentDemandReq);
      assert.ok(typeof summary.slacMs === 'number' && summary.slacMs > 0, `slacMs ${summary.slacMs}`);
      assert.ok(typeof summary.sdpMs === 'number', `sdpMs ${summary.sdpMs}`);
      assert.ok(
        typeof summary.firstCurrentDemandMs === 'number' && summary.firstCurrentDemandMs > 0,
        `firstCurrentDemandMs ${summary.firstCurrentDemandMs}`,
      );
      // the charger saw the same session: every request the car sent, answered once
      assert.equal(evse.ok, true, JSON.stringify(evse));
      assert.equal(evse.role, 'evse');
      assert.deepEqual(evse.messages, messages);
      // the charger's SDP time: first request after SLAC matched -> the answer the car connected with
      assert.ok(typeof evse.sdpMs === 'number' && evse.sdpMs >= 0, `EVSE sdpMs ${evse.sdpMs}`);
      assert.ok((evse.sdpMs as number) <= (summary.sdpMs as number) + 1, `EVSE ${evse.sdpMs} vs PEV ${summary.sdpMs}`);
      assert.equal(evse.chargeLoopCount, summary.chargeLoopCount);
      assert.ok((evse.energyWh as number) > 0, `EVSE energyWh ${evse.energyWh}`);
      // the log at info: every message once (by the SECC / EVCC), with its code; the charge loop only at debug
      const loopless = Object.fromEntries(Object.entries(messages).filter(([n]) => !n.startsWith('CurrentDemand')));
      assert.deepEqual(infoMessageLines(logs.evse), loopless, 'EVSE log at info');
      assert.deepEqual(infoMessageLines(logs.pev), loopless, 'PEV log at info');
      const t = (s: Summary) => (s.secc as { responseMs: { p50: number } }).responseMs.p50;
      console.log(
        `# ${protocol}: ${ms} ms wall; slac ${summary.slacMs} ms, sdp ${summary.sdpMs} ms (EVSE side ${evse.sdpMs} ms), first CurrentDemand ${summary.firstCurrentDemandMs} ms after plug-in, ${summary.chargeLoopCount} loops, SECC response p50 ${t(evse)} ms (EVSE side) / ${t(summary)} ms (round trip at the car)`,
      );
      assert.ok((summary.energyWh as number) > 0, `energyWh ${summary.energyWh}`);
      // gross bound only (CI runs suites in parallel): 2 s of charging plus setup
      assert.ok(ms < 40_000, `${protocol} session took ${ms} ms`);
    });
  }

  it('iso2 AC: the ChargingStatus loop instead of CurrentDemand; both end normally', async () => {
    const { pev, evse } = await session(pair as NetnsPair, ['--protocol', 'iso2', '--mode', 'ac']);
    const messages = pev.messages as Record<string, number>;
    assert.equal(pev.ok, true, JSON.stringify(pev));
    assert.equal(evse.ok, true, JSON.stringify(evse));
    assert.equal(pev.mode, 'ac');
    assert.ok((messages.ChargingStatusReq ?? 0) > 0, JSON.stringify(messages));
    assert.equal(messages.CurrentDemandReq, undefined);
    assert.equal(pev.chargeLoopCount, messages.ChargingStatusReq);
    assert.deepEqual(evse.messages, messages);
    assert.equal(evse.chargeLoopCount, pev.chargeLoopCount);
    assert.ok(typeof evse.sdpMs === 'number' && evse.sdpMs >= 0, `EVSE sdpMs ${evse.sdpMs}`);
    // the charger's simulated AC stage delivers while the real (other-process) car is in state C
    assert.ok(Number(evse.energyWh) > 0, `EVSE energy ${evse.energyWh} Wh`);
  });

  it('a PEV without a charger ends with exit 1 and a summary naming SLAC', async () => {
    const p = pair as NetnsPair;
    const pev = run(p.b.ns, ['pev', '--iface', p.b.iface, '--hw', 'sim', '--modem', 'none', '--once', '--json']);
    assert.equal(await pev.code, 1, pev.stderr().slice(-3000));
    const s = lastJson(pev.stdout());
    assert.equal(s.ok, false);
    assert.equal(s.during, 'matching');
    assert.match(String(s.reason), /^SLAC: /);
  });

  it('without --once the EVSE serves two cars in a row; SIGINT then ends it (exit 0, last session summary)', async () => {
    const p = pair as NetnsPair;
    const sim = ['--hw', 'sim', '--modem', 'none', '--set', 'session.chargeSeconds=1'];
    const evse = run(p.a.ns, ['evse', '--iface', p.a.iface, '--json', ...sim]);
    await evse.waitFor('SECC listening');
    for (let i = 0; i < 2; i++) {
      const pev = run(p.b.ns, ['pev', '--iface', p.b.iface, '--once', '--json', ...sim]);
      assert.equal(await pev.code, 0, `car ${i}: ${pev.stdout()}\n${pev.stderr().slice(-3000)}`);
      assert.equal(lastJson(pev.stdout()).ok, true);
      // the simulated car on the EVSE's line unplugs and plugs in again after each session
      // (its second `matching` is that new plug-in: the next car then finds a charger offering SLAC)
      if (i === 0) await evse.waitFor('"state":"matching"', 2);
    }
    const t0 = Date.now();
    evse.kill('SIGINT');
    assert.equal(await evse.code, 0, evse.stderr().slice(-3000));
    assert.ok(Date.now() - t0 < 5000, 'the process ended after the signal');
    const s = lastJson(evse.stdout());
    assert.equal(s.reason, 'SIGINT received');
    const messages = s.messages as Record<string, number>;
    assert.equal(messages.SessionSetupReq, 1, 'the summary covers the last session only');
  });
});
