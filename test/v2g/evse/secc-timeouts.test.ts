import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DIN_V2G_SECC_SEQUENCE_TIMEOUT_MS,
  ISO2_V2G_SECC_CABLE_CHECK_PERFORMANCE_TIME_MS,
  ISO2_V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS,
  ISO2_V2G_SECC_ONGOING_PERFORMANCE_TIME_MS,
  PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS,
} from '../../../src/v2g/index.js';
import { DIN_APPHAND_REQ } from '../helpers/din-requests.js';
import { DIN_STATE_PREFIXES, seccAt, seccHarness } from '../helpers/secc-harness.js';

describe('SECC timeouts on the simulated clock', () => {
  it('closes when no SessionSetupReq comes within the communication setup time', async () => {
    const h = seccHarness();
    h.send(DIN_APPHAND_REQ);
    h.clock.advance(ISO2_V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS - 10);
    assert.equal(h.closed(), false);
    h.clock.advance(20);
    assert.equal(h.closed(), true);
    const o = await h.secc.outcome;
    assert.equal(o.reason, 'timeout');
    assert.match(o.detail ?? '', /CommunicationSetup/);
  });

  it('also closes when even supportedAppProtocolReq never comes', async () => {
    const h = seccHarness();
    h.clock.advance(ISO2_V2G_SECC_COMMUNICATION_SETUP_PERFORMANCE_TIME_MS + 1);
    assert.equal(h.closed(), true);
    assert.equal((await h.secc.outcome).reason, 'timeout');
  });

  /** States in which DC current flows: the charge loop timeout replaces the 60 s sequence timeout there. */
  const DC_CURRENT_STATES = ['WaitForCurrentDemand', 'WaitForCurrentDemandOrPowerDelivery'];

  for (const [state, prefix] of Object.entries(DIN_STATE_PREFIXES)) {
    if (prefix.length === 0 || DC_CURRENT_STATES.includes(state)) continue;
    it(`V2G_SECC_Sequence_Timeout (60 s) in ${state}: safe state and close`, async () => {
      const h = seccAt(prefix);
      h.clock.advance(DIN_V2G_SECC_SEQUENCE_TIMEOUT_MS - 10);
      assert.equal(h.closed(), false);
      h.clock.advance(20);
      assert.equal(h.closed(), true);
      const o = await h.secc.outcome;
      assert.equal(o.reason, 'timeout');
      assert.match(o.detail ?? '', new RegExp(`Sequence_Timeout.*${state}`));
      assert.equal(h.link.evseContactorsClosed, false);
      assert.equal(h.link.currentA, 0);
    });
  }

  for (const state of DC_CURRENT_STATES) {
    it(`charge loop timeout (1 s) in ${state}: a silent car does not keep the DC output on`, async () => {
      const h = seccAt(DIN_STATE_PREFIXES[state] as string[]);
      assert.equal(h.secc.state, state);
      assert.equal(h.link.evseContactorsClosed, true);
      h.clock.advance(PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS - 10);
      assert.equal(h.closed(), false);
      h.clock.advance(20);
      assert.equal(h.closed(), true);
      const o = await h.secc.outcome;
      assert.equal(o.reason, 'timeout');
      assert.match(o.detail ?? '', new RegExp(`charge loop timeout.*${state}`));
      assert.equal(h.link.evseContactorsClosed, false);
      assert.equal(h.link.currentA, 0);
    });
  }

  it('the charge loop timeout follows configuration and restarts with every request', async () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForCurrentDemandOrPowerDelivery as string[], {
      settings: { timing: { chargeLoopTimeoutMs: 3000 } },
    });
    // a car that pauses like the slowest real one (Ioniq: 430 ms) for a while is served on
    for (let i = 0; i < 20; i++) {
      h.clock.advance(430);
      assert.equal(h.din('CurrentDemandReq')?.code, 'OK');
    }
    h.clock.advance(2990);
    assert.equal(h.closed(), false);
    h.clock.advance(20);
    assert.equal(h.closed(), true);
    assert.match((await h.secc.outcome).detail ?? '', /within 3000 ms/);
  });

  it('after PowerDelivery(stop) the output is off and the 60 s sequence timeout applies again', () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForWeldingDetectionOrSessionStop as string[]);
    h.clock.advance(PICCS_SECC_CHARGE_LOOP_TIMEOUT_MS * 5);
    assert.equal(h.closed(), false);
  });

  it('answers CableCheck FAILED when the isolation check outlasts the cable check limit (38 s)', () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForCableCheck as string[], { link: { evse: { isolationCheckMs: 1e9 } } });
    let r: ReturnType<typeof h.din>;
    let n = 0;
    do {
      r = h.din('CableCheckReq');
      h.clock.advance(1000);
      n++;
    } while (r?.code === 'OK' && n < 100);
    assert.equal(r?.code, 'FAILED');
    assert.ok(h.clock.now() >= ISO2_V2G_SECC_CABLE_CHECK_PERFORMANCE_TIME_MS);
    assert.ok(h.clock.now() < ISO2_V2G_SECC_CABLE_CHECK_PERFORMANCE_TIME_MS + 3000);
    assert.equal(h.closed(), true);
  });

  it('answers ContractAuthentication FAILED when the user never authorizes within the ongoing limit (55 s)', () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForAuthorization as string[], { authorizer: { status: () => 'Ongoing' } });
    let r: ReturnType<typeof h.din>;
    let n = 0;
    do {
      r = h.din('ContractAuthenticationReq');
      if (r?.code === 'OK') assert.equal(r.body.EVSEProcessing, 'Ongoing');
      h.clock.advance(1000);
      n++;
    } while (r?.code === 'OK' && n < 100);
    assert.equal(r?.code, 'FAILED');
    assert.ok(h.clock.now() >= ISO2_V2G_SECC_ONGOING_PERFORMANCE_TIME_MS);
  });

  it('a rejected authorization is answered FAILED at once', () => {
    const h = seccAt(DIN_STATE_PREFIXES.WaitForAuthorization as string[], { authorizer: { status: () => 'Rejected' } });
    assert.equal(h.din('ContractAuthenticationReq')?.code, 'FAILED');
  });
});
