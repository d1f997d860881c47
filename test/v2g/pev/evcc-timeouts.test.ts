import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evccTiming, type MessageName, type V2gEvent } from '../../../src/v2g/index.js';
import { makePair } from '../helpers/session.js';
import { type Tamper, tamperPort } from '../helpers/tamper.js';

const FIELD = evccTiming('din', 'field');
const SPEC = evccTiming('din', 'spec');

function lastTx(events: V2gEvent[], name: string): number {
  const tx = events.filter((e) => e.type === 'v2g.message' && e.dir === 'tx' && e.name === name);
  return (tx.at(-1) as { atMs: number }).atMs;
}

/** Drop the first response called `resName` the SECC sends. */
function dropFirst(resName: string): Tamper {
  let dropped = false;
  return (doc, name) => {
    if (!dropped && name === resName) {
      dropped = true;
      return undefined;
    }
    return doc;
  };
}

const FATAL: MessageName[] = [
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

describe('EVCC message timeouts (field preset) on the simulated clock', () => {
  it('no supportedAppProtocolRes: timeout after 2 s', async () => {
    const p = makePair({ wrapSecc: (port) => tamperPort(port, dropFirst('supportedAppProtocolRes')) });
    p.secc.start();
    p.evcc.start();
    p.run(10_000);
    const o = await p.evcc.outcome;
    assert.equal(o.reason, 'timeout');
    const f = p.evccEvents.find((e) => e.type === 'v2g.failed') as { atMs: number };
    assert.equal(f.atMs, FIELD.msgTimeoutMs.supportedAppProtocol);
  });

  for (const msg of FATAL) {
    it(`no ${msg}Res: safe shutdown after exactly ${FIELD.msgTimeoutMs[msg]} ms`, async () => {
      const p = makePair({
        wrapSecc: (port) => tamperPort(port, dropFirst(`${msg}Res`)),
        // the charger must outwait the car here (its own charge loop timeout is tested in secc-timeouts)
        secc: { timing: { chargeLoopTimeoutMs: 60_000 } },
        link: { ev: { initialSocPercent: 78, targetSocPercent: 79 } },
      });
      p.secc.start();
      p.evcc.start();
      p.run();
      const o = await p.evcc.outcome;
      assert.equal(o.reason, 'timeout', JSON.stringify(o));
      assert.match(o.detail ?? '', new RegExp(`no ${msg}Res within ${FIELD.msgTimeoutMs[msg]} ms`));
      const f = p.evccEvents.find((e) => e.type === 'v2g.failed') as { atMs: number };
      // the dropped response belongs to the first request of that name
      const firstTx = p.evccEvents.find(
        (e) => e.type === 'v2g.message' && e.dir === 'tx' && e.name === `${msg}Req`,
      ) as {
        atMs: number;
      };
      assert.equal(f.atMs - firstTx.atMs, FIELD.msgTimeoutMs[msg]);
      assert.equal(p.link.stateCRequested, false, 'CP back to state B');
      assert.equal(p.link.evContactorsClosed, false, 'battery contactors open after the safe shutdown delay');
    });
  }

  it('no WeldingDetectionRes (ABB 2022-12-21): continues with SessionStop and ends normally', async () => {
    const p = makePair({
      wrapSecc: (port) => tamperPort(port, dropFirst('WeldingDetectionRes')),
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.2 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.equal(lastTx(p.evccEvents, 'SessionStopReq') > 0, true);
  });

  it('no SessionStopRes (Alpitronic HYC300): the session still ends normally after the timeout', async () => {
    const p = makePair({
      wrapSecc: (port) => tamperPort(port, (doc, name) => (name === 'SessionStopRes' ? undefined : doc)),
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.2 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
  });

  it('spec preset uses the DIN numbers: CurrentDemand 250 ms', async () => {
    assert.equal(SPEC.msgTimeoutMs.CurrentDemand, 250);
    const p = makePair({
      evcc: { timingPreset: 'spec' },
      wrapSecc: (port) => tamperPort(port, dropFirst('CurrentDemandRes')),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.match(o.detail ?? '', /no CurrentDemandRes within 250 ms/);
  });
});

describe('EVCC loop timers', () => {
  it('ContractAuthentication Ongoing longer than the authorization loop timer', async () => {
    const p = makePair({
      authorizer: { status: () => 'Ongoing' },
      secc: { timing: { ongoingLimitMs: 1e9 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.equal(o.reason, 'timeout');
    assert.match(o.detail ?? '', /authorization still Ongoing/);
    const f = p.evccEvents.find((e) => e.type === 'v2g.failed') as { atMs: number };
    assert.ok(f.atMs >= FIELD.authorizationLoopMs && f.atMs < FIELD.authorizationLoopMs + 1000, `${f.atMs}`);
  });

  it('ChargeParameterDiscovery Ongoing (power stage not ready) longer than its loop timer', async () => {
    const p = makePair({ secc: { timing: { ongoingLimitMs: 1e9 } } });
    p.link.setEvseHealth('notReady');
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.match(o.detail ?? '', /ChargeParameterDiscovery still Ongoing/);
    const f = p.evccEvents.find((e) => e.type === 'v2g.failed') as { atMs: number };
    assert.ok(f.atMs >= FIELD.chargeParameterLoopMs && f.atMs < FIELD.chargeParameterLoopMs + 1000, `${f.atMs}`);
  });

  it('CableCheck Ongoing longer than the cable check loop timer (spec preset: DIN 40 s)', async () => {
    const p = makePair({
      evcc: { timingPreset: 'spec' },
      secc: { timing: { cableCheckLimitMs: 1e9 } },
      link: { evse: { isolationCheckMs: 1e9 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.match(o.detail ?? '', /CableCheck still Ongoing after 40000 ms/);
    assert.equal(p.link.stateCRequested, false);
  });

  it('PreCharge never reaching the battery voltage: PreCharge loop timer (spec 7 s, field 30 s)', async () => {
    for (const [preset, ms] of [
      ['spec', SPEC.preChargeLoopMs],
      ['field', FIELD.preChargeLoopMs],
    ] as const) {
      const p = makePair({ evcc: { timingPreset: preset }, link: { evse: { voltageRampVPerS: 1 } } });
      p.secc.start();
      p.evcc.start();
      p.run();
      const o = await p.evcc.outcome;
      assert.match(o.detail ?? '', new RegExp(`PreCharge: .* after ${ms} ms`));
      assert.equal(p.link.evContactorsClosed, false, 'contactors never closed');
    }
  });

  it('CommunicationSetup: no SessionSetupRes within 20 s even with a lax message timeout', async () => {
    const p = makePair({
      evcc: { timing: { msgTimeoutMs: { SessionSetup: 60_000 } } },
      wrapSecc: (port) => tamperPort(port, dropFirst('SessionSetupRes')),
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.match(o.detail ?? '', /CommunicationSetup/);
    const f = p.evccEvents.find((e) => e.type === 'v2g.failed') as { atMs: number };
    assert.equal(f.atMs, 20_000);
  });

  it('ReadyToCharge: ChargeParameterDiscovery finished but no PowerDeliveryRes(start) in time', async () => {
    const p = makePair({ evcc: { timing: { readyToChargeMs: 1000 } } });
    p.secc.start();
    p.evcc.start();
    p.run();
    const o = await p.evcc.outcome;
    assert.match(o.detail ?? '', /ReadyToCharge/);
  });
});
