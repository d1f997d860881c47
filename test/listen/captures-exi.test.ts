/**
 * Per-capture message counts and key values against what ../shared/fixtures/pyplc/INDEX.md states, with the
 * project's EXI codec (skipped while it is not available).
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readCapture } from '../../src/capture/pcap-reader.js';
import { decodeFrames } from '../../src/listen/decoder.js';
import type { SessionSummary, Summary, TimelineEvent } from '../../src/listen/events.js';
import { projectExiDecoder } from '../../src/listen/exi-hook.js';
import { SHARED_MISSING, sharedPath } from '../helpers/shared.js';

const dir = sharedPath('fixtures/pyplc/results');
const skip = !dir ? SHARED_MISSING : projectExiDecoder ? false : 'the EXI codec (src/exi) is not available yet';

const cache = new Map<string, { events: TimelineEvent[]; summary: Summary }>();
function decode(file: string) {
  let r = cache.get(file);
  if (!r) {
    r = decodeFrames(readCapture(readFileSync(`${dir}/${file}`)));
    cache.set(file, r);
  }
  return r;
}

/** Request counts per message of one session. */
function requests(s: SessionSummary): Record<string, number> {
  return Object.fromEntries(
    Object.entries(s.messages)
      .filter(([k]) => k.endsWith('Req'))
      .map(([k, v]) => [k.slice(0, -3), v]),
  );
}

function flagCount(events: TimelineEvent[], re: RegExp): number {
  return events.filter((e) => e.flags?.some((f) => re.test(f))).length;
}

describe('real captures with EXI: counts and values from INDEX.md', { skip }, () => {
  it('every V2G message in every capture decodes', () => {
    for (const f of [
      '2023-05-24_pyPlc_with_Ioniq93prcSoc.pcapng',
      'spi_ioniq_alpiHYC150_makerspace_landsberg_left_small_2024-04-03_ok.csv.pcap',
      '2023-03-02_SuperCharger_CableCheck_error.pcapng',
    ]) {
      const { summary } = decode(f);
      assert.equal(summary.v2gDecoded, summary.v2g, f);
    }
  });

  it('2023-05-24 Ioniq 93 %: CableCheck x1, PreCharge x11, CurrentDemand x50, target current up to 57 A, SLAC 1.47 s', () => {
    const { summary } = decode('2023-05-24_pyPlc_with_Ioniq93prcSoc.pcapng');
    assert.equal(summary.sessions.length, 1);
    const s = summary.sessions[0]!;
    assert.equal(s.protocol, 'din');
    const r = requests(s);
    assert.equal(r.CableCheck, 1);
    assert.equal(r.PreCharge, 11);
    assert.equal(r.CurrentDemand, 50);
    assert.equal(s.values.EVRESSSOC?.max, 93);
    assert.ok(Math.abs(s.values.EVTargetCurrent!.max - 57) < 0.5);
    assert.ok(Math.abs(s.phases.slac!.durationMs - 1470) < 20);
    assert.equal(s.evMac, '04:65:65:00:64:c3');
  });

  it('2023-04-16 Ioniq: PreCharge x26, CurrentDemand x699', () => {
    const r = requests(decode('2023-04-16_at_home_Ioniq_in_currentDemandLoop.pcapng').summary.sessions[0]!);
    assert.equal(r.PreCharge, 26);
    assert.equal(r.CurrentDemand, 699);
  });

  it('2023-04-26 Ioniq: CurrentDemand x2840, SessionStop after ~601 s of charging loop', () => {
    const s = decode('2023-04-26_atHome_IoniqWithBulbs10minutesTimeout.pcapng').summary.sessions[0]!;
    assert.equal(requests(s).CurrentDemand, 2840);
    assert.equal(s.end, 'SessionStop');
    assert.ok(Math.abs(s.phases.chargingLoop!.durationMs - 601_000) < 1500);
  });

  it('2024-04-20 Model Y: CableCheck x11, PreCharge x119, then SessionStop', () => {
    const s = decode('2024-04-20_ModelY_pyPLC_stop_in_precharge.pcapng').summary.sessions[0]!;
    const r = requests(s);
    assert.equal(r.CableCheck, 11);
    assert.equal(r.PreCharge, 119);
    assert.equal(r.CurrentDemand, undefined);
    assert.equal(s.end, 'SessionStop');
  });

  it('2024-06-18 Polestar 2: CurrentDemand x66, WeldingDetection x2, complete session', () => {
    const s = decode('2024-06-18_Griffigroen_pyPLC_polestar2_discharging_with_additional_prechargeCircuit.pcapng')
      .summary.sessions[0]!;
    const r = requests(s);
    assert.equal(r.CurrentDemand, 66);
    assert.equal(r.WeldingDetection, 2);
    assert.equal(r.PowerDelivery, 2);
    assert.equal(s.end, 'SessionStop');
    assert.deepEqual(Object.keys(s.phases), [
      'slac',
      'sdp',
      'setup',
      'cableCheck',
      'preCharge',
      'chargingLoop',
      'welding',
      'stop',
    ]);
  });

  it('SPI reference Ioniq vs Alpitronic: ChargeParameterDiscovery x7, CableCheck x157, PreCharge x17, CurrentDemand x367 up to 172 A, WeldingDetection x4', () => {
    const s = decode('spi_ioniq_alpiHYC150_makerspace_landsberg_left_small_2024-04-03_ok.csv.pcap').summary
      .sessions[0]!;
    const r = requests(s);
    assert.deepEqual(
      [r.ChargeParameterDiscovery, r.CableCheck, r.PreCharge, r.CurrentDemand, r.WeldingDetection, r.SessionStop],
      [7, 157, 17, 367, 4, 1],
    );
    assert.ok(Math.abs(s.values.EVSEPresentCurrent!.max - 172) < 0.5);
  });

  it('2022-12-20 Alpitronic: ContractAuthentication x27, ChargeParameterDiscovery x5, CurrentDemandRes FAILED_SequenceError + EVSE_Shutdown', () => {
    const { events, summary } = decode('2022-12-20_alpi_currentDemandSequenceErrorShutdown.pcapng');
    const r = requests(summary.sessions[0]!);
    assert.equal(r.ContractAuthentication, 27);
    assert.equal(r.ChargeParameterDiscovery, 5);
    const bad = events.find((e) => e.type === 'v2g' && e.name === 'CurrentDemandRes' && e.flags);
    assert.ok(bad?.flags?.includes('ResponseCode FAILED_SequenceError'));
    assert.ok(bad?.flags?.includes('EVSEStatusCode EVSE_Shutdown'));
  });

  it('2023-03-02 Supercharger: ContractAuthentication x33, CableCheck x62, FAILED_UnknownSession and the foreign SessionID flagged', () => {
    const { events, summary } = decode('2023-03-02_SuperCharger_CableCheck_error.pcapng');
    let auth = 0;
    let cable = 0;
    for (const s of summary.sessions) {
      auth += requests(s).ContractAuthentication ?? 0;
      cable += requests(s).CableCheck ?? 0;
    }
    assert.equal(auth, 33);
    assert.equal(cable, 62);
    assert.ok(flagCount(events, /FAILED_UnknownSession/) > 90);
    assert.ok(flagCount(events, /SessionID deadbeefdeadbeef differs/) > 90);
  });

  it('2023-04-19 Compleo: two sessions reach CurrentDemand (x22, x75), EVSE_EmergencyShutdown x35', () => {
    const { events, summary } = decode('2023-04-19_compleo_pyPlc_lightbulb_failedBadRegulation.pcapng');
    const loops = summary.sessions.map((s) => requests(s).CurrentDemand).filter((n) => n !== undefined);
    assert.deepEqual(loops, [22, 75]);
    assert.equal(flagCount(events, /EVSE_EmergencyShutdown/), 35);
  });

  it('2023-04-19 Alpitronic: CurrentDemand x1506 ending in EVSE_Shutdown (x99)', () => {
    const { events, summary } = decode('2023-04-19_westparkAlpi_pyPlc_lightbulb_1fail_1ok.pcapng');
    assert.ok(summary.sessions.some((s) => requests(s).CurrentDemand === 1506));
    assert.ok(flagCount(events, /EVSE_Shutdown/) >= 99);
  });

  it('2025-07-22 Model X: CurrentDemand x190 while EVSEPresentVoltage stays 0 at first', () => {
    const s = decode('2025-07-22_pyPLC_with_tesla_model_x_plaid_until_charging_loop.pcapng').summary.sessions[0]!;
    assert.equal(requests(s).CurrentDemand, 190);
    assert.equal(s.values.EVSEPresentVoltage?.min, 0);
  });

  it('2026-02-03 FoccciCape Ioniq: 2 sessions, CurrentDemand x3398 then SessionStop', () => {
    const { summary } = decode('2026-02-03_pyPLC_FoccciCape_with_Ioniq_runs_10_minutes.pcap');
    assert.equal(summary.sessions.length, 2);
    assert.equal(requests(summary.sessions[0]!).CurrentDemand, 3398);
    assert.equal(summary.sessions[0]!.end, 'SessionStop');
  });

  it('2026-02-08 Audi Q4: 3 sessions, each PowerDelivery right after CableCheck', () => {
    const { summary } = decode('2026-02-08_pyPLC_FoccciCape_AudiQ4_break_after_cableCheck.pcap');
    assert.equal(summary.sessions.length, 3);
    for (const s of summary.sessions) {
      const r = requests(s);
      assert.equal(r.PowerDelivery, 1);
      assert.equal(r.PreCharge, undefined);
    }
  });
});
