import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dedupe, makePair, names } from './helpers/session.js';

describe('DIN 70121 DC session, SECC vs EVCC in memory', () => {
  it('completes SessionSetup .. SessionStop with every Ongoing loop, charge loop and welding detection', async () => {
    const p = makePair({
      evcc: { stopAfterChargeLoops: 0 },
      link: { ev: { initialSocPercent: 78, targetSocPercent: 79 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const so = await p.secc.outcome;
    const eo = await p.evcc.outcome;
    assert.deepEqual(so, { ok: true });
    assert.deepEqual(eo, { ok: true });
    const seq = dedupe(names(p.evccEvents, 'tx'));
    assert.deepEqual(seq, [
      'supportedAppProtocolReq',
      'SessionSetupReq',
      'ServiceDiscoveryReq',
      'ServicePaymentSelectionReq',
      'ContractAuthenticationReq',
      'ChargeParameterDiscoveryReq',
      'CableCheckReq',
      'PreChargeReq',
      'PowerDeliveryReq',
      'CurrentDemandReq',
      'PowerDeliveryReq',
      'WeldingDetectionReq',
      'SessionStopReq',
    ]);
    const tx = names(p.evccEvents, 'tx');
    assert.ok(tx.filter((n) => n === 'CableCheckReq').length > 1, 'CableCheck loops while the isolation check runs');
    assert.ok(tx.filter((n) => n === 'PreChargeReq').length > 1, 'PreCharge loops while the voltage ramps');
    assert.ok(tx.filter((n) => n === 'CurrentDemandReq').length > 10, 'charge loop runs');
    assert.equal(p.secc.sessionId, '0ebe5b8d693ee379');
    assert.equal(p.evcc.sessionId, '0ebe5b8d693ee379');
    assert.ok(p.link.energyDeliveredWh > 0);
    assert.equal(p.link.evseContactorsClosed, false);
    assert.equal(p.link.evContactorsClosed, false);
    assert.ok(p.seccEvents.some((e) => e.type === 'v2g.chargingStarted'));
    assert.ok(p.evccEvents.some((e) => e.type === 'v2g.sessionStopped'));
  });
});
