/**
 * DIN ServicePaymentSelectionReq / ISO-2 PaymentServiceSelectionReq: ExternalPayment + the charge service (1).
 */

import { type EvccRequest, send } from '../context.js';

export const paymentSelection: EvccRequest = {
  build: () => ({
    SelectedPaymentOption: 'ExternalPayment',
    SelectedServiceList: { SelectedService: [{ ServiceID: 1 }] },
  }),
  onResponse: (_res, ctx) => ({
    ctx: { ...ctx, loopStartMs: ctx.nowMs, loopCount: 0 },
    next: send('ContractAuthentication'),
  }),
};
