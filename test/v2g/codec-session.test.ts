/**
 * Everything our SECC and EVCC send encodes with the project's EXI codec, and decodes back to the same document:
 * a whole DIN session through the codec, and every prebuilt failed response.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../src/core/clock.js';
import {
  DEFAULT_SECC_CONFIG,
  failedResponse,
  REQUEST_NAMES,
  type SeccCtx,
  SimDcLink,
  v2gMessage,
} from '../../src/v2g/index.js';
import { seccTiming } from '../../src/v2g/timing.js';
import { CODEC_MISSING, codec } from './helpers/codec.js';
import { makePair, names } from './helpers/session.js';

const skip = codec ? false : CODEC_MISSING;

describe('SECC and EVCC documents through the EXI codec', () => {
  it('a whole DIN DC session runs with every message encoded and decoded', { skip }, async () => {
    const sizes: number[] = [];
    const p = makePair({
      codec: {
        encode: (d, s) => {
          const b = codec!.encode(d, s);
          sizes.push(b.length);
          assert.deepEqual(codec!.decode(b, s), d, 'round trip');
          return b;
        },
        decode: (b, s) => codec!.decode(b, s),
      },
      link: { ev: { initialSocPercent: 78, targetSocPercent: 78.3 } },
    });
    p.secc.start();
    p.evcc.start();
    p.run();
    assert.deepEqual(await p.evcc.outcome, { ok: true });
    assert.deepEqual(await p.secc.outcome, { ok: true });
    assert.ok(names(p.evccEvents, 'tx').length > 20);
    assert.equal(sizes.length, names(p.evccEvents, 'tx').length + names(p.seccEvents, 'tx').length);
  });

  it('every failed response encodes, in every protocol', { skip }, () => {
    const link = new SimDcLink(new ManualClock());
    for (const protocol of ['din', 'iso2'] as const) {
      const ctx: SeccCtx = {
        protocol,
        state: 'WaitForCurrentDemand',
        sessionId: '0ebe5b8d',
        rxSessionId: '0ebe5b8d',
        proposedSessionId: '',
        resumableSessionId: '',
        nowMs: 1_700_000_000_000,
        config: { ...DEFAULT_SECC_CONFIG, timing: seccTiming(protocol) },
        evse: {
          limits: link.evse.limits(),
          presentVoltageV: 351.7,
          presentCurrentA: 12.3,
          isolation: 'Valid',
          isolationCheckRunning: false,
          contactorsClosed: true,
          health: 'ok',
          authorization: 'Finished',
        },
        ev: {},
        isolationStarted: true,
        stopRequested: false,
        emergency: false,
        charging: true,
        renegotiating: false,
        chargeLoopCount: 0,
      };
      for (const req of REQUEST_NAMES[protocol]) {
        const f = failedResponse(req, 'FAILED_SequenceError', ctx);
        if (!f) continue;
        const doc = v2gMessage(ctx.sessionId, f.name, f.body);
        const bytes = codec!.encode(doc, protocol);
        assert.deepEqual(codec!.decode(bytes, protocol), doc, `${protocol} ${f.name}`);
      }
    }
  });
});
