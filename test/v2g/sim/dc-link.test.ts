import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import { SimDcLink } from '../../../src/v2g/index.js';

describe('SimDcLink physics', () => {
  it('isolation check: contactors close, runs for isolationCheckMs, then reports the configured result', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c, { evse: { isolationCheckMs: 1000 } });
    l.evse.startIsolationCheck();
    assert.equal(l.evse.contactorsClosed(), true);
    c.advance(999);
    assert.equal(l.evse.isolationCheckRunning(), true);
    assert.equal(l.evse.isolation(), 'Invalid');
    c.advance(2);
    assert.equal(l.evse.isolationCheckRunning(), false);
    assert.equal(l.evse.isolation(), 'Valid');
  });

  it('precharge ramps the inlet voltage towards the battery voltage at the slew rate', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c, { evse: { voltageRampVPerS: 100 } });
    const vb = l.ev.batteryVoltageV();
    l.evse.setTarget('preCharge', vb, 2);
    c.advance(1000);
    assert.ok(Math.abs(l.evse.presentVoltageV() - 100) < 1e-6);
    assert.equal(l.ev.inletVoltageV?.(), l.evse.presentVoltageV());
    c.advance(10_000);
    assert.ok(Math.abs(l.evse.presentVoltageV() - vb) < 1e-6);
    assert.equal(l.evse.presentCurrentA(), 0, 'no current while the car contactors are open');
  });

  it('current follows the request within the charger limits, SoC and energy integrate', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c, {
      evse: { limits: { maxCurrentA: 80, maxPowerW: 50_000 } as never, currentRampAPerS: 50 },
      ev: { initialSocPercent: 50 },
    });
    l.evse.setTarget('preCharge', l.ev.batteryVoltageV(), 2);
    c.advance(5000);
    l.ev.setContactors(true);
    l.evse.setTarget('charge', 400, 120);
    c.advance(1000);
    assert.ok(Math.abs(l.evse.presentCurrentA() - 50) < 1e-6, 'ramps at 50 A/s');
    c.advance(5000);
    assert.ok(Math.abs(l.evse.presentCurrentA() - 80) < 1e-6, 'limited to the charger max current');
    const soc0 = l.ev.socPercent();
    const e0 = l.energyDeliveredWh;
    c.advance(60_000);
    const wh = l.energyDeliveredWh - e0;
    // ~80 A x ~370 V for 60 s ~ 490 Wh
    assert.ok(wh > 400 && wh < 600, `${wh}`);
    assert.ok(Math.abs(l.ev.socPercent() - soc0 - (wh / 28_000) * 100) < 1e-6);
    assert.ok(l.evse.presentVoltageV() > l.ev.batteryVoltageV(), 'terminal voltage above OCV while charging (I*R)');
  });

  it('respects the power limit and the voltage limit', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c, { evse: { limits: { maxPowerW: 10_000 } as never } });
    l.evse.setTarget('preCharge', l.ev.batteryVoltageV(), 2);
    c.advance(5000);
    l.ev.setContactors(true);
    l.evse.setTarget('charge', 400, 100);
    c.advance(5000);
    const p = l.evse.presentVoltageV() * l.evse.presentCurrentA();
    assert.ok(p <= 10_000 * 1.01, `${p}`);
    l.evse.setTarget('charge', l.ev.batteryVoltageV() + 0.5, 100);
    c.advance(5000);
    assert.ok(l.evse.presentVoltageV() <= l.ev.batteryVoltageV() + 0.5 + 0.2);
  });

  it('output off: current drops, the cable voltage decays for welding detection; emergency latches', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c);
    l.evse.setTarget('preCharge', 350, 2);
    c.advance(2000);
    l.evse.setTarget('off', 0, 0);
    l.evse.setContactors(false);
    c.advance(1000);
    assert.ok(l.evse.presentVoltageV() < 350 * Math.exp(-3) + 1);
    l.evse.emergencyStop();
    l.evse.setTarget('charge', 400, 100);
    assert.equal(l.evse.contactorsClosed(), false);
    assert.equal(l.evse.health(), 'emergency');
  });

  it('EV alone (real charger): integrates what the charger reports', () => {
    const c = new ManualClock();
    const l = new SimDcLink(c, { sides: 'ev', ev: { initialSocPercent: 50 } });
    l.ev.setContactors(true);
    l.ev.observeCharger?.(360, 100);
    c.advance(3_600_000 / 100); // 36 s at 36 kW = 360 Wh
    assert.ok(Math.abs(l.energyDeliveredWh - 360) < 1);
  });
});
