/**
 * SECC response time in the charge loop for every protocol and mode (issues 8 and 9: p99 under 2 ms here):
 * an SECC and an EVCC in memory on a ManualClock, every message through the EXI codec; the time from the
 * request bytes entering the SECC's port (decode included) to the response bytes leaving it (encode included),
 * for CurrentDemandReq (DC) and ChargingStatusReq (AC), after a warm-up session.
 */

import { percentiles } from '../src/app/summary.js';
import { ManualClock } from '../src/core/clock.js';
import { decodeExi, encodeExi } from '../src/exi/index.js';
import { createMemoryPortPair, Evcc, type PortEvent, Secc, SimDcLink, type V2gMessagePort } from '../src/v2g/index.js';

const LOOPS = Number(process.env.V2G_LOOP_BENCH_N ?? 3000);

function session(protocol: 'din' | 'iso2', mode: 'dc' | 'ac', loops: number): number[] {
  const clock = new ManualClock();
  const link = new SimDcLink(clock, { ac: mode === 'ac', ev: { initialSocPercent: 20, targetSocPercent: 99 } });
  let decodeStart = 0;
  const { a, b } = createMemoryPortPair({
    clock,
    latencyMs: 1,
    codec: {
      encode: (d, s) => encodeExi(d, s),
      decode: (bytes, s) => {
        decodeStart = performance.now();
        return decodeExi(bytes, s);
      },
    },
  });
  const samples: number[] = [];
  let pending: { t0: number } | undefined;
  const timed: V2gMessagePort = {
    send: (doc, schema) => {
      b.send(doc, schema);
      if (pending) samples.push(performance.now() - pending.t0);
      pending = undefined;
    },
    expect: (s) => b.expect(s),
    close: () => b.close(),
    subscribe: (l) =>
      b.subscribe((e: PortEvent) => {
        if (e.type === 'message') {
          const name = Object.keys((e.doc as { V2G_Message?: { Body?: object } }).V2G_Message?.Body ?? {})[0];
          pending = name === 'CurrentDemandReq' || name === 'ChargingStatusReq' ? { t0: decodeStart } : undefined;
        }
        l(e);
        pending = undefined;
      }),
  };
  const secc = new Secc({
    port: timed,
    clock,
    powerStage: link.evse,
    settings: { protocols: [protocol], ...(mode === 'ac' ? { iso2EnergyTransferModes: ['AC_three_phase_core'] } : {}) },
  });
  const evcc = new Evcc({
    port: a,
    clock,
    battery: link.ev,
    settings: { protocols: [protocol], energyMode: mode, timingPreset: 'spec', stopAfterChargeLoops: loops },
  });
  let done = false;
  void Promise.all([secc.outcome, evcc.outcome]).then(() => {
    done = true;
  });
  secc.start();
  evcc.start();
  // the session is synchronous between timers: run timer by timer until both sides ended
  for (let i = 0; i < 10_000_000 && clock.runNext(); i++) {
    if (done) break;
  }
  return samples;
}

for (const [protocol, mode] of [
  ['din', 'dc'],
  ['iso2', 'dc'],
  ['iso2', 'ac'],
] as const) {
  session(protocol, mode, 200); // warm-up (JIT)
  const s = session(protocol, mode, LOOPS);
  const p = percentiles(s);
  const what = mode === 'ac' ? 'ChargingStatus' : 'CurrentDemand';
  console.log(
    `${protocol} ${mode} SECC ${what}, EXI bytes in -> bytes out: n=${s.length} p50 ${p.p50} ms p99 ${p.p99} ms max ${p.max} ms (target p99 < 2 ms)`,
  );
}
