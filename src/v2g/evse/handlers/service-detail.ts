/**
 * ISO-2 ServiceDetailReq -> ServiceDetailRes: we offer only the charge service (ServiceID 1), which has no
 * parameter sets; any other ServiceID is FAILED_ServiceIDInvalid. The car may ask before PaymentServiceSelection.
 */

import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { need } from '../status.js';
import { CHARGE_SERVICE_ID } from './service-discovery.js';

export function handleServiceDetail(req: Obj, ctx: SeccCtx): HandlerResult {
  const id = need<number>(req, 'ServiceID', 'ServiceDetailReq');
  if (id !== CHARGE_SERVICE_ID)
    throw new BadContent('FAILED_ServiceIDInvalid', `ServiceDetailReq: ServiceID ${id} unknown`);
  return {
    res: { ResponseCode: 'OK', ServiceID: id },
    next: 'WaitForServiceDetailOrPaymentSelection',
    ctx,
    effects: [],
  };
}
