/**
 * CableCheckReq -> CableCheckRes. The first request closes the output contactors and starts the insulation
 * test (startIsolationCheck effect); Ongoing while it runs, Finished with EVSE_Ready once the monitor says
 * Valid or Warning (field: Audi Q4 aborts on EVSE_NotReady, Mercedes EQE needs Valid; FreeV2G#216).
 * Fault, or a check longer than V2G_SECC_CableCheck performance time (38 s, Table 111), answers FAILED.
 */

import type { Obj } from '../../types.js';
import { BadContent, type HandlerResult, type SeccCtx } from '../context.js';
import { dcEvseStatus, need, readDcEvStatus } from '../status.js';

export function handleCableCheck(req: Obj, ctx: SeccCtx): HandlerResult {
  const c0 = readDcEvStatus(ctx, need(req, 'DC_EVStatus', 'CableCheckReq'));
  const loopStartMs = c0.loopStartMs ?? c0.nowMs;
  if (!c0.isolationStarted) {
    const c = { ...c0, isolationStarted: true, loopStartMs };
    return {
      res: { ResponseCode: 'OK', DC_EVSEStatus: dcEvseStatus(c, true), EVSEProcessing: 'Ongoing' },
      next: 'WaitForCableCheck',
      ctx: c,
      effects: [{ type: 'startIsolationCheck' }],
    };
  }
  const iso = c0.evse.isolation;
  if (!c0.evse.isolationCheckRunning && iso === 'Fault') {
    throw new BadContent('FAILED', 'CableCheck: isolation fault');
  }
  const done = !c0.evse.isolationCheckRunning && (iso === 'Valid' || iso === 'Warning' || iso === 'No_IMD');
  if (!done && c0.nowMs - loopStartMs > c0.config.timing.cableCheckLimitMs) {
    throw new BadContent('FAILED', 'CableCheck: isolation check exceeded the SECC cable check limit');
  }
  const c = { ...c0, loopStartMs: done ? undefined : loopStartMs };
  return {
    res: { ResponseCode: 'OK', DC_EVSEStatus: dcEvseStatus(c, !done), EVSEProcessing: done ? 'Finished' : 'Ongoing' },
    next: done ? 'WaitForPreCharge' : 'WaitForCableCheck',
    ctx: c,
    effects: [],
  };
}
