/**
 * ISO 15118-2 request bodies as a car sends them (EIM, DC), for driving an SECC by hand in tests.
 */

import type { ExiDocument } from '../../../src/v2g/index.js';
import { v2gMessage } from '../../../src/v2g/index.js';

const evStatus = (ready = true) => ({ EVReady: ready, EVErrorCode: 'NO_ERROR', EVRESSSOC: 60 });
const V = (v: number) => ({ Multiplier: 0, Unit: 'V', Value: v });
const A = (a: number) => ({ Multiplier: 0, Unit: 'A', Value: a });
const dcParam = (start: boolean) => ({
  DC_EVPowerDeliveryParameter: { DC_EVStatus: evStatus(), BulkChargingComplete: !start, ChargingComplete: !start },
});

export const ISO2_BODIES: Record<string, Record<string, unknown>> = {
  SessionSetupReq: { EVCCID: '48c58db1e43e' },
  ServiceDiscoveryReq: {},
  ServiceDetailReq: { ServiceID: 1 },
  PaymentServiceSelectionReq: {
    SelectedPaymentOption: 'ExternalPayment',
    SelectedServiceList: { SelectedService: [{ ServiceID: 1 }] },
  },
  AuthorizationReq: {},
  ChargeParameterDiscoveryReq: {
    RequestedEnergyTransferMode: 'DC_extended',
    DC_EVChargeParameter: {
      DC_EVStatus: evStatus(false),
      EVMaximumCurrentLimit: A(200),
      EVMaximumPowerLimit: { Multiplier: 3, Unit: 'W', Value: 150 },
      EVMaximumVoltageLimit: V(450),
      FullSOC: 100,
      BulkSOC: 80,
    },
  },
  CableCheckReq: { DC_EVStatus: evStatus() },
  PreChargeReq: { DC_EVStatus: evStatus(), EVTargetVoltage: V(360), EVTargetCurrent: A(2) },
  PowerDeliveryReq: { ChargeProgress: 'Start', SAScheduleTupleID: 1, ...dcParam(true) },
  PowerDeliveryStopReq: { ChargeProgress: 'Stop', SAScheduleTupleID: 1, ...dcParam(false) },
  PowerDeliveryRenegotiateReq: { ChargeProgress: 'Renegotiate', SAScheduleTupleID: 1, ...dcParam(true) },
  CurrentDemandReq: {
    DC_EVStatus: evStatus(),
    EVTargetCurrent: A(50),
    ChargingComplete: false,
    EVTargetVoltage: V(400),
  },
  ChargingStatusReq: {},
  MeteringReceiptReq: { SessionID: '00', MeterInfo: { MeterID: 'm' } },
  WeldingDetectionReq: { DC_EVStatus: evStatus() },
  SessionStopReq: { ChargingSession: 'Terminate' },
  SessionStopPauseReq: { ChargingSession: 'Pause' },
  PaymentDetailsReq: {},
  CertificateUpdateReq: {},
  CertificateInstallationReq: {},
};

export const ISO2_APPHAND_REQ: ExiDocument = {
  supportedAppProtocolReq: {
    AppProtocol: [
      {
        ProtocolNamespace: 'urn:iso:15118:2:2013:MsgDef',
        VersionNumberMajor: 2,
        VersionNumberMinor: 0,
        SchemaID: 1,
        Priority: 1,
      },
      {
        ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
        VersionNumberMajor: 2,
        VersionNumberMinor: 0,
        SchemaID: 2,
        Priority: 2,
      },
    ],
  },
};

/** A request document; the *StopReq / *RenegotiateReq / *PauseReq names map to their base element. */
export function iso2Req(name: string, sessionId: string): ExiDocument {
  const body = ISO2_BODIES[name];
  if (!body) throw new Error(`no ISO-2 body for ${name}`);
  const element: Record<string, string> = {
    PowerDeliveryStopReq: 'PowerDeliveryReq',
    PowerDeliveryRenegotiateReq: 'PowerDeliveryReq',
    SessionStopPauseReq: 'SessionStopReq',
  };
  return v2gMessage(sessionId, element[name] ?? name, structuredClone(body));
}
