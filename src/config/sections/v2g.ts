/**
 * V2G application layer keys (src/v2g): the SECC's answers and limits, the EVCC's waits and car behaviour, and the
 * simulated power stage / battery. Defaults follow standards.md 2.3 and pyPLC's field values (pyplc-notes.md 2.5);
 * app/ maps them with seccSettingsFromConfig / evccSettingsFromConfig / simLinkOptionsFromConfig (src/v2g/settings.ts).
 */

import { bool, int, list, num, oneOf, str } from '../spec.js';

const HEX = /^([0-9a-fA-F]{2}){1,8}$/;

export const v2g = {
  secc: {
    protocols: list(['din', 'iso2'], 'protocols the charger accepts, preferred first on equal car priority', {
      values: ['din', 'iso2'],
      minItems: 1,
    }),
    evseId: str('ZZ00000', 'EVSE ID (DIN sends its ASCII bytes as hexBinary, ISO-2 the string; e.g. DE*ABC*E123)', {
      maxLength: 32,
    }),
    sessionIdBytes: int(8, 'length of the SessionIDs we hand out (1..8; Tesla Superchargers use 4)', {
      min: 1,
      max: 8,
    }),
    dinEnergyTransferType: oneOf(
      ['DC_core', 'DC_extended', 'DC_combo_core', 'DC_dual'],
      'DC_extended',
      'DIN ServiceDiscoveryRes EnergyTransferType (pyPLC and most DIN chargers: DC_extended)',
    ),
    iso2EnergyTransferModes: list(
      ['DC_extended'],
      'ISO-2 energy transfer modes offered (AC wallbox: AC_three_phase_core)',
      {
        values: ['DC_core', 'DC_extended', 'DC_combo_core', 'DC_unique', 'AC_single_phase_core', 'AC_three_phase_core'],
        minItems: 1,
      },
    ),
    acNominalVoltageV: num(230, 'AC: EVSENominalVoltage (phase voltage) announced to the car', {
      unit: 'V',
      min: 100,
      max: 400,
    }),
    preChargeMaxCurrentA: num(2, 'current limit during PreCharge (IEC 61851-23: at most 2 A)', {
      unit: 'A',
      min: 0,
      max: 2,
    }),
    isolationRunningStatus: oneOf(
      ['EVSE_IsolationMonitoringActive', 'EVSE_Ready', 'EVSE_NotReady'],
      'EVSE_IsolationMonitoringActive',
      'DC_EVSEStatusCode while the insulation test runs (pyPLC: IsolationMonitoringActive; never NotReady for Audi Q4)',
    ),
    sequenceTimeoutMs: int(60_000, 'V2G_SECC_Sequence_Timeout: response sent -> next request [V2G2-443]', {
      unit: 'ms',
      min: 1000,
    }),
    chargeLoopTimeoutMs: int(
      1000,
      'DC charging: no request for this long -> output off, session ends (real cars pause up to 430 ms)',
      { unit: 'ms', min: 500, max: 60_000 },
    ),
    communicationSetupMs: int(18_000, 'V2G_SECC_CommunicationSetup: connection -> SessionSetupReq [V2G2-716]', {
      unit: 'ms',
      min: 1000,
    }),
    ongoingLimitMs: int(55_000, 'longest the SECC answers Ongoing (authorization, parameters) before FAILED', {
      unit: 'ms',
      min: 1000,
    }),
    cableCheckLimitMs: int(38_000, 'longest insulation test before CableCheckRes FAILED (Table 111)', {
      unit: 'ms',
      min: 1000,
    }),
  },
  evcc: {
    protocols: list(['din'], 'protocols the car offers, in priority order (pyPLC offers DIN only)', {
      values: ['din', 'iso2'],
      minItems: 1,
    }),
    evccId: str('02000000c0de', 'EVCCID as hex (usually the car MAC, 6 bytes)', {
      pattern: HEX,
      patternHelp: '1..8 bytes of hex',
    }),
    energyMode: oneOf(['dc', 'ac'], 'dc', 'DC or AC charging (AC needs ISO-2: a DIN session is always DC)'),
    iso2AcEnergyTransferMode: oneOf(
      ['AC_three_phase_core', 'AC_single_phase_core'],
      'AC_three_phase_core',
      'ISO-2 RequestedEnergyTransferMode when charging AC',
    ),
    timingPreset: oneOf(
      ['field', 'spec'],
      'field',
      "response/loop timeouts: field = pyPLC's longer waits real chargers need, spec = DIN/ISO-2 tables",
    ),
    cableCheckLoopMs: int(90_000, 'field: whole CableCheck loop (Alpitronic needed up to 85 s)', {
      unit: 'ms',
      min: 1000,
    }),
    preChargeLoopMs: int(30_000, 'field: whole PreCharge loop (DIN says 7 s, Alpitronic needs up to 8.5 s)', {
      unit: 'ms',
      min: 1000,
    }),
    ongoingRepeatMs: int(250, 'pause between requests of an Ongoing loop', { unit: 'ms', min: 0 }),
    preChargeRepeatMs: int(200, 'pause between PreCharge requests (Ioniq 220 ms)', { unit: 'ms', min: 0 }),
    currentDemandIntervalMs: int(100, 'pause between CurrentDemand requests (Ioniq on Alpitronic: 90 ms cycle)', {
      unit: 'ms',
      min: 10,
    }),
    preChargeToleranceV: num(10, 'PreCharge done when |EVSEPresentVoltage - battery| is below this (pyPLC)', {
      unit: 'V',
      min: 1,
      max: 100,
    }),
    useInletVoltageForPreCharge: bool(
      false,
      'end PreCharge on the measured inlet voltage instead of EVSEPresentVoltage',
    ),
    contactorCloseDelayMs: int(330, 'battery contactors closed -> PowerDelivery(start) (pyPLC: 10 cycles)', {
      unit: 'ms',
      min: 0,
    }),
    contactorOpenDelayMs: int(500, 'PowerDelivery(stop) answered -> battery contactors open', { unit: 'ms', min: 0 }),
    safeShutdownContactorDelayMs: int(2000, 'safe shutdown: CP to B at once, contactors open after this (pyPLC 2 s)', {
      unit: 'ms',
      min: 0,
    }),
    weldingMaxRequests: int(10, 'WeldingDetection requests at most (pyPLC sends 1)', { min: 1, max: 100 }),
    renegotiateAfterChargeLoops: int(
      0,
      'tester quirk (ISO-2): PowerDelivery(Renegotiate) after this many loops (0 = never)',
      {
        min: 0,
      },
    ),
    stopAfterChargeLoops: int(
      0,
      'tester quirk: stop after this many CurrentDemand loops (0 = when the battery is full)',
      {
        min: 0,
      },
    ),
  },
  sim: {
    evseMaxVoltageV: num(500, 'simulated charger: maximum voltage', { unit: 'V', min: 50, max: 1500 }),
    evseMaxCurrentA: num(125, 'simulated charger: maximum current', { unit: 'A', min: 1, max: 1000 }),
    evseMaxPowerW: num(50_000, 'simulated charger: maximum power', { unit: 'W', min: 100, max: 1_000_000 }),
    isolationCheckMs: int(1500, 'simulated insulation test duration (real chargers: 1-85 s)', { unit: 'ms', min: 0 }),
    voltageRampVPerS: num(400, 'simulated output voltage slew rate (PreCharge ramp)', { unit: 'V/s', min: 1 }),
    currentRampAPerS: num(100, 'simulated output current slew rate', { unit: 'A/s', min: 1 }),
    evCapacityWh: num(28_000, 'simulated car: usable battery capacity (Ioniq 28 kWh)', { unit: 'Wh', min: 1000 }),
    evInitialSocPercent: num(30, 'simulated car: SoC at plug-in', { unit: '%', min: 0, max: 100 }),
    evTargetSocPercent: num(80, 'simulated car: stops charging at this SoC', { unit: '%', min: 1, max: 100 }),
    evMaxVoltageV: num(400, 'simulated car: maximum voltage', { unit: 'V', min: 50, max: 1500 }),
    evMaxCurrentA: num(100, 'simulated car: maximum current', { unit: 'A', min: 1, max: 1000 }),
  },
} as const;
