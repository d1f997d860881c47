/** Request table: message base name -> builder + response handler (P3). */

import type { MessageName } from '../../timing.js';
import type { EvccRequest } from '../context.js';
import { authorization } from './authorization.js';
import { cableCheck } from './cable-check.js';
import { chargeParameterDiscovery } from './charge-parameter-discovery.js';
import { chargingStatus } from './charging-status.js';
import { currentDemand } from './current-demand.js';
import { paymentSelection } from './payment-selection.js';
import { powerDelivery } from './power-delivery.js';
import { preCharge } from './pre-charge.js';
import { serviceDiscovery } from './service-discovery.js';
import { sessionSetup } from './session-setup.js';
import { sessionStop } from './session-stop.js';
import { weldingDetection } from './welding-detection.js';

export const EVCC_REQUESTS: Partial<Record<MessageName, EvccRequest>> = {
  SessionSetup: sessionSetup,
  ServiceDiscovery: serviceDiscovery,
  ServicePaymentSelection: paymentSelection,
  ContractAuthentication: authorization,
  ChargeParameterDiscovery: chargeParameterDiscovery,
  CableCheck: cableCheck,
  PreCharge: preCharge,
  PowerDelivery: powerDelivery,
  CurrentDemand: currentDemand,
  ChargingStatus: chargingStatus,
  WeldingDetection: weldingDetection,
  SessionStop: sessionStop,
};
