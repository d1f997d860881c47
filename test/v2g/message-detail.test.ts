/**
 * What the message log shows of a body: EVSEProcessing on the Ongoing-capable responses (and its change logged at
 * info), PreCharge's present vs target voltage, and charge loop lines that say when the charger is at its limit.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryLogger } from '../../src/core/log.js';
import type { V2gEvent } from '../../src/v2g/index.js';
import { messageDetail } from '../../src/v2g/message-detail.js';
import { v2gMessageLog } from '../../src/v2g/message-log.js';

const INFO = 30;
const V = (Value: number, Multiplier = 0) => ({ Multiplier, Unit: 'V', Value });

function msg(dir: 'rx' | 'tx', name: string, atMs: number, body?: Record<string, unknown>, code?: string): V2gEvent {
  const detail = messageDetail(name, body);
  return {
    type: 'v2g.message',
    dir,
    name,
    atMs,
    ...(code ? { responseCode: code } : {}),
    ...(detail ? { detail } : {}),
  };
}

describe('messageDetail', () => {
  it('takes EVSEProcessing, the PreCharge/WeldingDetection voltages and the CurrentDemand limit flags', () => {
    assert.deepEqual(messageDetail('CableCheckRes', { ResponseCode: 'OK', EVSEProcessing: 'Ongoing' }), {
      processing: 'Ongoing',
    });
    assert.deepEqual(messageDetail('AuthorizationRes', { EVSEProcessing: 'Ongoing_WaitingForCustomerInteraction' }), {
      processing: 'Ongoing_WaitingForCustomerInteraction',
    });
    assert.deepEqual(messageDetail('PreChargeReq', { EVTargetVoltage: V(3484, -1) }), { targetVoltageV: 348.4 });
    assert.deepEqual(messageDetail('PreChargeRes', { EVSEPresentVoltage: V(340) }), { presentVoltageV: 340 });
    assert.deepEqual(
      messageDetail('CurrentDemandRes', {
        EVSECurrentLimitAchieved: true,
        EVSEVoltageLimitAchieved: false,
        EVSEPowerLimitAchieved: true,
      }),
      { atLimit: ['current', 'power'] },
    );
    assert.deepEqual(messageDetail('CurrentDemandRes', { EVSECurrentLimitAchieved: false }), { atLimit: [] });
    assert.equal(messageDetail('SessionSetupRes', { ResponseCode: 'OK' }), undefined);
    assert.equal(messageDetail('PreChargeRes', {}), undefined);
  });
});

describe('message log details', () => {
  it('an Ongoing run: the first exchange and the change to Finished at info, the tally in the run line', () => {
    const { log, lines } = memoryLogger('debug');
    const l = v2gMessageLog(log);
    for (let i = 0; i < 8; i++) {
      l(msg('tx', 'CableCheckReq', i * 200, {}));
      l(msg('rx', 'CableCheckRes', i * 200 + 50, { EVSEProcessing: i < 7 ? 'Ongoing' : 'Finished' }, 'OK'));
    }
    l(msg('tx', 'PreChargeReq', 1700, { EVTargetVoltage: V(400) }));
    const info = lines.filter((x) => x.level === INFO).map((x) => x.msg);
    assert.deepEqual(info, [
      'tx CableCheckReq',
      'rx CableCheckRes OK (EVSEProcessing Ongoing)',
      'rx CableCheckRes OK (EVSEProcessing Finished)',
      'CableCheck x8 in 1.4 s (EVSEProcessing Ongoing x7, Finished x1)',
      'tx PreChargeReq (target 400 V)',
    ]);
  });

  it('PreCharge: each response shows present vs target voltage, the run line the last of both', () => {
    const { log, lines } = memoryLogger('info');
    const l = v2gMessageLog(log);
    const present = [12, 180, 345.2];
    present.forEach((p, i) => {
      l(msg('rx', 'PreChargeReq', i * 100, { EVTargetVoltage: V(3484, -1) }));
      l(msg('tx', 'PreChargeRes', i * 100 + 5, { EVSEPresentVoltage: V(Math.round(p * 10), -1) }, 'OK'));
    });
    l(msg('rx', 'PowerDeliveryReq', 400, {}));
    const text = lines.map((x) => String(x.msg));
    assert.ok(text.includes('tx PreChargeRes OK (present 12 V, target 348.4 V)'), text.join('\n'));
    const runLine = lines.find((x) => x.name === 'PreCharge' && x.repeats === 3);
    assert.equal(runLine?.msg, 'PreCharge x3 in 0.2 s: present 345.2 V, target 348.4 V');
  });

  it('charge loop lines say when the charger is at its limit, and in how many loops', () => {
    const { log, lines } = memoryLogger('info');
    const l = v2gMessageLog(log, { loopIntervalMs: 1000 });
    for (let i = 0; i < 25; i++) {
      const t = i * 100;
      l(msg('rx', 'CurrentDemandReq', t, {}));
      l(msg('tx', 'CurrentDemandRes', t + 1, { EVSECurrentLimitAchieved: i >= 5 && i < 15 }, 'OK'));
    }
    l({ type: 'v2g.chargingStopped', atMs: 2600 });
    const loopLines = lines.filter((x) => String(x.msg).startsWith('charge loop') && x.msg !== 'charge loop started');
    assert.deepEqual(
      loopLines.map((x) => x.msg),
      [
        'charge loop (charger at its current limit in 5 of 10 loops)',
        'charge loop (charger at its current limit in 5 of 10 loops)',
        'charge loop ended',
      ],
    );
    assert.deepEqual(loopLines[0]?.atLimit, ['current']);
  });
});
