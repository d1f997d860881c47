/**
 * ServiceDiscoveryReq -> ServiceDiscoveryRes: external payment only, one charge service (ServiceID 1,
 * EVCharging). DIN: PaymentOptions + ChargeService{ServiceTag, FreeService, EnergyTransferType} (pyPLC
 * answers DC_extended). ISO-2: PaymentOptionList + ChargeService{ServiceID, ServiceCategory, FreeService,
 * SupportedEnergyTransferMode}.
 */

import type { HandlerResult, SeccCtx } from '../context.js';

export const CHARGE_SERVICE_ID = 1;

export function handleServiceDiscovery(_req: Record<string, unknown>, ctx: SeccCtx): HandlerResult {
  if (ctx.protocol === 'din') {
    return {
      res: {
        ResponseCode: 'OK',
        PaymentOptions: { PaymentOption: ['ExternalPayment'] },
        ChargeService: {
          ServiceTag: { ServiceID: CHARGE_SERVICE_ID, ServiceCategory: 'EVCharging' },
          FreeService: false,
          EnergyTransferType: ctx.config.dinEnergyTransferType,
        },
      },
      next: 'WaitForPaymentSelection',
      ctx,
      effects: [],
    };
  }
  return {
    res: {
      ResponseCode: 'OK',
      PaymentOptionList: { PaymentOption: ['ExternalPayment'] },
      ChargeService: {
        ServiceID: CHARGE_SERVICE_ID,
        ServiceCategory: 'EVCharging',
        FreeService: false,
        SupportedEnergyTransferMode: { EnergyTransferMode: [...ctx.config.iso2EnergyTransferModes] },
      },
    },
    next: 'WaitForServiceDetailOrPaymentSelection',
    ctx,
    effects: [],
  };
}
