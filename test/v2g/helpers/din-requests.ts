/**
 * DIN 70121 request bodies as a real car sends them (values after the Ioniq 2023-05-24 capture), for driving an
 * SECC by hand in tests.
 */

import type { ExiDocument } from '../../../src/v2g/index.js';
import { v2gMessage } from '../../../src/v2g/index.js';

const evStatus = (ready = true) => ({ EVReady: ready, EVErrorCode: 'NO_ERROR', EVRESSSOC: 73 });
const V = (v: number) => ({ Multiplier: 0, Unit: 'V', Value: v });
const A = (a: number) => ({ Multiplier: 0, Unit: 'A', Value: a });

export const DIN_BODIES: Record<string, Record<string, unknown>> = {
  SessionSetupReq: { EVCCID: 'dc0ea1116708' },
  ServiceDiscoveryReq: {},
  ServiceDetailReq: { ServiceID: 1 },
  ServicePaymentSelectionReq: {
    SelectedPaymentOption: 'ExternalPayment',
    SelectedServiceList: { SelectedService: [{ ServiceID: 1 }] },
  },
  PaymentDetailsReq: { ContractID: 'X', ContractSignatureCertChain: { Certificate: '00' } },
  ContractAuthenticationReq: {},
  ChargeParameterDiscoveryReq: {
    EVRequestedEnergyTransferType: 'DC_extended',
    DC_EVChargeParameter: {
      DC_EVStatus: evStatus(false),
      EVMaximumCurrentLimit: A(100),
      EVMaximumPowerLimit: { Multiplier: 3, Unit: 'W', Value: 98 },
      EVMaximumVoltageLimit: V(398),
      EVEnergyCapacity: { Multiplier: 3, Unit: 'Wh', Value: 28 },
      EVEnergyRequest: { Multiplier: 3, Unit: 'Wh', Value: 20 },
      FullSOC: 100,
      BulkSOC: 80,
    },
  },
  CableCheckReq: { DC_EVStatus: evStatus() },
  PreChargeReq: { DC_EVStatus: evStatus(), EVTargetVoltage: V(360), EVTargetCurrent: A(1) },
  PowerDeliveryReq: {
    ReadyToChargeState: true,
    DC_EVPowerDeliveryParameter: { DC_EVStatus: evStatus(), BulkChargingComplete: false, ChargingComplete: false },
  },
  PowerDeliveryStopReq: {
    ReadyToChargeState: false,
    DC_EVPowerDeliveryParameter: { DC_EVStatus: evStatus(), BulkChargingComplete: false, ChargingComplete: true },
  },
  CurrentDemandReq: {
    DC_EVStatus: evStatus(),
    EVTargetCurrent: A(50),
    ChargingComplete: false,
    EVTargetVoltage: V(400),
  },
  ChargingStatusReq: {},
  MeteringReceiptReq: { SessionID: '00', MeterInfo: { MeterID: 'm' } },
  WeldingDetectionReq: { DC_EVStatus: evStatus() },
  SessionStopReq: {},
  CertificateUpdateReq: {},
  CertificateInstallationReq: {},
};

export const DIN_APPHAND_REQ: ExiDocument = {
  supportedAppProtocolReq: {
    AppProtocol: [
      {
        ProtocolNamespace: 'urn:din:70121:2012:MsgDef',
        VersionNumberMajor: 2,
        VersionNumberMinor: 0,
        SchemaID: 1,
        Priority: 1,
      },
    ],
  },
};

/** A request document; `PowerDeliveryStopReq` maps to PowerDeliveryReq(ReadyToChargeState=false). */
export function dinReq(name: string, sessionId: string): ExiDocument {
  const body = DIN_BODIES[name];
  if (!body) throw new Error(`no DIN body for ${name}`);
  return v2gMessage(sessionId, name === 'PowerDeliveryStopReq' ? 'PowerDeliveryReq' : name, structuredClone(body));
}
