/**
 * ServiceDiscoveryReq (no filters) -> ServiceDiscoveryRes: ExternalPayment must be offered (DIN has nothing else;
 * ISO-2 EIM), otherwise we cannot pay and stop.
 */

import type { Obj } from '../../types.js';
import { type EvccRequest, fail, send } from '../context.js';

export const serviceDiscovery: EvccRequest = {
  build: () => ({}),
  onResponse: (res, ctx) => {
    const opts = (ctx.protocol === 'din' ? res.PaymentOptions : res.PaymentOptionList) as Obj | undefined;
    const list = Array.isArray(opts?.PaymentOption) ? (opts.PaymentOption as unknown[]) : [];
    if (list.length > 0 && !list.includes('ExternalPayment')) {
      return { ctx, next: fail('badContent', `charger offers no ExternalPayment (${list.join(', ')})`) };
    }
    return { ctx, next: send('ServicePaymentSelection') };
  },
};
