/**
 * DIN ServicePaymentSelectionReq / ISO-2 PaymentServiceSelectionReq: only ExternalPayment
 * (else FAILED_PaymentSelectionInvalid) and the charge service must be selected (else
 * FAILED_ServiceSelectionInvalid).
 */

import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { need, obj } from '../status.js';
import { CHARGE_SERVICE_ID } from './service-discovery.js';

export function handlePaymentSelection(req: Record<string, unknown>, ctx: SeccCtx): HandlerResult {
  const where = ctx.protocol === 'din' ? 'ServicePaymentSelectionReq' : 'PaymentServiceSelectionReq';
  const option = need<string>(req, 'SelectedPaymentOption', where);
  if (option !== 'ExternalPayment') {
    throw new BadContent('FAILED_PaymentSelectionInvalid', `${where}: ${option} is not offered`);
  }
  const list = obj(need(req, 'SelectedServiceList', where), `${where}.SelectedServiceList`);
  const selected = Array.isArray(list.SelectedService) ? (list.SelectedService as Record<string, unknown>[]) : [];
  if (!selected.some((s) => s && s.ServiceID === CHARGE_SERVICE_ID)) {
    throw new BadContent(
      'FAILED_ServiceSelectionInvalid',
      `${where}: charge service ${CHARGE_SERVICE_ID} not selected`,
    );
  }
  return { res: { ResponseCode: 'OK' }, next: 'WaitForAuthorization', ctx, effects: [] };
}
