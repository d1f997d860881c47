/**
 * What `piccs evse` and `piccs pev` write to the journal in one DIN session over a veth pair (root only, SLAC on, at
 * debug): every line tagged with its module (SLAC lines with slac.evse / slac.pev), numbers rounded, one
 * "session ended" line per session, each CP state change at info with its volts and duty and the readings at debug,
 * EVSEProcessing on the Ongoing exchanges and PreCharge's present vs target voltage.
 */

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNetnsPair, NETNS_SKIP, type NetnsPair } from '../helpers/netns.js';
import { jsonLines, runPiccs, type Summary } from './role-process.js';

const INFO = 30;
const DEBUG = 20;

describe('role log lines a person can read in the field (veth, DIN, debug)', { skip: NETNS_SKIP }, () => {
  let pair: NetnsPair | undefined;
  const logs: Record<'evse' | 'pev', { text: string; lines: Summary[] }> = {
    evse: { text: '', lines: [] },
    pev: { text: '', lines: [] },
  };

  before(async () => {
    pair = createNetnsPair({ tag: 'lg' });
    const p = pair;
    const common = ['--hw', 'sim', '--modem', 'none', '--once', '--json', '--protocol', 'din'];
    const sets = ['--set', 'session.chargeSeconds=1', '--set', 'general.logLevel=debug'];
    const evse = runPiccs(p.a.ns, ['evse', '--iface', p.a.iface, ...common, ...sets]);
    await evse.waitFor('SECC listening');
    const pev = runPiccs(p.b.ns, ['pev', '--iface', p.b.iface, ...common, ...sets]);
    const [ec, pc] = await Promise.all([evse.code, pev.code]);
    assert.equal(pc, 0, pev.stderr().slice(-3000));
    assert.equal(ec, 0, evse.stderr().slice(-3000));
    logs.evse = { text: evse.stderr(), lines: jsonLines(evse.stderr()) };
    logs.pev = { text: pev.stderr(), lines: jsonLines(pev.stderr()) };
  });

  after(() => pair?.destroy());

  for (const role of ['evse', 'pev'] as const) {
    it(`${role}: every line has its module; SLAC lines are slac.${role}`, () => {
      const { lines } = logs[role];
      assert.ok(lines.length > 50);
      assert.deepEqual(
        lines.filter((l) => typeof l.mod !== 'string'),
        [],
      );
      const slac = lines.filter((l) => /slac matched|CM_SLAC_PARM/.test(String(l.msg)));
      assert.ok(slac.length >= 1);
      for (const l of slac) assert.equal(l.mod, `slac.${role}`, JSON.stringify(l));
    });

    it(`${role}: numbers rounded, one "session ended" line`, () => {
      const { text, lines } = logs[role];
      const long = text.match(/":-?\d+\.\d{4,}/g) ?? [];
      assert.deepEqual(long, [], 'no number with 4 or more decimals');
      const ended = lines.filter((l) => String(l.msg).startsWith('session ended'));
      assert.equal(ended.length, 1, ended.map((l) => l.msg).join(' | '));
      assert.equal(ended[0]?.msg, 'session ended normally');
    });

    it(`${role}: CP state changes at info with volts and duty, readings at debug`, () => {
      const { lines } = logs[role];
      const states = lines.filter((l) => l.mod === 'cp' && String(l.msg).startsWith('CP state'));
      assert.ok(states.length >= 2, JSON.stringify(states));
      for (const s of states) {
        assert.equal(s.level, INFO);
        assert.equal(typeof s.highV, 'number');
        assert.equal(typeof s.lowV, 'number');
        assert.ok('dutyPercent' in s);
      }
      // plugged in: B at about +9 V; in the session: C at about +6 V with 5 % PWM
      assert.ok(states.some((s) => s.state === 'B' && Math.abs(Number(s.highV) - 9) < 0.5));
      assert.ok(states.some((s) => s.state === 'C' && Math.abs(Number(s.highV) - 6) < 0.5 && s.dutyPercent === 5));
      assert.ok(lines.some((l) => l.mod === 'cp' && l.msg === 'CP reading' && l.level === DEBUG));
    });

    it(`${role}: EVSEProcessing on CableCheck, present vs target voltage on PreCharge`, () => {
      const msgs = logs[role].lines.filter((l) => l.level === INFO).map((l) => String(l.msg));
      assert.ok(
        msgs.some((m) => /CableCheckRes OK \(EVSEProcessing (Ongoing|Finished)\)/.test(m)),
        msgs.join('\n'),
      );
      assert.ok(msgs.some((m) => /PreChargeRes OK \(present [\d.]+ V, target [\d.]+ V\)/.test(m)));
    });
  }
});
