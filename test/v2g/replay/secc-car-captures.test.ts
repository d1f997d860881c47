/**
 * Field cases, EVSE side: the car requests of pyPLC's EVSE-mode captures (and the car half of the Ioniq <->
 * Alpitronic SPI capture) replayed into our SECC at their recorded pace. Every request must get a valid response
 * of the right type (OK family), in order. When the car moved on after an answer that pyPLC gave faster than our
 * simulated insulation test, the car's waiting is emulated by repeating the Ongoing request.
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ManualClock } from '../../../src/core/clock.js';
import {
  createMemoryPortPair,
  type EvsePowerStage,
  type ExiDocument,
  parseV2gMessage,
  Secc,
  SimDcLink,
  type V2gOutcome,
} from '../../../src/v2g/index.js';
import { SHARED_MISSING } from '../../helpers/shared.js';
import { CAPTURE_DIR, type CapturedConnection, type CapturedMessage, captureConnections } from '../helpers/captures.js';
import { CODEC_MISSING, codec } from '../helpers/codec.js';

interface ReplayResult {
  answered: { req: string; res: string; code: string }[];
  apphandRes?: ExiDocument;
  outcome?: V2gOutcome;
  closed: boolean;
  sessionId: string;
  /** v2g.failed detail, if the SECC gave up. */
  failed?: string;
}

function headerSid(doc: ExiDocument): string {
  const p = parseV2gMessage(doc);
  return 'error' in p ? '' : p.sessionId;
}

export function replayCar(conn: CapturedConnection): ReplayResult {
  if (!codec) throw new Error(CODEC_MISSING);
  const reqs = conn.messages.filter((m) => m.fromEv);
  const setupRes = conn.messages.find((m) => !m.fromEv && m.name === 'SessionSetupRes');
  const sid = setupRes ? headerSid(setupRes.doc) : '0102030405060708';
  const clock = new ManualClock();
  const link = new SimDcLink(clock, { sides: 'evse', evse: { isolationCheckMs: 1e9 } });
  // pyPLC's answers drive our inputs, so that we say Ongoing exactly where pyPLC did and the car's repeats fit:
  // authorization, charger readiness (ChargeParameterDiscovery) and the insulation test (CableCheck)
  const script = { auth: 'Finished' as 'Finished' | 'Ongoing', ready: true, isoDone: false };
  const stage: EvsePowerStage = {
    ...link.evse,
    isolationCheckRunning: () => !script.isoDone,
    isolation: () => (script.isoDone ? 'Valid' : 'Invalid'),
    health: () => (script.ready ? link.evse.health() : 'notReady'),
  };
  const { a: car, b } = createMemoryPortPair({ clock, latencyMs: 1, codec });
  const result: ReplayResult = { answered: [], closed: false, sessionId: '' };
  const secc = new Secc({
    port: b,
    clock,
    powerStage: stage,
    authorizer: { status: () => script.auth },
    settings: { protocols: ['din'], sessionIdBytes: sid.length / 2 },
    randomBytes: () => Buffer.from(sid, 'hex'),
    onEvent: (e) => {
      if (e.type === 'v2g.failed') result.failed = `${e.reason}: ${e.detail}`;
      if (e.type === 'v2g.closed') result.outcome = { ok: e.ok };
    },
  });
  const responses: ExiDocument[] = [];
  let closed = false;
  car.subscribe((e) => {
    if (e.type === 'message') responses.push(e.doc);
    if (e.type === 'closed') closed = true;
    if (e.type === 'error') throw e.error;
  });
  secc.start();
  const t0 = reqs[0]?.t ?? 0;
  /** pyPLC's answer to the car's request at index `i` of conn.messages. */
  const capturedAnswer = (req: CapturedMessage): Record<string, unknown> | undefined => {
    const i = conn.messages.indexOf(req);
    const res = conn.messages.slice(i + 1).find((m) => !m.fromEv);
    const p = res ? parseV2gMessage(res.doc) : undefined;
    return p && !('error' in p) && p.name === req.name.replace(/Req$/, 'Res') ? p.body : undefined;
  };
  const ask = (doc: ExiDocument, schema: 'apphand' | 'din'): ExiDocument | undefined => {
    const n = responses.length;
    car.send(doc, schema);
    if (schema === 'apphand') car.expect('apphand');
    clock.advance(3);
    if (schema === 'apphand') car.expect('din');
    return responses.length > n ? responses[responses.length - 1] : undefined;
  };
  for (let i = 0; i < reqs.length && !closed; i++) {
    const req = reqs[i] as (typeof reqs)[number];
    // the car's pace, long pauses compressed (they are between sessions, not inside one)
    const target = (req.t - t0) * 1000;
    if (target > clock.now()) clock.advance(Math.min(target - clock.now(), 5000));
    const apphand = req.name === 'supportedAppProtocolReq';
    const pyplc = capturedAnswer(req);
    const ongoing = pyplc?.EVSEProcessing === 'Ongoing';
    if (req.name === 'ContractAuthenticationReq') script.auth = ongoing ? 'Ongoing' : 'Finished';
    if (req.name === 'ChargeParameterDiscoveryReq') script.ready = !ongoing;
    if (req.name === 'CableCheckReq') script.isoDone = !ongoing;
    let res = ask(req.doc, apphand ? 'apphand' : 'din');
    if (!res) break;
    if (apphand) {
      result.apphandRes = res;
      continue;
    }
    let p = parseV2gMessage(res);
    if ('error' in p) throw new Error(p.error);
    // emulate the car waiting for our (slower) insulation test
    for (
      let k = 0;
      k < 100 && p.body.EVSEProcessing === 'Ongoing' && reqs[i + 1] && reqs[i + 1]?.name !== req.name;
      k++
    ) {
      clock.advance(100);
      res = ask(req.doc, 'din') as ExiDocument;
      p = parseV2gMessage(res) as Exclude<typeof p, { error: string }>;
    }
    result.answered.push({ req: req.name, res: p.name, code: String(p.body.ResponseCode) });
  }
  clock.advance(10);
  result.closed = closed;
  result.sessionId = secc.sessionId;
  return result;
}

const CARS: { file: string; what: string; endsWithSessionStop: boolean }[] = [
  {
    file: '2023-05-24_pyPlc_with_Ioniq93prcSoc.pcapng',
    what: 'Ioniq at 93 % SoC, complete short DIN flow',
    endsWithSessionStop: false,
  },
  {
    file: '2023-04-16_at_home_Ioniq_in_currentDemandLoop.pcapng',
    what: 'Ioniq closes contactors on PreCharge voltage',
    endsWithSessionStop: false,
  },
  {
    file: '2023-04-26_atHome_IoniqWithBulbs10minutesTimeout.pcapng',
    what: 'Ioniq stops by itself after 601 s',
    endsWithSessionStop: true,
  },
  {
    file: '2026-02-03_pyPLC_FoccciCape_with_Ioniq_runs_10_minutes.pcap',
    what: 'Ioniq on FoccciCape, 10 minutes',
    endsWithSessionStop: true,
  },
  {
    file: '2024-04-20_ModelY_pyPLC_stop_in_precharge.pcapng',
    what: 'Tesla Model Y offers urn:tesla:din:2018, stops in PreCharge',
    endsWithSessionStop: true,
  },
  {
    file: '2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng',
    what: 'Tesla Model X Plaid into CurrentDemand',
    endsWithSessionStop: false,
  },
  {
    file: '2024-06-11_Griffigroen_polestar2_stop_in_precharge.pcapng',
    what: 'Polestar 2 (DIN + ISO offered) stops in PreCharge',
    endsWithSessionStop: true,
  },
  {
    file: '2024-06-18_Griffigroen_pyPLC_polestar2_discharging_with_additional_prechargeCircuit.pcapng',
    what: 'Polestar 2 full session incl. WeldingDetection',
    endsWithSessionStop: true,
  },
  {
    file: '2026-02-08_pyPLC_FoccciCape_AudiQ4_break_after_cableCheck.pcap',
    what: 'Audi Q4 PowerDelivery(stop) after CableCheck',
    endsWithSessionStop: false,
  },
  {
    file: 'spi_ioniq_alpiHYC150_makerspace_landsberg_left_small_2024-04-03_ok.csv.pcap',
    what: 'Ioniq requests from a real Alpitronic session',
    endsWithSessionStop: true,
  },
];

const skip = !CAPTURE_DIR ? SHARED_MISSING : !codec ? CODEC_MISSING : false;

describe('car captures replayed into our SECC', () => {
  for (const c of CARS) {
    it(`${c.file}: ${c.what}`, { skip }, () => {
      const conns = captureConnections(c.file, codec!).filter((x) =>
        x.messages.some((m) => m.fromEv && m.name === 'SessionSetupReq'),
      );
      assert.ok(conns.length >= 1, 'the capture holds a V2G session');
      for (const conn of conns) {
        const r = replayCar(conn);
        const captured = conn.messages.filter((m) => m.fromEv && m.name !== 'supportedAppProtocolReq');
        // every request of the car got a valid response of the right type, in order
        assert.equal(
          r.answered.length,
          captured.length,
          `conn ${conn.conn}: all ${captured.length} requests answered (${r.failed ?? ''}; last ${JSON.stringify(r.answered.at(-1))})`,
        );
        for (const [i, a] of r.answered.entries()) {
          assert.equal(a.res, a.req.replace(/Req$/, 'Res'), `conn ${conn.conn} #${i}`);
          assert.match(a.code, /^OK/, `conn ${conn.conn} #${i} ${a.req}: ${a.code}`);
        }
        // protocol choice: DIN with the SchemaID pyPLC echoed
        const capturedApphand = conn.messages.find((m) => m.name === 'supportedAppProtocolRes');
        assert.deepEqual(r.apphandRes, capturedApphand?.doc);
        if (c.endsWithSessionStop && captured.at(-1)?.name === 'SessionStopReq') {
          assert.equal(r.closed, true);
          assert.deepEqual(r.outcome, { ok: true });
        }
      }
    });
  }
});
