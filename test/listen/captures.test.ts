/**
 * Every real capture in ../shared/fixtures/pyplc/results decodes without an error, and the counts that do not
 * depend on EXI match what INDEX.md states (frames, SDP requests/responses, V2G messages after reassembly).
 */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCapture } from '../../src/capture/pcap-reader.js';
import { decodeFrames } from '../../src/listen/decoder.js';
import type { V2gEvent } from '../../src/listen/events.js';
import { SHARED_MISSING, sharedPath } from '../helpers/shared.js';

const dir = sharedPath('fixtures/pyplc/results');
const files = dir ? readdirSync(dir).filter((f) => /\.pcap(ng)?$/.test(f)) : [];

/**
 * file fragment -> frames, SDP requests/responses, V2G messages from INDEX.md (pairs counted where it lists them),
 * and TCP data retransmissions as Wireshark 4 counts them (`tcp.analysis.retransmission`).
 */
const EXPECTED: Record<
  string,
  { frames: number; sdpReq?: number; sdpRes?: number; v2g?: number; broadcastOnly?: boolean; retransmissions?: number }
> = {
  '2022-10-26_WP4': { frames: 33, v2g: 0, broadcastOnly: true },
  '2022-11-17_Dehner': { frames: 29, sdpReq: 1, sdpRes: 0, v2g: 0 },
  '2023-04-19_westparkAlpi': { frames: 12963, sdpReq: 87, sdpRes: 2 },
  // "11463 EXI messages" (INDEX.md): each counted once although 576 segments were retransmitted
  '2023-04-24_atHome_Ioniq': { frames: 25586, v2g: 11463, retransmissions: 576 },
  '2023-04-16_at_home_Ioniq': { frames: 6348, retransmissions: 17 },
  '2025-01-21_listenMode_02': { frames: 1008, retransmissions: 6 },
  '2026-02-03_pyPLC_FoccciCape_with_Ioniq': { frames: 14132, retransmissions: 7 },
  // CableCheck x1, PreCharge x11, CurrentDemand x50 + 8 other pairs: 69 request/response pairs
  '2023-05-24_pyPlc_with_Ioniq93': { frames: 730, sdpReq: 1, sdpRes: 1, v2g: 138, retransmissions: 3 },
  '2023-05-03_TaycanLeftside': { frames: 28, v2g: 0 },
  '2026-02-08_pyPLC_FoccciCape_AudiQ4': { frames: 747, sdpReq: 53, sdpRes: 3 },
  '2025-01-21_listenMode_01': { frames: 119, v2g: 0, broadcastOnly: true },
};

describe('listen decoder on the 28 real captures', () => {
  it('finds all 28 captures', { skip: dir ? false : SHARED_MISSING }, () => {
    assert.equal(files.length, 28);
  });
  for (const f of files) {
    it(f, () => {
      const { events, summary } = decodeFrames(readCapture(readFileSync(`${dir}/${f}`)));
      assert.equal(summary.malformed, 0, 'no malformed frames in these captures');
      assert.ok(summary.sessions.length >= 1);
      const v2g = events.filter((e): e is V2gEvent => e.type === 'v2g');
      assert.equal(v2g.length, summary.v2g);
      // every event is ordered in time within a small tolerance (held segments complete later, never earlier)
      for (const e of events) assert.ok(e.t >= 0 && e.t <= summary.durationS + 1e-6, `${e.type} at ${e.t}`);
      const exp = Object.entries(EXPECTED).find(([k]) => f.includes(k))?.[1];
      if (exp) {
        assert.equal(summary.frames, exp.frames);
        if (exp.sdpReq !== undefined) assert.equal(summary.sdpCounts.req, exp.sdpReq);
        if (exp.sdpRes !== undefined) assert.equal(summary.sdpCounts.res, exp.sdpRes);
        if (exp.v2g !== undefined) assert.equal(summary.v2g, exp.v2g);
        if (exp.retransmissions !== undefined) assert.equal(summary.retransmissions, exp.retransmissions);
        if (exp.broadcastOnly !== undefined) assert.equal(summary.broadcastOnly, exp.broadcastOnly);
      }
    });
  }
});
