/**
 * The car against chargers whose limits or behaviour are wrong (issue 13 points 10 and 11): a charger that cannot
 * charge it ends the session at ChargeParameterDiscovery; requests stay within the announced limits and a charger
 * exceeding them is flagged; WeldingDetection that never sees the voltage fall and a charger that stops answering
 * at session end are reported, not hidden.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoleRecorder } from '../../../src/app/role-recorder.js';
import { roleExitCode, roleSummaryNotes } from '../../../src/cli/role-exit.js';
import { parseV2gMessage, type V2gEvent } from '../../../src/v2g/index.js';
import { makePair, names } from '../helpers/session.js';
import { rewriteBody, tamperPort } from '../helpers/tamper.js';

const V = (Value: number, Unit: string) => ({ Multiplier: 0, Unit, Value });

/** The charger's responses rewritten by `edits[name]` (a misbehaving charger). */
function charger(edits: Record<string, (b: Record<string, unknown>) => void>) {
  return {
    wrapSecc: (port: Parameters<typeof tamperPort>[0]) =>
      tamperPort(port, (doc, name) => {
        const edit = edits[name];
        return edit ? rewriteBody(doc, name, edit) : doc;
      }),
  };
}

const warnings = (events: V2gEvent[]) =>
  events.flatMap((e) => (e.type === 'v2g.warning' ? [{ code: e.code, detail: e.detail }] : []));

describe('EVCC: the charger cannot charge this car', () => {
  it('EVSEMaximumVoltageLimit 40 V (battery ~350 V): ends at ChargeParameterDiscovery at once, with the reason', async () => {
    const p = makePair(
      charger({
        ChargeParameterDiscoveryRes: (b) => {
          (b.DC_EVSEChargeParameter as Record<string, unknown>).EVSEMaximumVoltageLimit = V(40, 'V');
        },
      }),
    );
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.ok, false);
    assert.equal(o.reason, 'chargerLimits');
    assert.match(String(o.detail), /EVSEMaximumVoltageLimit 40 V is below the battery's \d+(\.\d)? V/);
    const sent = names(p.evccEvents, 'tx');
    assert.equal(sent.at(-1), 'ChargeParameterDiscoveryReq', 'no CableCheck, no PreCharge');
    assert.equal(sent.includes('PreChargeReq'), false);
    assert.equal(p.link.stateCRequested, false);
    // the old car spent the 30 s PreCharge loop; now it ends within the message exchange
    assert.ok(p.clock.now() < 5000, `ended after ${p.clock.now()} ms`);
  });

  it("AC: EVSEMaxCurrent below the car's EVMinCurrent ends at ChargeParameterDiscovery", async () => {
    const p = makePair({
      secc: { iso2EnergyTransferModes: ['AC_three_phase_core'] },
      evcc: { protocols: ['iso2'], energyMode: 'ac', stopAfterChargeLoops: 5 },
      link: { ac: true },
      ...charger({
        ChargeParameterDiscoveryRes: (b) => {
          (b.AC_EVSEChargeParameter as Record<string, unknown>).EVSEMaxCurrent = V(2, 'A');
        },
      }),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.reason, 'chargerLimits');
    assert.match(String(o.detail), /EVSEMaxCurrent 2 A is below the car's EVMinCurrent/);
  });
});

describe('EVCC: requests within the announced limits, a charger exceeding them flagged', () => {
  it('a charger announcing 5 A: every CurrentDemandReq asks <= 5 A; a present current of 100 A is flagged once', async () => {
    const targets: number[] = [];
    const limit5 = (b: Record<string, unknown>) => {
      const p = (b.DC_EVSEChargeParameter as Record<string, unknown> | undefined) ?? b;
      p.EVSEMaximumCurrentLimit = V(5, 'A');
    };
    const p = makePair({
      evcc: { stopAfterChargeLoops: 10 },
      ...charger({
        ChargeParameterDiscoveryRes: limit5,
        CurrentDemandRes: (b) => {
          limit5(b);
          b.EVSEPresentCurrent = V(100, 'A');
        },
      }),
      wrapEvcc: (port) =>
        tamperPort(port, (doc, name) => {
          if (name === 'CurrentDemandReq') {
            const m = parseV2gMessage(doc);
            if (!('error' in m)) {
              const t = m.body.EVTargetCurrent as { Value: number; Multiplier: number };
              targets.push(t.Value * 10 ** t.Multiplier);
            }
          }
          return doc;
        }),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal((await p.evcc.outcome).ok, true);
    assert.ok(targets.length >= 10, `${targets.length} CurrentDemandReq`);
    assert.ok(
      targets.every((a) => a <= 5),
      `targets ${targets.join(',')}`,
    );
    const w = warnings(p.evccEvents);
    assert.deepEqual(
      w.map((x) => x.code),
      ['chargerCurrentAboveLimit'],
    );
    assert.match(w[0]?.detail ?? '', /100 A, above its announced EVSEMaximumCurrentLimit 5 A/);
    const rec = new RoleRecorder('pev');
    for (const e of p.evccEvents) rec.v2g(e);
    const s = rec.summary({ ok: true, mode: 'dc' }, { ok: true, reason: 'finished', during: 'SessionStop' });
    assert.equal(s.warnings?.length, 1);
  });
});

describe('EVCC: the end of the session is reported, not hidden', () => {
  it('WeldingDetection never sees the voltage fall (pyPLC: 345 V -> 111 V): a warning, then SessionStop', async () => {
    let u = 345;
    const p = makePair({
      evcc: { stopAfterChargeLoops: 3 },
      ...charger({
        WeldingDetectionRes: (b) => {
          u = Math.max(111, u - 26);
          b.EVSEPresentVoltage = V(u, 'V');
        },
      }),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal((await p.evcc.outcome).ok, true);
    const w = warnings(p.evccEvents);
    assert.deepEqual(
      w.map((x) => x.code),
      ['weldingVoltageStayedHigh'],
    );
    assert.match(w[0]?.detail ?? '', /never fell below \d+ V in \d+ requests \(last 111 V\)/);
  });

  it('a charger that stops answering after PowerDelivery(stop): unanswered requests in the summary, exit code 3', async () => {
    const p = makePair({
      evcc: { stopAfterChargeLoops: 5 },
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'WeldingDetectionRes' || name === 'SessionStopRes' ? undefined : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.ok, true, 'the car still ends its session (field tolerance)');
    const rec = new RoleRecorder('pev');
    for (const e of p.evccEvents) rec.v2g(e);
    const s = rec.summary({ ok: true, mode: 'dc' }, { ok: true, reason: 'finished', during: 'SessionStop' });
    assert.deepEqual(s.unanswered, ['WeldingDetectionReq', 'SessionStopReq']);
    assert.equal(roleExitCode({ ...s, role: 'pev' }, { once: true, stopped: false }), 3);
    // without --json the role says so too
    assert.ok(
      roleSummaryNotes({ ...s, role: 'pev' }).includes('  never answered: WeldingDetectionReq, SessionStopReq\n'),
    );
    // a charger that answered everything: no key, exit 0
    const clean = new RoleRecorder('pev').summary({ ok: true, mode: 'dc' }, { ok: true, reason: '', during: '' });
    assert.equal(clean.unanswered, undefined);
    assert.equal(roleExitCode({ ...clean, role: 'pev' }, { once: true, stopped: false }), 0);
  });
});
