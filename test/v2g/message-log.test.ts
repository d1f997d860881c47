import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryLogger } from '../../src/core/log.js';
import type { V2gEvent } from '../../src/v2g/index.js';
import { CHARGE_LOOP_LOG_INTERVAL_MS, CHARGE_LOOP_MESSAGES, v2gMessageLog } from '../../src/v2g/message-log.js';
import { makePair } from './helpers/session.js';

const INFO = 30;
const DEBUG = 20;
type Line = Record<string, unknown>;

function messageCounts(events: V2gEvent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of events) if (e.type === 'v2g.message') m.set(e.name, (m.get(e.name) ?? 0) + 1);
  return m;
}

/** How many runs of consecutive `name` requests (the same request repeated; a charge loop ends a run) the events hold. */
function runs(events: V2gEvent[], name: string): number {
  const base = name.replace(/(Req|Res)$/, '');
  let last = '';
  let n = 0;
  for (const e of events) {
    if (e.type !== 'v2g.message') continue;
    if (CHARGE_LOOP_MESSAGES.has(e.name)) last = ''; // the charge loop ends a run
    if (CHARGE_LOOP_MESSAGES.has(e.name) || !e.name.endsWith('Req')) continue;
    const b = e.name.replace(/Req$/, '');
    if (b === base && last !== base) n++;
    last = b;
  }
  return n;
}

/** Lines at `level` that name a V2G message (the per-message lines). */
function messageLines(lines: Line[], level: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) {
    if (l.level === level && typeof l.dir === 'string' && typeof l.name === 'string') {
      m.set(l.name, (m.get(l.name) ?? 0) + 1);
    }
  }
  return m;
}

describe('v2gMessageLog', () => {
  it('logs a message with its response code at info, charge loop messages at debug with a progress line', () => {
    const { log, lines } = memoryLogger('debug');
    const l = v2gMessageLog(log);
    l({ type: 'v2g.message', dir: 'rx', name: 'SessionSetupReq', atMs: 0 });
    l({ type: 'v2g.message', dir: 'tx', name: 'SessionSetupRes', atMs: 1, responseCode: 'OK_NewSessionEstablished' });
    // 12 s of CurrentDemand every 100 ms
    for (let i = 0; i < 120; i++) {
      const t = 1000 + i * 100;
      l({ type: 'v2g.message', dir: 'rx', name: 'CurrentDemandReq', atMs: t });
      l({ type: 'v2g.message', dir: 'tx', name: 'CurrentDemandRes', atMs: t + 1, responseCode: 'OK' });
      l({
        type: 'v2g.chargeLoop',
        atMs: t + 1,
        count: i + 1,
        presentVoltageV: 400,
        presentCurrentA: 50 + i,
        targetVoltageV: 410,
        targetCurrentA: 200,
        socPercent: 40,
      });
    }
    l({ type: 'v2g.chargingStopped', atMs: 13_000 });
    l({ type: 'v2g.closed', atMs: 13_500, ok: true });

    const info = lines.filter((x) => x.level === INFO);
    assert.deepEqual(
      info.map((x) => x.msg),
      [
        'rx SessionSetupReq',
        'tx SessionSetupRes OK_NewSessionEstablished',
        'charge loop started',
        'charge loop', // at 6.0 s (loop 51)
        'charge loop', // at 11.0 s (loop 101)
        'charge loop ended',
      ],
    );
    const { dir, name, code } = info[1] ?? {};
    assert.deepEqual({ dir, name, code }, { dir: 'tx', name: 'SessionSetupRes', code: 'OK_NewSessionEstablished' });
    assert.equal(info[0]?.code, undefined, 'a request has no code');
    assert.equal(info[2]?.name, 'CurrentDemand');
    assert.equal(info[3]?.loops, 51);
    // the latest sample: loop 50's (the progress line comes with loop 51's request)
    assert.equal(info[3]?.currentA, 99);
    assert.equal(info[3]?.voltageV, 400);
    assert.equal(info[3]?.socPercent, 40);
    assert.equal(info[4]?.loops, 101);
    assert.equal(info[5]?.loops, 120);
    assert.equal(info[5]?.seconds, 12);
    assert.equal(lines.filter((x) => x.level === DEBUG && x.name === 'CurrentDemandReq').length, 120);
    assert.equal(lines.filter((x) => x.level === DEBUG && x.code === 'OK').length, 120);
    assert.ok(CHARGE_LOOP_LOG_INTERVAL_MS === 5000);
  });

  it('folds a request the charger answers Ongoing into its first exchange, debug repeats and one count line', () => {
    const { log, lines } = memoryLogger('debug');
    const l = v2gMessageLog(log);
    const exchange = (name: string, t: number, code = 'OK') => {
      l({ type: 'v2g.message', dir: 'tx', name: `${name}Req`, atMs: t });
      l({ type: 'v2g.message', dir: 'rx', name: `${name}Res`, atMs: t + 10, responseCode: code });
    };
    exchange('ChargeParameterDiscovery', 0);
    // Alpitronic HYC150 style: CableCheck answered Ongoing for a while (every ~90 ms here, 157 times in the field)
    for (let i = 0; i < 157; i++) exchange('CableCheck', 100 + i * 92);
    exchange('PreCharge', 15_000);
    exchange('PreCharge', 15_100, 'FAILED'); // a changed answer is news: at info
    l({ type: 'v2g.closed', atMs: 15_200, ok: false });
    const info = lines.filter((x) => x.level === INFO).map((x) => x.msg);
    assert.deepEqual(info, [
      'tx ChargeParameterDiscoveryReq',
      'rx ChargeParameterDiscoveryRes OK',
      'tx CableCheckReq',
      'rx CableCheckRes OK',
      'CableCheck x157 in 14.4 s',
      'tx PreChargeReq',
      'rx PreChargeRes OK',
      'rx PreChargeRes FAILED',
      'PreCharge x2 in 0.1 s',
    ]);
    assert.equal(lines.filter((x) => x.level === DEBUG && x.name === 'CableCheckReq').length, 156);
    assert.equal(lines.filter((x) => x.level === DEBUG && x.name === 'CableCheckRes').length, 156);
    assert.equal(lines.find((x) => x.repeats === 157)?.name, 'CableCheck');
  });

  it("level 'debug' (sim) moves the message and progress lines to debug", () => {
    const { log, lines } = memoryLogger('debug');
    const l = v2gMessageLog(log, { level: 'debug' });
    l({ type: 'v2g.message', dir: 'tx', name: 'SessionSetupReq', atMs: 0 });
    l({ type: 'v2g.message', dir: 'tx', name: 'ChargingStatusReq', atMs: 1 });
    l({ type: 'v2g.closed', atMs: 2, ok: true });
    assert.deepEqual(
      lines.map((x) => [x.level, x.msg]),
      [
        [DEBUG, 'tx SessionSetupReq'],
        [DEBUG, 'tx ChargingStatusReq'],
        [DEBUG, 'charge loop started'],
        [DEBUG, 'charge loop ended'],
      ],
    );
  });
});

describe('SECC and EVCC log each message once (in-memory session)', () => {
  const cases: [string, Parameters<typeof makePair>[0], string][] = [
    ['DIN DC', { evcc: { stopAfterChargeLoops: 120 } }, 'CurrentDemand'],
    [
      'ISO-2 AC',
      {
        secc: { iso2EnergyTransferModes: ['AC_three_phase_core'] },
        evcc: { protocols: ['iso2'], energyMode: 'ac', stopAfterChargeLoops: 30 },
        link: { ac: true },
      },
      'ChargingStatus',
    ],
  ];
  for (const [label, opts, loop] of cases) {
    it(`${label}: every non-loop message once at info, the ${loop} loop at debug plus progress lines`, async () => {
      const secc = memoryLogger('debug');
      const evcc = memoryLogger('debug');
      const p = makePair({ ...opts, seccLog: secc.log, evccLog: evcc.log });
      p.secc.start();
      p.evcc.start();
      p.run();
      assert.deepEqual(await p.secc.outcome, { ok: true });
      assert.deepEqual(await p.evcc.outcome, { ok: true });
      for (const [side, events, lines] of [
        ['secc', p.seccEvents, secc.lines],
        ['evcc', p.evccEvents, evcc.lines],
      ] as const) {
        const sent = messageCounts(events);
        const info = messageLines(lines, INFO);
        const debug = messageLines(lines, DEBUG);
        assert.ok((sent.get(`${loop}Req`) ?? 0) >= 30, `${side}: the loop ran`);
        for (const [name, n] of sent) {
          if (CHARGE_LOOP_MESSAGES.has(name)) {
            assert.equal(info.get(name), undefined, `${side}: ${name} not at info`);
            assert.equal(debug.get(name), n, `${side}: ${name} at debug, once each`);
          } else {
            // the first of a run of the same request (and its answer) at info, the repeats at debug, each once
            const r = runs(events, name);
            if (name.endsWith('Req')) assert.equal(info.get(name), r, `${side}: ${name} once per run at info`);
            else assert.ok((info.get(name) ?? 0) >= r, `${side}: ${name} at least once per run at info`);
            assert.equal((info.get(name) ?? 0) + (debug.get(name) ?? 0), n, `${side}: ${name} logged once each`);
            if (n > r && name.endsWith('Req')) {
              const base = name.replace(/Req$/, '');
              const folded = lines.find((l) => l.level === INFO && l.name === base && l.repeats !== undefined);
              assert.equal(folded?.repeats, n, `${side}: ${base} x${n} line`);
            }
          }
        }
        // nothing else names a message in `msg` (pino's message key) and the responses carry their code
        for (const l of lines) {
          if (l.dir !== undefined && String(l.name).endsWith('Res')) assert.match(String(l.code), /^OK/, String(l.msg));
        }
        const progress = lines.filter((l) => l.level === INFO && /^charge loop/.test(String(l.msg)));
        assert.equal(progress[0]?.msg, 'charge loop started', side);
        assert.equal(progress.at(-1)?.msg, 'charge loop ended', side);
        assert.equal(progress.at(-1)?.loops, sent.get(`${loop}Req`), side);
        // 12 s of DC loops (100 ms) / 15 s of AC loops (500 ms): two or three progress lines in between
        assert.ok(progress.length >= 4 && progress.length <= 5, `${side}: ${progress.map((l) => l.msg).join(', ')}`);
      }
    });
  }
});
