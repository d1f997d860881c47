import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExiDocument, MessageName } from '../../../src/v2g/index.js';
import { parseV2gMessage } from '../../../src/v2g/index.js';
import { dedupe, makePair, names } from '../helpers/session.js';
import { rewriteBody, tamperPort } from '../helpers/tamper.js';

const STEPS: MessageName[] = [
  'SessionSetup',
  'ServiceDiscovery',
  'ServicePaymentSelection',
  'ContractAuthentication',
  'ChargeParameterDiscovery',
  'CableCheck',
  'PreCharge',
  'PowerDelivery',
  'CurrentDemand',
];

describe('EVCC on FAILED responses', () => {
  for (const msg of STEPS) {
    it(`${msg}Res FAILED: safe shutdown (CP state B, contactors open) and v2g.failed`, async () => {
      const res = `${msg}Res`;
      const p = makePair({
        wrapSecc: (port) =>
          tamperPort(port, (doc, name) =>
            name === res
              ? rewriteBody(doc, name, (b) => {
                  b.ResponseCode = 'FAILED';
                })
              : doc,
          ),
      });
      p.secc.start();
      p.evcc.start();
      p.run();
      const o = await p.evcc.outcome;
      assert.equal(o.reason, 'failedResponse');
      assert.equal(o.detail, `${res} FAILED`);
      assert.equal(p.link.stateCRequested, false);
      assert.equal(p.link.evContactorsClosed, false);
      assert.ok(p.evccEvents.some((e) => e.type === 'v2g.failed' && e.reason === 'failedResponse'));
      // the SECC sees the connection close and goes to its safe state too
      const so = await p.secc.outcome;
      assert.equal(so.ok, false);
      assert.equal(p.link.evseContactorsClosed, false);
    });
  }

  it('CurrentDemandRes FAILED_SequenceError (2022-12-20_alpi_currentDemandSequenceErrorShutdown): stops while charging', async () => {
    let n = 0;
    const p = makePair({
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'CurrentDemandRes' && ++n === 20
            ? rewriteBody(doc, name, (b) => {
                b.ResponseCode = 'FAILED_SequenceError';
              })
            : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.detail, 'CurrentDemandRes FAILED_SequenceError');
    assert.ok(p.evccEvents.some((e) => e.type === 'v2g.chargingStopped'));
    assert.equal(p.link.evContactorsClosed, false);
  });

  it('WeldingDetectionRes FAILED (Alpitronic 2022-12-21): tolerated, SessionStop follows, session ok', async () => {
    const p = makePair({
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.3 } },
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'WeldingDetectionRes'
            ? rewriteBody(doc, name, (b) => {
                b.ResponseCode = 'FAILED';
              })
            : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.equal(names(p.evccEvents, 'tx').at(-1), 'SessionStopReq');
  });
});

describe('EVCC on EVSE status and stop commands', () => {
  it('EVSE_Shutdown (charger user stop) during CurrentDemand: orderly stop, both sides end ok', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    p.secc.onEvent((e) => {
      if (e.type === 'v2g.chargeLoop' && e.count === 30) p.secc.stopCharging();
    });
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.deepEqual(await p.secc.outcome, { ok: true });
    const tx = dedupe(names(p.evccEvents, 'tx'));
    assert.deepEqual(tx.slice(-4), ['CurrentDemandReq', 'PowerDeliveryReq', 'WeldingDetectionReq', 'SessionStopReq']);
    assert.ok(p.evcc.chargeLoopCount >= 31 && p.evcc.chargeLoopCount <= 32);
  });

  it('EVSE_EmergencyShutdown during CurrentDemand: immediate safe shutdown, EVSE output latched off', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    let at = 0;
    p.secc.onEvent((e) => {
      if (e.type === 'v2g.chargeLoop' && e.count === 30) {
        at = e.atMs;
        p.secc.emergencyStop();
      }
    });
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.reason, 'emergency');
    assert.match(o.detail ?? '', /EVSE_EmergencyShutdown/);
    assert.equal(p.link.evseContactorsClosed, false);
    assert.equal(p.link.evContactorsClosed, false);
    const closed = p.evccEvents.find((e) => e.type === 'v2g.closed') as { atMs: number };
    // CP to B at once, contactors open after the configured safe shutdown delay (pyPLC: 2 s)
    assert.ok(closed.atMs - at <= 2000 + 300, `${closed.atMs - at}`);
    assert.equal((await p.secc.outcome).ok, false);
  });

  it('EVSE_Malfunction in PreChargeRes: evseShutdown failure', async () => {
    const p = makePair({
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'PreChargeRes'
            ? rewriteBody(doc, name, (b) => {
                (b.DC_EVSEStatus as Record<string, unknown>).EVSEStatusCode = 'EVSE_Malfunction';
              })
            : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.equal((await p.evcc.outcome).reason, 'evseShutdown');
  });

  it('EVSE_Shutdown in PreChargeRes: ends with SessionStop without charging', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    p.evcc.onEvent((e) => {
      if (e.type === 'v2g.state' && e.state === 'PreCharge') p.secc.stopCharging();
    });
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.ok(!p.evccEvents.some((e) => e.type === 'v2g.chargingStarted'));
    assert.equal(names(p.evccEvents, 'tx').at(-1), 'SessionStopReq');
    assert.equal(p.link.evContactorsClosed, false);
  });

  it('EVCC stopCharging() during CableCheck goes straight to SessionStop', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    p.evcc.onEvent((e) => {
      if (e.type === 'v2g.state' && e.state === 'CableCheck') p.evcc.stopCharging();
    });
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.deepEqual(await p.secc.outcome, { ok: true });
    assert.deepEqual(dedupe(names(p.evccEvents, 'tx')).slice(-2), ['CableCheckReq', 'SessionStopReq']);
    assert.equal(p.link.stateCRequested, false);
  });

  it('EVCC stopCharging() in the charge loop ends with PowerDelivery(stop), WeldingDetection, SessionStop', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    p.evcc.onEvent((e) => {
      if (e.type === 'v2g.chargeLoop' && e.count === 10) p.evcc.stopCharging();
    });
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    // the 11th request was already scheduled; it goes out asking for 0 A, then PowerDelivery(stop)
    assert.equal(p.evcc.chargeLoopCount, 11);
    assert.deepEqual(dedupe(names(p.evccEvents, 'tx')).slice(-4), [
      'CurrentDemandReq',
      'PowerDeliveryReq',
      'WeldingDetectionReq',
      'SessionStopReq',
    ]);
  });

  it('EVCC emergencyStop(): contactors open and CP to B at once, connection closed', async () => {
    const p = makePair();
    p.secc.start();
    p.evcc.start();
    let checked = false;
    p.evcc.onEvent((e) => {
      if (e.type === 'v2g.chargeLoop' && e.count === 5) {
        p.evcc.emergencyStop();
        assert.equal(p.link.evContactorsClosed, false);
        assert.equal(p.link.stateCRequested, false);
        checked = true;
      }
    });
    p.run();
    assert.ok(checked);
    assert.equal((await p.evcc.outcome).reason, 'emergency');
    assert.equal((await p.secc.outcome).reason, 'connectionClosed');
    assert.equal(p.link.evseContactorsClosed, false);
  });

  it('stopAfterChargeLoops (tester quirk) ends the charge loop after N requests', async () => {
    const p = makePair({ evcc: { stopAfterChargeLoops: 7 } });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.equal(names(p.evccEvents, 'tx').filter((n) => n === 'CurrentDemandReq').length, 7);
  });
});

describe('EVCC SessionID handling', () => {
  it('2023-03-02_SuperCharger_CableCheck_error: a 4-byte SessionID is used exactly as received', async () => {
    const headers: string[] = [];
    const p = makePair({
      secc: { sessionIdBytes: 4 },
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.2 } },
      wrapEvcc: (port) =>
        tamperPort(port, (doc: ExiDocument) => {
          const m = parseV2gMessage(doc);
          if (!('error' in m)) headers.push(m.sessionId);
          return doc;
        }),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.equal(p.evcc.sessionId, '0ebe5b8d');
    assert.equal(headers[0], '0000000000000000', 'SessionSetupReq carries the all-zero SessionID');
    assert.ok(
      headers.slice(1).every((h) => h === '0ebe5b8d'),
      'every later request echoes the 4 bytes',
    );
    assert.ok(headers.includes('0ebe5b8d') && names(p.evccEvents, 'tx').includes('CableCheckReq'));
  });

  it('SessionSetupRes "OK" instead of OK_NewSessionEstablished (2022-11-25_v0.2_ABB_until_ChargeParamDiscovery) is accepted', async () => {
    const p = makePair({
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.2 } },
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) =>
          name === 'SessionSetupRes'
            ? rewriteBody(doc, name, (b) => {
                b.ResponseCode = 'OK';
              })
            : doc,
        ),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
  });

  it('an unexpected response type fails the session (badMessage)', async () => {
    const p = makePair({
      wrapSecc: (port) =>
        tamperPort(port, (doc, name) => {
          if (name !== 'ServiceDiscoveryRes') return doc;
          const d = structuredClone(doc) as { V2G_Message: { Body: Record<string, unknown> } };
          d.V2G_Message.Body = { SessionStopRes: { ResponseCode: 'OK' } };
          return d as unknown as ExiDocument;
        }),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.reason, 'badMessage');
    assert.match(o.detail ?? '', /expected ServiceDiscoveryRes, got SessionStopRes/);
  });
});
