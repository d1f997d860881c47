/**
 * SECC vs EVCC over real V2GTP/TCP on loopback (src/v2gtp transport + EXI port + codec), on the system clock:
 * the same drivers as in memory, unchanged.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { systemClock } from '../../src/core/clock.js';
import { Evcc, Secc, SimDcLink, type V2gEvent } from '../../src/v2g/index.js';
import { connectV2g, createExiPort, V2gServer } from '../../src/v2gtp/transport.js';
import { dedupe, names } from './helpers/session.js';

describe('DIN session over V2GTP/TCP on ::1', () => {
  it('completes with every message through the framer and the EXI codec', async () => {
    const link = new SimDcLink(systemClock, {
      evse: { isolationCheckMs: 100, voltageRampVPerS: 4000, currentRampAPerS: 1000 },
      ev: { initialSocPercent: 50 },
    });
    const seccEvents: V2gEvent[] = [];
    const evccEvents: V2gEvent[] = [];
    let secc: Secc | undefined;
    const server = await V2gServer.listen({
      host: '::1',
      clock: systemClock,
      onConnection: (conn) => {
        secc = new Secc({
          port: createExiPort(conn),
          clock: systemClock,
          powerStage: link.evse,
          onEvent: (e) => seccEvents.push(e),
        });
        secc.start();
      },
    });
    try {
      const conn = await connectV2g({ host: '::1', port: server.port, clock: systemClock });
      const evcc = new Evcc({
        port: createExiPort(conn),
        clock: systemClock,
        battery: link.ev,
        settings: {
          protocols: ['din'],
          stopAfterChargeLoops: 10,
          ongoingRepeatMs: 20,
          preChargeRepeatMs: 20,
          currentDemandIntervalMs: 10,
          stateCDelayMs: 0,
          contactorCloseDelayMs: 0,
          contactorOpenDelayMs: 20,
          weldingRepeatMs: 20,
          weldingMaxRequests: 2,
        },
        onEvent: (e) => evccEvents.push(e),
      });
      evcc.start();
      assert.deepEqual(await evcc.outcome, { ok: true });
      assert.ok(secc);
      assert.deepEqual(await secc.outcome, { ok: true });
      assert.deepEqual(dedupe(names(evccEvents, 'tx')).slice(-5), [
        'PowerDeliveryReq',
        'CurrentDemandReq',
        'PowerDeliveryReq',
        'WeldingDetectionReq',
        'SessionStopReq',
      ]);
      assert.equal(names(seccEvents, 'tx').length, names(evccEvents, 'tx').length);
    } finally {
      await server.close();
    }
  });
});
