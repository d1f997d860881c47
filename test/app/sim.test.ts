/**
 * `piccs sim` end to end on the simulated clock: both roles with every real part (CP machines on the sim
 * line, SLAC on the sim powerline, SDP and EXI over the in-memory link, SECC/EVCC on the sim DC link).
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runSim } from '../../src/app/sim.js';
import { FAULTS } from '../../src/app/summary.js';

const base = { chargeSeconds: 3, speed: 0 } as const;

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
      // CP faults: IEC 61851-1 100 ms; communication faults: the car's CurrentDemand timeout (250 ms) + the CP path
      const limit = ['unplug', 'cp-short', 'diode-fail', 'tcp-drop'].includes(fault) ? 100 : 400;
      assert.ok(open <= limit, `contactor opened ${open} ms after ${fault}`);
    });
  }

  for (const mode of ['dc', 'ac'] as const) {
    it(`ISO-2 ${mode}: every fault ends safe and the next plug-in completes a session`, async () => {
      for (const fault of FAULTS) {
        const { summary, exitOk } = await runSim({ ...base, protocol: 'iso2', mode, fault });
        assert.equal(exitOk, true, `${fault}: ${JSON.stringify(summary)}`);
        assert.equal(summary.safe, true, fault);
        assert.equal(summary.nextPlugInOk, true, fault);
        // CP faults within IEC 61851-1's 100 ms; communication faults after the car's message timeout
        // (CurrentDemand 250 ms in DC, ChargingStatus 2 s in AC, ISO 15118-2 Table 109) plus the CP path
        const limit = ['unplug', 'cp-short', 'diode-fail', 'tcp-drop'].includes(fault)
          ? 100
          : mode === 'dc'
            ? 400
            : 2200;
        assert.ok((summary.contactorOpenMs ?? Infinity) <= limit, `${fault}: ${summary.contactorOpenMs} ms`);
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
