/**
 * `piccs sim` end to end on the simulated clock: both roles with every real part (CP machines on the sim
 * line, SLAC on the sim powerline, SDP and EXI over the in-memory link, SECC/EVCC on the sim DC link).
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runSim } from '../../src/app/sim.js';
import { FAULTS as ALL_FAULTS, type FaultName, POWER_FAULTS, type SessionSummary } from '../../src/app/summary.js';

/** The faults of the simulated power stage (device faults need --power: test/app/sim-power.test.ts). */
const FAULTS = ALL_FAULTS.filter((f) => !POWER_FAULTS.includes(f));

const base = { chargeSeconds: 3, speed: 0 } as const;

/**
 * The earliest moment anything can notice each fault (ms after it), and so the bound for the contactor:
 * CP faults are seen by the CP machine at once (IEC 61851-1: power off within 100 ms); a reset TCP connection
 * at once; a silent modem only by the car's message timeout (DIN/ISO-2 CurrentDemand 250 ms, ISO-2 AC
 * ChargingStatus 2 s, Table 109), after which it opens S2; a hung car only by the charger's own timer (DC: the
 * charge loop timeout, 1 s; AC: V2G_SECC_Sequence_Timeout, 60 s, the current stays limited by the PWM duty).
 */
const FIRST_REACTION_MS: Record<'dc' | 'ac', Partial<Record<FaultName, number>>> = {
  dc: { unplug: 0, 'cp-short': 0, 'diode-fail': 0, 'tcp-drop': 0, 'modem-silent': 250, 'car-silent': 1000 },
  ac: { unplug: 0, 'cp-short': 0, 'diode-fail': 0, 'tcp-drop': 0, 'modem-silent': 2000, 'car-silent': 60_000 },
};

/** Whatever the fault, once either side has reacted the contactor is open within 100 ms. */
function assertOpenSoonAfterReaction(fault: FaultName, s: SessionSummary): void {
  const reacted = s.faultDetectedMs ?? Infinity;
  const open = s.contactorOpenMs ?? Infinity;
  assert.ok(reacted <= open, `${fault}: the first reaction (${reacted} ms) comes before the contactor opens`);
  assert.ok(open - reacted <= 100, `${fault}: contactor open ${open - reacted} ms after the first reaction`);
}

describe('piccs sim (virtual time)', () => {
  for (const [protocol, mode, loop] of [
    ['din', 'dc', 'CurrentDemandReq'],
    ['iso2', 'dc', 'CurrentDemandReq'],
    ['iso2', 'ac', 'ChargingStatusReq'],
  ] as const) {
    it(`completes a ${protocol} ${mode} session from plug-in to unplug`, async () => {
      const { summary, exitOk } = await runSim({ ...base, protocol, mode });
      assert.equal(exitOk, true, JSON.stringify(summary));
      assert.equal(summary.ok, true);
      assert.equal(summary.protocol, protocol);
      assert.ok((summary.slacMs ?? 0) > 0 && (summary.slacMs ?? 0) < 1000, `SLAC ${summary.slacMs} ms`);
      assert.ok((summary.sdpMs ?? -1) >= 0);
      assert.ok((summary.firstCurrentDemandMs ?? Infinity) < 5000, `first loop at ${summary.firstCurrentDemandMs} ms`);
      assert.ok(summary.chargeLoopCount > 3);
      assert.ok(summary.energyWh > 0);
      assert.equal(summary.messages[loop], summary.chargeLoopCount);
      assert.equal(summary.messages.SessionStopReq, 1);
      assert.equal(summary.messages.supportedAppProtocolReq, 1);
    });
  }

  it('a session longer than TT_EVSE_SLAC_init (40 s) is not cut by the CP machine E/F retry', async () => {
    const { summary } = await runSim({ protocol: 'din', mode: 'dc', chargeSeconds: 60, speed: 0 });
    assert.equal(summary.ok, true, summary.reason);
    assert.ok(summary.chargeLoopCount > 400);
  });

  for (const fault of FAULTS) {
    it(`--fault ${fault} ends safe with the contactor open`, async () => {
      const { summary, exitOk } = await runSim({ ...base, protocol: 'din', mode: 'dc', fault });
      assert.equal(exitOk, true, JSON.stringify(summary));
      assert.equal(summary.ok, false);
      assert.equal(summary.safe, true);
      assert.equal(summary.fault, fault);
      assert.equal(summary.nextPlugInOk, true, 'the next plug-in after the fault completes a session');
      const open = summary.contactorOpenMs ?? Infinity;
      assert.ok(open <= (FIRST_REACTION_MS.dc[fault] ?? 0) + 100, `contactor opened ${open} ms after ${fault}`);
      assertOpenSoonAfterReaction(fault, summary);
    });
  }

  // the electrical faults are named in the summary's reason and in the timeline (the diode was named nowhere)
  for (const [fault, named] of [
    ['cp-short', /shorted to PE/],
    ['diode-fail', /diode fault/],
  ] as const) {
    it(`--fault ${fault}: the summary and the timeline name what the charger detected`, async () => {
      const lines: string[] = [];
      const { summary } = await runSim({
        ...base,
        protocol: 'din',
        mode: 'dc',
        fault,
        onTimeline: (l) => lines.push(l),
      });
      assert.match(String(summary.reason), named);
      assert.ok(
        lines.some((l) => /EVSE session: faulted/.test(l) && named.test(l)),
        lines.join('\n'),
      );
    });
  }

  for (const mode of ['dc', 'ac'] as const) {
    it(`ISO-2 ${mode}: every fault ends safe and the next plug-in completes a session`, async () => {
      for (const fault of FAULTS) {
        const { summary, exitOk } = await runSim({ ...base, protocol: 'iso2', mode, fault });
        assert.equal(exitOk, true, `${fault}: ${JSON.stringify(summary)}`);
        assert.equal(summary.safe, true, fault);
        assert.equal(summary.nextPlugInOk, true, fault);
        const open = summary.contactorOpenMs ?? Infinity;
        assert.ok(open <= (FIRST_REACTION_MS[mode][fault] ?? 0) + 100, `${fault}: ${open} ms`);
        assertOpenSoonAfterReaction(fault, summary);
      }
    });
  }

  it('--fault-at injects during PreCharge, before any energy flows', async () => {
    const { summary, exitOk } = await runSim({
      ...base,
      protocol: 'din',
      mode: 'dc',
      fault: 'cp-short',
      faultAt: 'PreCharge',
    });
    assert.equal(exitOk, true);
    assert.equal(summary.chargeLoopCount, 0);
    assert.equal(summary.safe, true);
  });
});
