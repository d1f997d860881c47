/**
 * Handler table: request element name -> pure handler, per protocol (style guide P3: a table, not an if-chain).
 */

import type { V2gProtocol } from '../../types.js';
import type { SeccHandler } from '../context.js';
import { handleAuthorization } from './authorization.js';
import { handleCableCheck } from './cable-check.js';
import { handleChargeParameterDiscovery } from './charge-parameter-discovery.js';
import { handleChargingStatus } from './charging-status.js';
import { handleCurrentDemand } from './current-demand.js';
import { handlePaymentSelection } from './payment-selection.js';
import { handlePowerDelivery } from './power-delivery.js';
import { handlePreCharge } from './pre-charge.js';
import { handleServiceDetail } from './service-detail.js';
import { handleServiceDiscovery } from './service-discovery.js';
import { handleSessionSetup } from './session-setup.js';
import { handleSessionStop } from './session-stop.js';
import { handleWeldingDetection } from './welding-detection.js';

export const SECC_HANDLERS: Record<V2gProtocol, Record<string, SeccHandler>> = {
  din: {
    SessionSetupReq: handleSessionSetup,
    ServiceDiscoveryReq: handleServiceDiscovery,
    ServicePaymentSelectionReq: handlePaymentSelection,
    ContractAuthenticationReq: handleAuthorization,
    ChargeParameterDiscoveryReq: handleChargeParameterDiscovery,
    CableCheckReq: handleCableCheck,
    PreChargeReq: handlePreCharge,
    PowerDeliveryReq: handlePowerDelivery,
    CurrentDemandReq: handleCurrentDemand,
    WeldingDetectionReq: handleWeldingDetection,
    SessionStopReq: handleSessionStop,
  },
  iso2: {
    SessionSetupReq: handleSessionSetup,
    ServiceDiscoveryReq: handleServiceDiscovery,
    ServiceDetailReq: handleServiceDetail,
    PaymentServiceSelectionReq: handlePaymentSelection,
    AuthorizationReq: handleAuthorization,
    ChargeParameterDiscoveryReq: handleChargeParameterDiscovery,
    CableCheckReq: handleCableCheck,
    PreChargeReq: handlePreCharge,
    PowerDeliveryReq: handlePowerDelivery,
    CurrentDemandReq: handleCurrentDemand,
    ChargingStatusReq: handleChargingStatus,
    WeldingDetectionReq: handleWeldingDetection,
    SessionStopReq: handleSessionStop,
  },
};
