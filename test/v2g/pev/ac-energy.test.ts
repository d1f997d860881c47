/**
 * An AC car's energy against a charger (issue 13 point 12): from the charger's MeterInfo when it sends one, else
 * estimated from the allowed current and the nominal voltage, labelled in the role summary.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoleRecorder } from '../../../src/app/role-recorder.js';
import type { V2gEvent } from '../../../src/v2g/index.js';
import { makePair } from '../helpers/session.js';
import { rewriteBody, tamperPort } from '../helpers/tamper.js';

const AC = {
  secc: { iso2EnergyTransferModes: ['AC_three_phase_core'] },
  evcc: { protocols: ['iso2' as const], energyMode: 'ac' as const, stopAfterChargeLoops: 40 },
  link: { ac: true },
};

function summaryOf(events: V2gEvent[]) {
  const rec = new RoleRecorder('pev');
  for (const e of events) rec.v2g(e);
  return rec.summary({ ok: true, mode: 'ac' }, { ok: true, reason: 'finished', during: 'SessionStop' });
}

const loopTimes = (events: V2gEvent[]) =>
  events.flatMap((e) => (e.type === 'v2g.message' && e.dir === 'rx' && e.name === 'ChargingStatusRes' ? [e.atMs] : []));

describe('AC energy at the car', () => {
  it('no MeterInfo: an estimate from the allowed current x nominal voltage x phases, labelled estimate', async () => {
    const p = makePair(AC);
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal((await p.evcc.outcome).ok, true);
    const s = summaryOf(p.evccEvents);
    assert.equal(s.energySource, 'estimate');
    // the allowance: min(charger EVSEMaxCurrent, car EVMaxCurrent) per phase at EVSENominalVoltage on 3 phases
    const evseA = p.evcc.evse.acMaxCurrentA ?? 0;
    const carA = p.link.evParams.limits.acMaxCurrentA ?? evseA;
    const u = p.evcc.evse.acNominalVoltageV ?? 230;
    const t = loopTimes(p.evccEvents);
    const expected =
      (Math.min(evseA, carA) * (u > 300 ? u / Math.sqrt(3) : u) * 3 * ((t.at(-1) ?? 0) - (t[0] ?? 0))) / 3_600_000;
    assert.ok(expected > 0);
    assert.ok(Math.abs(s.energyWh - expected) <= expected * 0.01 + 0.001, `${s.energyWh} Wh vs ${expected} Wh`);
  });

  it("MeterInfo in ChargingStatusRes: the meter's difference, labelled meter", async () => {
    let n = 0;
    const p = makePair({
      ...AC,
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'ChargingStatusRes'
            ? rewriteBody(doc, name, (b) => {
                b.MeterInfo = { MeterID: 'M1', MeterReading: 120_000 + 7 * n++ };
              })
            : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const s = summaryOf(p.evccEvents);
    assert.equal(s.energySource, 'meter');
    assert.equal(s.energyWh, 7 * (n - 1));
  });

  it('DC: no energySource (this side measures its own)', async () => {
    const p = makePair({ evcc: { stopAfterChargeLoops: 5 } });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal(summaryOf(p.evccEvents).energySource, undefined);
  });
});
